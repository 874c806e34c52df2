using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// Roles, session 10: "a series of" before a strike noun (في سلسلة من الغارات الجوية الروسية) is a count; the strike's
/// nisba still names the author of the killing told before it.
/// </summary>
public sealed class EventCoderSeriesTests
{
    private static readonly DateOnly Published = new(2025, 3, 9);

    [Theory]
    [InlineData("قتل ثلاثون شخصا في سلسلة من الغارات الجوية الروسية على مدينة إدلب.", "RUS")]
    [InlineData("قتل ثلاثون شخصا في الغارات الجوية الروسية على مدينة إدلب.", "RUS")]
    [InlineData("أصيب عشرة أشخاص في موجة من الغارات الإسرائيلية على جنوب لبنان.", "ISR")]
    public void Should_take_the_strikes_nisba_as_the_author_through_a_series(string text, string author)
    {
        // When a killing or wounding is told with the strikes that caused it
        var events = EventTriples.Triples(EventCoder.Default.Code(text, Published)).ToList();

        // Then the strikes' state is the author
        events.Should().Contain(e => e.Plover == PloverType.Assault && e.Source == author);
    }
}
