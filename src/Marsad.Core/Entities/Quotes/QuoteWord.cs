using Marsad.Core.Language;

namespace Marsad.Core.Entities.Quotes;

/// <summary>
/// A word of the text with its offsets, its normal form without surrounding punctuation,
/// and the punctuation glued after it (or standing alone after it): a mark ends a speaker's name.
/// </summary>
internal readonly record struct QuoteWord(int Start, int End, string Norm, string Trail)
{
    /// <summary>The words of <paramref name="text"/> between <paramref name="from"/> and <paramref name="to"/>; punctuation-only runs become marks of the word before.</summary>
    public static List<QuoteWord> Split(string text, int from, int to)
    {
        // About one word per six characters in news text: sized once instead of grown (and copied) five or six times.
        var words = new List<QuoteWord>(Math.Max(4, (to - from) / 6));
        var i = from;
        while (i < to)
        {
            while (i < to && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            var start = i;
            while (i < to && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            if (start == i)
            {
                break;
            }
            int wordStart = start, wordEnd = i;
            while (wordStart < wordEnd && IsMark(text[wordStart]))
            {
                wordStart++;
            }
            while (wordEnd > wordStart && IsMark(text[wordEnd - 1]))
            {
                wordEnd--;
            }
            if (wordStart == wordEnd)
            {
                if (words.Count > 0)
                {
                    words[^1] = words[^1] with { Trail = words[^1].Trail + text[start..i] };
                }
                continue;
            }
            // د. ناصر، أ. محمد: the point after a one-letter title abbreviates it, it ends no sentence.
            var trail = wordEnd - wordStart == 1 && i - wordEnd == 1 && text[wordEnd] == '.' && IsArabicLetter(text[wordStart]) ? "" : text[wordEnd..i];
            words.Add(new QuoteWord(wordStart, wordEnd, Normal(text.AsSpan(wordStart, wordEnd - wordStart)), trail));
        }
        return words;
    }

    /// <summary>True when a sentence ends after this word.</summary>
    public bool EndsSentence => Trail.AsSpan().IndexOfAny(".!?؟") >= 0;

    /// <summary>True when a mark after this word closes a name (comma, colon, semicolon, dash or sentence end).</summary>
    public bool EndsPhrase => Trail.AsSpan().IndexOfAny(".!?؟،,:؛;-–") >= 0;

    /// <summary>True when a colon follows this word.</summary>
    public bool HasColon => Trail.Contains(':', StringComparison.Ordinal);

    /// <summary>
    /// True when the word as written ends in a pronoun suffix (ه، ها، هم، هما، هن، كم): the raw text tells ه from ة, which
    /// normalization merges (لزملائه "to his colleagues", not لصحيفة).
    /// </summary>
    public static bool EndsInPronoun(ReadOnlySpan<char> word) =>
        word.Length > 2 && (word[^1] == 'ه' || (word[^2] == 'ه' && word[^1] is 'ا' or 'م' or 'ن') || (word[^2] == 'ك' && word[^1] == 'م')
            || (word.Length > 3 && word[^3] == 'ه' && word[^2] == 'م' && word[^1] == 'ا'));

    private static bool IsMark(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

    private static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A';

    // ArabicNormalizer.Normalize of the word, made from the text's span: one string per word, not the word's
    // substring and then its normal form.
    private static string Normal(ReadOnlySpan<char> word)
    {
        if (ArabicNormalizer.IsNormalized(word))
        {
            return new string(word);
        }
        var size = ArabicNormalizer.GetMaxNormalizedLength(word.Length);
        if (size > 256)
        {
            return ArabicNormalizer.Normalize(new string(word));
        }
        Span<char> buffer = stackalloc char[size];
        return new string(buffer[..ArabicNormalizer.Normalize(word, buffer)]);
    }
}
