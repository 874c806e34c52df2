using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// An unnamed body or group (الشرطة، الحكومة، المواطنون) in a sentence that names no place and no state takes the state the
/// article's places name far more than any other (<see cref="SentenceFrame.ArticleState"/>; evorg32, issue #6).
/// </summary>
public sealed class EventCoderArticleStateTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, Published);

    [Fact]
    public void Should_give_a_bare_police_the_state_of_the_article()
    {
        // When a report about Istanbul tells the police's arrest in a sentence that names no place
        var events = Code("انفجرت عبوة ناسفة قرب محطة للحافلات في إسطنبول أمس.\nوشهدت أنقرة إجراءات أمنية مشددة بعد الانفجار.\n"
            + "وأعلنت الشرطة أنها اعتقلت ثلاثة مشتبه بهم.");

        // Then the police are Turkey's
        events.Should().Contain(e => e.Source != null && e.Source.Code == "TURCOP");
    }

    [Fact]
    public void Should_leave_a_bare_police_without_a_state_in_an_article_about_two_states()
    {
        // When the article names two states as often as each other
        var events = Code("وصل وفد من القاهرة إلى الرياض أمس.\nوبحث الجانبان في جدة والإسكندرية التعاون الأمني.\n"
            + "وأعلنت الشرطة أنها اعتقلت ثلاثة مشتبه بهم.");

        // Then the police take neither state
        events.Should().Contain(e => e.Source != null && e.Source.Code == "COP");
        events.Should().NotContain(e => e.Source != null && (e.Source.Code == "EGYCOP" || e.Source.Code == "SAUCOP"));
    }

    [Fact]
    public void Should_not_give_a_bare_army_palestine_when_israel_is_named()
    {
        // When a report about Gaza also names Israel
        var events = Code("تظاهر مئات الشبان في غزة أمس.\nووصلت الاحتجاجات إلى رام الله ونابلس.\nوقالت متحدثة إسرائيلية إن الوضع هادئ.\n"
            + "وأطلق الجنود النار على المتظاهرين.");

        // Then the soldiers are not coded Palestinian
        events.Should().NotContain(e => e.Source != null && e.Source.Code == "PSEMIL");
    }

    [Fact]
    public void Should_not_imply_a_domestic_counterpart_from_the_article_state()
    {
        // When the government of a report about Lebanon pledges something and the sentence names no one
        var events = Code("تراكمت النفايات في شوارع العاصمة اللبنانية بيروت أمس.\nوتعهدت الحكومة بإيجاد حل خلال أسبوع.");

        // Then no pledge to Lebanon itself is read
        events.Should().NotContain(e => e.Source != null && e.Source.Code == "LBNGOV" && e.Target != null && e.Target.Code == "LBN");
    }

    [Fact]
    public void Should_not_read_two_groups_of_the_article_state_as_two_parties()
    {
        // When gunmen shoot at gunmen in a report about Taiz, the sentence naming no place
        var events = Code("اندلعت اشتباكات في مدينة تعز اليمنية أمس.\nوأطلق المسلحون النار على المسلحين.");

        // Then the shot gunmen are Yemen's, and the gunmen are not read as shooting at themselves
        events.Should().Contain(e => e.Target != null && e.Target.Code == "YEMREB");
        events.Should().NotContain(e => e.Source != null && e.Source.Code == "YEMREB" && e.Target != null && e.Target.Code == "YEMREB");
    }
}
