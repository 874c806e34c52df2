using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// A circumstantial participle of speech (مشيدا، منوها، مطالبا، مستنكرا after a comma or و) has no subject of its own: its author
/// is the subject of the clause it hangs on (the sentence's, or the one a sentence leaving its subject out goes on with), never
/// the nearest actor; with no such subject known it has no author (evpart28). Sentences written for these tests.
/// </summary>
public sealed class EventCoderParticipleTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static List<Event> Code(string text) => EventCoder.Default.Code(text, Published).ToList();

    [Fact]
    public void Should_give_the_praise_to_the_host_not_to_the_guest()
    {
        // Given a host who receives a guest, then praises a third state in a participle
        var events = Code("استقبل الرئيس المصري السفير الأمريكي في القاهرة أمس، مشيدا بدور السعودية في المنطقة.");

        // Then Egypt praises Saudi Arabia, and the guest praises no one
        EventTriples.Triples(events).Should().Contain(("EGY", "SAU", PloverType.Support));
        events.Should().NotContain(e => e.Plover == PloverType.Support && GoldScore.Country(e.Source) == "USA");
    }

    [Fact]
    public void Should_find_praise_in_the_participle_mushidan()
    {
        // Given the praise participle مشيدا
        var found = TriggerFinderTests.Find("وأكد الوزير أهمية الحوار، مشيدا بجهود الوساطة.");

        // Then praise (051) is found
        found.Should().Contain(c => c.Cameo == "051");
    }

    [Fact]
    public void Should_give_the_demand_to_the_speaker_not_to_the_addressee()
    {
        // Given a minister who condemns, then demands of the Security Council in a participle
        var events = Code("أدان وزير الخارجية الكويتي الهجوم على المسجد، مطالبا مجلس الأمن بالتحرك العاجل.");

        // Then Kuwait demands, and the Council is not the one demanding
        events.Should().Contain(e => e.Plover == PloverType.Request && GoldScore.Country(e.Source) == "KWT");
        events.Should().NotContain(e => e.Plover == PloverType.Request && e.Source != null && e.Source.Code == "IGOUNO");
    }

    [Fact]
    public void Should_go_on_with_the_previous_sentences_subject()
    {
        // Given a sentence leaving its subject out, its participle praising a state
        var events = Code("التقى وزير الخارجية الأردني نظيره الفرنسي في عمان. وأكد على أهمية الحوار، مشيدا بجهود قطر في الوساطة.");

        // Then Jordan praises Qatar
        EventTriples.Triples(events).Should().Contain(("JOR", "QAT", PloverType.Support));
    }

    [Fact]
    public void Should_leave_the_participle_without_author_when_its_speaker_is_unknown()
    {
        // Given a speaker the knowledge base does not know, the praised state's nisba after the participle
        var events = Code("أكد الشيخ سالم بن مبارك أهمية الوحدة، مشيدا بالدور الإماراتي في اليمن.");

        // Then no praise is coded from the nisba or the place
        events.Should().NotContain(e => e.Plover == PloverType.Support);
    }
}
