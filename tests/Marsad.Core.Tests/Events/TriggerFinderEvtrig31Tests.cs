using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Real-news acts no row covered (evtrig31): the participle واصفا "describing it as" with a word of blame after it (بالعمل
/// الإجرامي، بأنها مشينة) as criticism whose author is the subject of the clause it hangs on, but not a neutral description
/// (واصفا الزيارة بالناجحة). Sentences written for these tests.
/// </summary>
public sealed class TriggerFinderEvtrig31Tests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    [Theory]
    [InlineData("وأدان الوزير الهجوم على المسجد، واصفا إياه بالعمل الإرهابي الجبان.")]
    [InlineData("ورد المتحدث على الاتهامات، واصفة إياها بأنها باطلة ومسيئة.")]
    [InlineData("وانتقد النواب القرار الحكومي، واصفين إياه بالاستفزازي.")]
    public void Should_read_describing_with_a_word_of_blame_as_criticism(string sentence)
    {
        // Given واصفا and a word of blame within five words
        var found = TriggerFinderTests.Find(sentence);

        // Then criticism (111) is found on the participle
        found.Should().Contain(c => c.Cameo == "111" && c.Stem.StartsWith('و'));
    }

    [Theory]
    [InlineData("وقال وزير الخارجية إن العلاقات متينة، واصفا زيارة الملك بالناجحة.")]
    [InlineData("وأشاد المدرب بلاعبيه، واصفا الأداء بالمميز.")]
    public void Should_find_no_criticism_in_a_neutral_description(string sentence)
    {
        // Given واصفا with a neutral or a praising description
        var found = TriggerFinderTests.Find(sentence);

        // Then no criticism is found
        found.Should().NotContain(c => c.Cameo == "111");
    }

    [Fact]
    public void Should_take_the_clause_subject_for_the_participles_author()
    {
        // Given a secretary general who condemns statements and a participle of blame after them
        var events = EventCoder.Default.Code("ندد الأمين العام لجامعة الدول العربية بتصريحات الحكومة الإثيوبية، واصفا إياها بالعدوانية.", Published).ToList();

        // Then the League criticizes Ethiopia and Ethiopia is no author
        events.Should().Contain(e => e.Plover == PloverType.Accuse && e.Source != null && e.Source.Code != null && e.Source.Code.StartsWith("IGO", StringComparison.Ordinal));
        events.Should().NotContain(e => e.Source != null && e.Source.Code != null && e.Source.Code.StartsWith("ETH", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_not_read_a_listed_conjunction_and_past_as_a_participle()
    {
        // Given وثمنت, a listed و + past verb (not a participle), after a comma
        var events = EventCoder.Default.Code("استقبل الرئيس المصري الوفد الأردني، وثمنت الحكومة الأردنية دعم مصر للاجئين.", Published).ToList();

        // Then the praise keeps its own subject, Jordan's government, not the host of the clause before
        Coding.EventTriples.Triples(events).Should().Contain(("JOR", "EGY", PloverType.Support)).And.NotContain(("EGY", "JOR", PloverType.Support));
    }
}
