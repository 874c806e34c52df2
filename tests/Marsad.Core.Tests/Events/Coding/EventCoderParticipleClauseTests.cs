using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// A participle of speech opening its clause after a comma (مطالبا، منددا) tells the speech that was made: a negation or a
/// future read in the clause before it (لن تسكت، لن يمر) is that clause's, not the participle's. Sentences written for these tests.
/// </summary>
public sealed class EventCoderParticipleClauseTests
{
    private static readonly DateOnly Published = new(2025, 3, 4);

    [Theory]
    [InlineData("وقال وزير الخارجية السعودي عادل الجبير إن المملكة لن تسكت، مطالبا إيران بوقف التدخل في شؤون المنطقة.", "100")]
    [InlineData("وأكد وزير الخارجية السعودي عادل الجبير أن بلاده لا تقبل، مطالبا إيران بالكف عن دعم الميليشيات.", "100")]
    public void Should_not_carry_the_clause_befores_negation_or_future_into_the_participle(string sentence, string cameo)
    {
        // Given a participle of speech after a comma, a negation or future particle two words before it
        var events = EventCoder.Default.Code(sentence, Published);

        // Then the participle's act is told as done: not negated, no mode
        events.Should().Contain(e => e.Cameo == cameo && e.Source != null && e.Source.Country == "SAU" && e.Target != null && e.Target.Country == "IRN")
            .Which.Should().Match<Event>(e => !e.Negated && e.Mode == null);
    }
}
