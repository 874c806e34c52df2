using FsCheck.Xunit;
using Marsad.Core.Language;

namespace Marsad.Core.Tests.Language;

public sealed class ArabicAnalyzerTests
{
    [Theory]
    [InlineData("وبالمدينةِ", "و,ب,ال", "", "مدينه", 0, 4, 10)]   // diacritic at the end stays inside the base span
    [InlineData("وَزِيرُهُم", "", "هم", "وزير", 0, 0, 7)]           // base ends before the pronoun
    [InlineData("بحكومتها", "ب", "ها", "حكومه", 0, 1, 6)]          // teh marbuta restored in Norm, not in the span
    [InlineData("ـوالرئيس", "و,ال", "", "رئيس", 0, 4, 8)]          // tatweel at the start of the word
    [InlineData("مجزرةٌ", "", "", "مجزره", 0, 0, 6)]               // final teh marbuta is not the pronoun ه
    [InlineData("مجزره", "", "ه", "مجزر", 0, 0, 4)]                // the same letters with a final ه: the pronoun
    public void Should_give_base_spans_and_norms(string text, string prefixes, string suffixes, string norm, int start, int baseStart, int baseEnd)
    {
        // Given one word with clitics; When it is analyzed
        var token = ArabicAnalyzer.Default.Analyze(text).Tokens.Should().ContainSingle().Subject;

        // Then its clitics, normalized base and base span are found
        string.Join(',', token.Prefixes).Should().Be(prefixes);
        string.Join(',', token.Suffixes).Should().Be(suffixes);
        token.Norm.Should().Be(norm);
        (token.Start, token.BaseStart, token.BaseEnd, token.End).Should().Be((start, baseStart, baseEnd, text.Length));
    }

    [Fact]
    public void Should_analyze_a_news_sentence()
    {
        // Given a sentence of news
        const string text = "وأكد وزير الخارجية أن بوتين سيزور القاهرة في ١٢ مايو.";

        // When it is analyzed
        var tokens = ArabicAnalyzer.Default.Analyze(text).Tokens;

        // Then words, numbers and punctuation come with their norms and stems
        tokens.Select(t => t.Norm).Should().Equal("اكد", "وزير", "خارجيه", "ان", "بوتين", "يزور", "القاهره", "في", "12", "مايو", ".");
        tokens.Select(t => t.Kind).Should().Equal(
            TokenKind.Word, TokenKind.Word, TokenKind.Word, TokenKind.Word, TokenKind.Word, TokenKind.Word,
            TokenKind.Word, TokenKind.Word, TokenKind.Number, TokenKind.Word, TokenKind.Punctuation);
        tokens[1].Stem.Should().Be("وزير");
        tokens[2].Stem.Should().Be("خارج");
        tokens[4].Stem.Should().Be("بوتين");
    }

    [Fact]
    public void Should_stream_the_same_tokens_it_materializes()
    {
        // Given a text
        const string text = "«والحكومةُ» قالت: ٣ وزراء، وبوتين.";
        var sink = new CountingSink();

        // When it is streamed and analyzed
        ArabicAnalyzer.Default.Stream(text, ref sink);
        var analyzed = ArabicAnalyzer.Default.Analyze(text);

        // Then both see the same tokens
        sink.Count.Should().Be(analyzed.Tokens.Count);
        sink.NormLength.Should().Be(analyzed.Tokens.Sum(t => t.Norm.Length));
    }

    [Property(Arbitrary = [typeof(ArabicTextArbitrary)])]
    public bool Should_keep_offsets_inside_ordered_and_rejoinable(string text)
    {
        // Given any text; When it is analyzed
        var analyzed = ArabicAnalyzer.Default.Analyze(text);

        // Then tokens are ordered, non-overlapping, each equal to its span, bases inside the surface,
        // and the tokens with the gaps between them give the text back
        var rebuilt = new System.Text.StringBuilder();
        var position = 0;
        foreach (var t in analyzed.Tokens)
        {
            if (t.Start < position || t.End <= t.Start || t.End > text.Length || text[t.Start..t.End] != t.Text
                || t.BaseStart < t.Start || t.BaseEnd > t.End || t.BaseStart > t.BaseEnd)
            {
                return false;
            }
            rebuilt.Append(text, position, t.Start - position).Append(t.Text);
            position = t.End;
        }
        rebuilt.Append(text, position, text.Length - position);
        return rebuilt.ToString() == text;
    }

    private struct CountingSink : ITokenSink
    {
        public int Count;
        public int NormLength;

        public void Accept(in TokenView token)
        {
            Count++;
            NormLength += token.Norm.Length;
        }
    }
}
