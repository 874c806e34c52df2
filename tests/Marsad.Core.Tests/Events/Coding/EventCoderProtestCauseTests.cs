using Marsad.Core.Events;
using Marsad.Core.Events.Coding;
using static Marsad.Core.Tests.Events.Coding.EventTriples;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>A protest's cause (احتجاجا على، تنديدا بـ، تضامنا مع) names what it is about, not whom it is against (session 15).</summary>
public sealed class EventCoderProtestCauseTests
{
    private static readonly DateOnly Published = new(2026, 5, 12);

    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, Published);

    [Fact]
    public void Should_not_take_a_foreign_place_in_a_protest_cause_as_its_target()
    {
        // Given students protesting at home about a war abroad
        var protests = Triples(Code("يتظاهر طلاب الجامعات الكندية منذ أيام تنديدا بالحرب في السودان.")).Where(t => t.Plover == PloverType.Protest).ToList();

        // Then the protest is against their own government, not the state of the war
        protests.Should().Equal(("CAN", "CAN", PloverType.Protest));
    }

    [Fact]
    public void Should_keep_a_foreign_place_where_the_protest_is_held_as_its_target()
    {
        // Given a protest held abroad, with no cause named
        var protests = Triples(Code("تظاهر طلاب الجامعات الكندية في القاهرة أمس.")).Where(t => t.Plover == PloverType.Protest).ToList();

        // Then the place's state stays the target
        protests.Should().Equal(("CAN", "EGY", PloverType.Protest));
    }
}
