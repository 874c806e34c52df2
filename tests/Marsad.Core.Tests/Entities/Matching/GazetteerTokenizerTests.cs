using FsCheck;
using FsCheck.Fluent;
using Marsad.Core.Entities.Matching;

namespace Marsad.Core.Tests.Entities.Matching;

public sealed class GazetteerTokenizerTests
{
    [Fact]
    public void Should_split_on_spaces_and_punctuation_and_keep_marks_inside_words()
    {
        // Given harakat, the Arabic comma and parentheses
        var tokens = GazetteerTokenizer.Tokenize("قالَ بوتين، (قسد)");

        // Then three tokens with normalized forms and original spans
        tokens.Select(t => t.Norm).Should().Equal("قال", "بوتين", "قسد");
        tokens[0].Should().Be(new Marsad.Core.Entities.GazetteerToken(0, 4, "قال"));
    }

    [FsCheck.Xunit.Property]
    public Property Should_keep_every_span_inside_the_text_and_in_order(string? text)
    {
        // Given any string
        var input = text ?? "";

        // When tokenized
        var tokens = GazetteerTokenizer.Tokenize(input);

        // Then spans are non-empty, ordered, disjoint and inside the text
        var ordered = tokens.Zip(tokens.Skip(1)).All(p => p.First.End <= p.Second.Start);
        var inside = tokens.All(t => t.Start >= 0 && t.End <= input.Length && t.Start < t.End);
        return (ordered && inside).ToProperty();
    }
}
