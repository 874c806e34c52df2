using System.Globalization;
using Marsad.Core.Entities;
using Marsad.Core.Events.Coding;
using Marsad.Core.Tests.Events.Coding;

namespace Marsad.Core.Tests.Entities.Knowledge;

/// <summary>
/// A regional governor (أمير منطقة X، نائب أمير منطقة X، محافظ X, or أمير المنطقة after the article named the region) is an
/// official of the region's state: a person mention coded as that state's government, naming no one. أمير with a state stays
/// its monarch. The sentences are ours (session 25, kbgov28).
/// </summary>
public sealed class RegionalGovernorTests
{
    private static readonly EntityRecognizer Recognizer = EntityRecognizer.Default;

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("هنأ أمير منطقة القصيم الفائزين بجائزة التفوق العلمي.", "أمير منطقة القصيم", "SAUGOV")]
    [InlineData("افتتح نائب أمير منطقة جازان المعرض السنوي للكتاب.", "نائب أمير منطقة جازان", "SAUGOV")]
    [InlineData("استقبل محافظ جدة وفدا من رجال الأعمال.", "محافظ جدة", "SAUGOV")]
    [InlineData("دشن أمير المنطقة الشرقية مشروعا جديدا للإسكان.", "أمير المنطقة الشرقية", "SAUGOV")]
    [InlineData("تفقد محافظ الإسكندرية أعمال تطهير الشواطئ.", "محافظ الإسكندرية", "EGYGOV")]
    [InlineData("اجتمع محافظ البصرة مع شيوخ العشائر.", "محافظ البصرة", "IRQGOV")]
    public void Should_code_a_governor_as_the_government_of_the_regions_state(string text, string mention, string code)
    {
        // Given a governor named by the title and the region
        var mentions = Recognizer.Recognize(text, Day("2015-07-21"));

        // Then the mention is a person of that state's government, with no name
        mentions.Should().Contain(m => m.Text == mention).Which.Should().Match<EntityMention>(
            m => m.Type == EntityType.Person && m.Code == code && m.Name == null);
    }

    [Fact]
    public void Should_not_read_a_fathers_name_before_the_title_as_a_deputy()
    {
        // Given a governor's name ending in بن مساعد (a father's name that is also "assistant") before the title
        var mentions = Recognizer.Recognize("زار الأمير سلمان بن عبدالله بن مساعد، أمير منطقة الجوف، مدرسة الحي.", Day("2015-07-21"));

        // Then the title starts at أمير and the name stays whole
        mentions.Should().Contain(m => m.Text == "أمير منطقة الجوف").Which.Code.Should().Be("SAUGOV");
        mentions.Should().NotContain(m => m.Text.StartsWith("مساعد", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_take_the_region_the_article_named_for_the_governor_alone()
    {
        // Given «أمير المنطقة» after a sentence that named the region
        var mentions = Recognizer.Recognize(
            "شهدت منطقة حائل أمطارا غزيرة أمس. وأكد أمير المنطقة أن فرق الدفاع المدني جاهزة.", Day("2015-07-21"));

        // Then it is the government of the region's state
        mentions.Should().Contain(m => m.Text == "أمير المنطقة").Which.Code.Should().Be("SAUGOV");
    }

    [Theory]
    [InlineData("وأكد أمير المنطقة أن فرق الدفاع المدني جاهزة.")]
    [InlineData("قال محافظ البنك المركزي إن التضخم تراجع.")]
    public void Should_name_no_state_without_a_region(string text)
    {
        // Given a governor of no region the article named, or a governor of a bank
        var mentions = Recognizer.Recognize(text, Day("2015-07-21"));

        // Then no governor of any state is coded
        mentions.Should().NotContain(m => m.Text.StartsWith("أمير", StringComparison.Ordinal)
            || m.Text.StartsWith("محافظ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("استقبل أمير قطر وزير الخارجية الفرنسي.", "أمير قطر", "Tamim bin Hamad Al Thani")]
    [InlineData("استقبل أمير الكويت وزير الخارجية الفرنسي.", "أمير الكويت", "Sabah Al-Ahmad Al-Jaber Al-Sabah")]
    public void Should_keep_an_emir_of_a_state_as_its_monarch(string text, string mention, string name) =>
        Recognizer.Recognize(text, Day("2015-07-21")).Should().Contain(m => m.Text == mention).Which.Name.Should().Be(name);

    [Fact]
    public void Should_give_a_governors_congratulation_its_source()
    {
        // Given a governor congratulating a foreign head of state
        var events = EventTriples.Triples(EventCoder.Default.Code("هنأ أمير منطقة تبوك الرئيس الفرنسي بفوزه في الانتخابات.", Day("2015-07-21")));

        // Then Saudi Arabia is the source
        events.Should().Contain(e => e.Source == "SAU" && e.Target == "FRA");
    }
}
