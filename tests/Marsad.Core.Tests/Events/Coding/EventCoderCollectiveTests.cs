using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// Roles, session 6: a collective "international" counterpart (المجتمع الدولي، الدعوات الدولية) names no one; the event is
/// coded with an unknown target instead of being dropped for want of one.
/// </summary>
public sealed class EventCoderCollectiveTests
{
    private static readonly DateOnly Published = new(2025, 3, 9);

    private static List<(string? Source, string? Target, PloverType Plover)> Code(string text) =>
        EventTriples.Triples(EventCoder.Default.Code(text, Published)).ToList();

    [Fact]
    public void Should_code_an_appeal_to_the_international_community_with_no_counterpart()
    {
        // Given a government appealing to "the international community"
        var events = Code("دعت الحكومة الصومالية المجتمع الدولي إلى مساندة جهود مكافحة الجفاف.");

        // Then the appeal is coded, toward no one named
        events.Should().Contain(e => e.Plover == PloverType.Request && e.Source == "SOM" && e.Target == null);
    }

    [Fact]
    public void Should_read_the_collective_after_the_place_of_the_subject()
    {
        // Given "the international calls", after the subject and its place (في + a place)
        var events = Code("رفضت الحكومة في كاراكاس الدعوات الدولية لإجراء انتخابات مبكرة.");

        // Then the refusal is coded toward no one named, not toward the place
        events.Where(e => e.Plover == PloverType.Reject).Should().NotBeEmpty()
            .And.OnlyContain(e => e.Target == null);
    }

    [Fact]
    public void Should_keep_a_named_international_body_as_the_counterpart()
    {
        // Given a named body with the same adjective (مجلس الأمن الدولي)
        var events = Code("دعت الحكومة الليبية مجلس الأمن الدولي إلى عقد جلسة طارئة.");

        // Then the body is the target, not an unnamed collective
        events.Should().Contain(e => e.Plover == PloverType.Request && e.Source == "LBY" && e.Target == "IGO");
        events.Should().NotContain(e => e.Plover == PloverType.Request && e.Target == null);
    }
}
