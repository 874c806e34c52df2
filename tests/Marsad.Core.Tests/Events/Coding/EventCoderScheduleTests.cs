using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// A coming act named as what a date is of (موعد القمة المقبلة) is talk about a schedule, not an act told (session 16: the tour's
/// sample coded an unannounced summit as CONSULT).
/// </summary>
public sealed class EventCoderScheduleTests
{
    private static readonly DateOnly Published = new(2018, 9, 20);

    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, Published);

    [Fact]
    public void Should_not_code_a_coming_act_named_only_as_the_object_of_a_date()
    {
        // Given a sentence about the date of a coming summit
        // When it is coded
        var events = Code("ولم تحدد الحكومة الأردنية موعد القمة الرباعية المقبلة مع لبنان.");

        // Then no meeting is coded
        events.Should().NotContain(e => e.Plover == PloverType.Consult);
    }

    [Fact]
    public void Should_still_code_the_coming_meeting_told_as_an_act()
    {
        // Given the same coming summit told with its verb
        var events = Code("وستعقد القمة الرباعية المقبلة بين الأردن ولبنان في بيروت الشهر المقبل.");

        // Then it stays a future meeting
        events.Should().Contain(e => e.Plover == PloverType.Consult);
    }
}
