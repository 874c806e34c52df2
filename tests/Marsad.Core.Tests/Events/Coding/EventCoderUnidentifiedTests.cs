using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// Roles, session 8: authors the sentence calls unknown (مسلحون مجهولون، انتحاري) are CAMEO's UAF with no state; plain gunmen
/// (مسلحون) still take the state of the place.
/// </summary>
public sealed class EventCoderUnidentifiedTests
{
    private static readonly DateOnly Published = new(2025, 3, 9);

    private static List<Event> Assaults(string text) =>
        EventCoder.Default.Code(text, Published).Where(e => e.Plover == PloverType.Assault).ToList();

    [Fact]
    public void Should_give_unknown_gunmen_no_state()
    {
        // Given an attack by gunmen the sentence calls unknown, in a named city
        var events = Assaults("خطف مسلحون مجهولون مهندسا في مدينة الموصل أمس.");

        // Then the author is the unidentified code, with no country taken from the place
        events.Should().Contain(e => e.Source != null && e.Source.Code == "UAF" && e.Source.Country == null);
        events.Should().NotContain(e => e.Source != null && e.Source.Country == "IRQ");
    }

    [Fact]
    public void Should_give_a_suicide_bomber_no_state()
    {
        // Given a suicide bomber in a named country
        var events = Assaults("فجر انتحاري نفسه قرب حاجز للشرطة في مدينة كويتا الباكستانية.");

        // Then the bomber has no country; the scorer reads the bare UAF as no country too
        events.Should().Contain(e => e.Source != null && e.Source.Country == null);
        events.Should().OnlyContain(e => GoldScore.Country(e.Source) != "PAK");
    }

    [Fact]
    public void Should_still_give_plain_gunmen_the_state_of_the_place()
    {
        // Given gunmen not called unknown
        var events = Assaults("هاجم مسلحون حافلة للركاب في مدينة الموصل.");

        // Then they are of the place's state
        events.Should().Contain(e => e.Source != null && e.Source.Country == "IRQ");
    }
}
