using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// Roles, session 10: a verb that takes an object, followed by one noun phrase and at once a بـ complement (هنأ رئيس
/// جمهورية نيبال بذكرى …), has left its subject out: the phrase is the object, the subject the one told before.
/// </summary>
public sealed class EventCoderOmittedSubjectTests
{
    private static readonly DateOnly Published = new(2025, 3, 9);

    private static List<(string? Source, string? Target, PloverType Plover)> Code(string text) =>
        EventTriples.Triples(EventCoder.Default.Code(text, Published)).ToList();

    [Fact]
    public void Should_take_the_subject_of_the_previous_sentence_when_the_next_leaves_it_out()
    {
        // Given a diary: a host named in one sentence, a congratulation and talks in the next without a subject
        var events = Code("وفي يوم الأحد، استقبل خادم الحرمين الشريفين الرئيس الفرنسي في الرياض. "
            + "وفي يوم الاثنين، هنأ رئيس جمهورية نيبال بذكرى استقلال بلاده، وعقد جلسة مباحثات مع الرئيس الموريتاني.");

        // Then the congratulated president is the object and the host of the day before congratulates and holds the talks
        events.Should().Contain(("SAU", "NPL", PloverType.Support));
        events.Should().Contain(("SAU", "MRT", PloverType.Consult));
        events.Should().NotContain(e => e.Source == "NPL");
    }

    [Fact]
    public void Should_take_the_subject_of_the_same_sentence_for_a_coordinated_verb()
    {
        // Given a king receiving a minister, then congratulating a president in a coordinated clause
        var events = Code("استقبل العاهل الأردني وزير الخارجية المصري، وهنأ رئيس جمهورية نيبال بذكرى استقلال بلاده.");

        // Then the king congratulates
        events.Should().Contain(("JOR", "NPL", PloverType.Support));
        events.Should().NotContain(e => e.Source == "NPL");
    }

    [Fact]
    public void Should_code_nothing_when_no_subject_was_told_before()
    {
        // Given the congratulation alone
        var events = Code("هنأ رئيس جمهورية نيبال بذكرى استقلال بلاده.");

        // Then the congratulated is not made his own congratulator
        events.Should().NotContain(e => e.Source == "NPL");
    }

    [Fact]
    public void Should_keep_the_subject_before_a_manner_adverb_or_an_object()
    {
        // Given a subject followed by a manner adverb with بـ, and a subject followed by its object
        var condemned = Code("أدانت الجزائر بشدة الهجوم على السفارة الفرنسية.");
        var congratulated = Code("هنأ الرئيس المصري نظيره التونسي بفوزه في الانتخابات.");

        // Then each stays the source
        condemned.Should().Contain(e => e.Source == "DZA" && e.Plover == PloverType.Accuse);
        congratulated.Should().Contain(("EGY", "TUN", PloverType.Support));
    }
}
