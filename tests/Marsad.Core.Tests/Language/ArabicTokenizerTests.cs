using FsCheck.Xunit;
using Marsad.Core.Language;

namespace Marsad.Core.Tests.Language;

public sealed class ArabicTokenizerTests
{
    [Theory]
    [InlineData("ذهب الوزيرُ إلى القاهرة", "ذهب|الوزيرُ|إلى|القاهرة")]       // words separated by spaces, diacritics kept inside
    [InlineData("قال: «نعم»، ثم غادر؛ لماذا؟", "قال|:|«|نعم|»|،|ثم|غادر|؛|لماذا|؟")] // Arabic punctuation and guillemets
    [InlineData("“سلام” و\"حرب\"", "“|سلام|”|و|\"|حرب|\"")]           // curly and straight quotes
    [InlineData("ارتفع 3.5% إلى ١٬٢٠٠ دولار", "ارتفع|3.5|%|إلى|١٬٢٠٠|دولار")] // numbers with inner separators
    [InlineData("العدد 12. ثم", "العدد|12|.|ثم")]                         // a point after a number ends it
    [InlineData("و3 صواريخ", "و|3|صواريخ")]                              // letters then digits: two tokens
    [InlineData("شبكةCNN الأمريكية", "شبكة|CNN|الأمريكية")]             // Arabic then Latin letters: two tokens
    [InlineData("انتظر...", "انتظر|...")]                                 // a run of the same mark is one token
    [InlineData("مصـــر", "مصـــر")]                                      // tatweel stays inside the word
    [InlineData("رائع 😀!", "رائع|😀|!")]                                // an emoji kept whole as a symbol
    public void Should_split_text_into_tokens(string text, string expected)
    {
        // Given a text; When it is tokenized
        var tokens = Tokens(text).Select(t => text[t.Start..t.End]);

        // Then the tokens are those expected
        string.Join('|', tokens).Should().Be(expected);
    }

    [Theory]
    [InlineData("وزير", TokenKind.Word)]
    [InlineData("٢٠١٥", TokenKind.Number)]
    [InlineData("؟", TokenKind.Punctuation)]
    [InlineData("$", TokenKind.Symbol)]
    public void Should_tell_the_kind(string text, TokenKind kind)
    {
        // Given one token of a kind; When it is tokenized; Then its kind is found
        Tokens(text).Should().ContainSingle().Which.Kind.Should().Be(kind);
    }

    [Property(Arbitrary = [typeof(ArabicTextArbitrary)])]
    public bool Should_give_back_the_text_from_tokens_and_gaps(string text)
    {
        // Given any text; When tokenized
        var tokens = Tokens(text);

        // Then offsets are inside the text, ordered and non-overlapping, gaps are white space, and all re-joins to the text
        var rebuilt = new System.Text.StringBuilder();
        var position = 0;
        foreach (var t in tokens)
        {
            if (t.Start < position || t.End <= t.Start || t.End > text.Length || !string.IsNullOrWhiteSpace(text[position..t.Start]) && text[position..t.Start].Any(c => !IsGap(c)))
            {
                return false;
            }
            rebuilt.Append(text, position, t.End - position);
            position = t.End;
        }
        rebuilt.Append(text, position, text.Length - position);
        return rebuilt.ToString() == text && text[position..].All(IsGap);
    }

    private static bool IsGap(char c) => char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.Control;

    internal static List<TokenBounds> Tokens(string text)
    {
        var list = new List<TokenBounds>();
        foreach (var t in new ArabicTokenizer(text))
        {
            list.Add(t);
        }
        return list;
    }
}
