using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// A city or region named as itself (جدة، حلب) is where an act happens, never its author; a state's name, its nisba and a
/// capital stay sources (evrand28).
/// </summary>
public sealed class EventCoderCitySourceTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, Published);

    [Fact]
    public void Should_give_no_author_to_a_city_that_receives_a_guest()
    {
        // When a city (not a capital) is the subject of a visit received
        var events = Code("واستقبلت جدة أمس وزير الخارجية المصري.");

        // Then the visit keeps its guest and has no author, not the city's state
        events.Should().Contain(e => e.Plover == PloverType.Consult && e.Target != null && e.Target.Code == "EGYGOV");
        events.Should().NotContain(e => e.Source != null && e.Source.Country == "SAU");
    }

    [Theory]
    [InlineData("واستقبلت السعودية أمس وزير الخارجية المصري.", "SAU")]
    [InlineData("وقعت الرياض وموسكو أمس اتفاقية تعاون في مجال الطاقة.", "SAU")]
    [InlineData("وتقود واشنطن ائتلافا دوليا شن آلاف الغارات الجوية على مواقع التنظيم في العراق.", "USA")]
    public void Should_keep_a_state_or_its_capital_as_the_author(string sentence, string country)
    {
        // When the state itself or its capital acts
        var events = Code(sentence);

        // Then it stays the source
        events.Should().Contain(e => e.Source != null && e.Source.Country == country);
    }

    [Fact]
    public void Should_keep_a_city_right_before_its_verb()
    {
        // When a city stands for its government right before its verb (تل أبيب ترفض)
        var events = Code("وقال المتحدث إن تل أبيب ترفض المبادرة المصرية لوقف إطلاق النار.");

        // Then its state stays the source
        events.Should().Contain(e => e.Plover == PloverType.Reject && e.Source != null && e.Source.Country == "ISR");
    }
}
