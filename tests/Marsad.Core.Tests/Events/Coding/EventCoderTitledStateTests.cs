using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// A nisba or a state with ب between a title and a person of that state names the person's state, not a second actor: no event
/// between a person and his own state (evreal19). A state's name after a verb still acts. Sentences written for these tests.
/// </summary>
public sealed class EventCoderTitledStateTests
{
    private static readonly DateOnly Published = new(2024, 5, 2);

    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, Published);

    [Theory]
    [InlineData("واجتمع وزيرا الخارجية المصري سامح شكري والأردني أيمن الصفدي في القاهرة.", "JOR")]
    [InlineData("والتقى وزير الخارجية الأمريكي جون كيري ونظيره الروسي سيرغي لافروف.", "RUS")]
    [InlineData("وهاجم الأمريكي جون كيري الحكومة الإيرانية.", "USA")]
    public void Should_read_the_state_before_a_titled_person_as_his(string sentence, string state)
    {
        // Given a state's nisba between a title (or none, for a masculine nisba) and a person of that state
        var events = Code(sentence);

        // Then the bare state is no actor of an event, and no event goes between two actors of one state
        events.Should().NotBeEmpty();
        events.Should().NotContain(e => e.Source!.Code == state || e.Target!.Code == state);
        events.Should().NotContain(e => e.Source!.Country == e.Target!.Country);
    }

    [Fact]
    public void Should_keep_the_state_named_after_a_verb()
    {
        // Given a state's name right after a verb, a person of that state after it
        var events = Code("وانتقد الأردن أيمن الصفدي بسبب تصريحاته.");

        // Then the state is the source
        events.Should().Contain(e => e.Source!.Code == "JOR");
    }
}
