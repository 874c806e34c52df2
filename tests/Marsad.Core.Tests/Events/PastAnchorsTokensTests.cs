using Marsad.Core.Events;
using Marsad.Core.Language;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// <see cref="PastAnchors"/> reads a sentence's words from the analyzer's tokens: a year the analyzer splits from its
/// suffix م is still a year, and the trigger is found among the tokens of its own sentence. Sentences written for these tests.
/// </summary>
public sealed class PastAnchorsTokensTests
{
    private static readonly DateOnly Published = new(2015, 7, 21);

    private static Event At(string text, string sentence, string trigger) => HistoryTestEvents.At(text, sentence, trigger);

    [Theory]
    [InlineData("واغتيل الوزير (1981م) خلال عرض عسكري في العاصمة.", false)]
    [InlineData("واغتيل الوزير (2015م) خلال عرض عسكري في العاصمة.", true)]
    public void Should_read_a_year_with_its_suffix_as_one_word(string sentence, bool kept)
    {
        // Given a sentence whose act carries a year written with the suffix م, which the analyzer splits off
        var analysis = ArabicAnalyzer.Default.Analyze(sentence);
        analysis.Tokens.Should().Contain(t => t.Text == "م", "the analyzer splits the suffix from the year");

        // When the history rule reads it from the analysis
        var result = PastAnchors.WithoutHistory(analysis, [At(sentence, sentence, "واغتيل")], Published, null);

        // Then a year long before the article makes the act history, this year's does not
        result.Should().HaveCount(kept ? 1 : 0);
    }

    [Fact]
    public void Should_read_each_event_against_the_words_of_its_own_sentence()
    {
        // Given an article whose first sentence is old history and whose second tells today's act with the same trigger word
        const string first = "وفي عام 2009 هاجم مسلحون قافلة للجيش في الجنوب.";
        const string second = "وأمس هاجم مسلحون قافلة للجيش في الجنوب.";
        var text = first + " " + second;
        var analysis = ArabicAnalyzer.Default.Analyze(text);

        // When the history rule reads both events from the analysis
        var result = PastAnchors.WithoutHistory(analysis, [At(text, first, "هاجم"), At(text, second, "هاجم")], Published, null);

        // Then only the second sentence's act is kept
        result.Select(e => e.Sentence).Should().Equal(second);
    }
}
