using Marsad.Core.Language;

namespace Marsad.Core.Entities.Tagging;

/// <summary>
/// The per-token views the feature templates read: the normalized word, the word without
/// its leading clitics, the clitics themselves, a coarse shape, the lexicon flags and the
/// distributional classes of the word and of its stem (-1 when unknown).
/// Clitic rules:
/// <list type="bullet">
/// <item>punctuation glued to either end of a word is ignored (unless the token is only punctuation);</item>
/// <item>a conjunction و or ف, then a preposition ب ل ك, then the article ال are stripped in that order;</item>
/// <item>لل (ل + ال with its alef dropped) is stripped as one;</item>
/// <item>nothing is stripped that would leave fewer than three letters.</item>
/// </list>
/// </summary>
internal readonly record struct NerToken(string Norm, string Stem, string Clitics, string Shape, LexiconFlags Flags, int Cluster, int StemCluster)
{
    public static NerToken Create(string token, IReadOnlyDictionary<string, LexiconFlags> lexicon, IReadOnlyDictionary<string, int> clusters)
    {
        var norm = TrimPunctuation(ArabicNormalizer.Normalize(token));
        var (clitics, stem) = StripClitics(norm);
        var flags = lexicon.GetValueOrDefault(norm);
        if (!ReferenceEquals(stem, norm))
        {
            flags |= lexicon.GetValueOrDefault(stem);
        }
        return new NerToken(
            norm, stem, clitics, ShapeOf(norm), flags, clusters.GetValueOrDefault(norm, -1), clusters.GetValueOrDefault(stem, -1));
    }

    public static (string Clitics, string Stem) StripClitics(string word)
    {
        var i = 0;
        if (word.Length - i > 3 && word[i] is 'و' or 'ف')
        {
            i++;
        }
        if (word.Length - i > 4 && word[i] == 'ل' && word[i + 1] == 'ل')
        {
            i += 2;
        }
        else
        {
            if (word.Length - i > 3 && word[i] is 'ب' or 'ل' or 'ك')
            {
                i++;
            }
            if (word.Length - i > 3 && word[i] == 'ا' && word[i + 1] == 'ل')
            {
                i += 2;
            }
        }
        return i == 0 ? (string.Empty, word) : (word[..i], word[i..]);
    }

    /// <summary>Corpora and crawls leave marks glued to words (لادن؛): the word is read without them.</summary>
    private static string TrimPunctuation(string word)
    {
        int start = 0, end = word.Length;
        while (start < end && IsMark(word[start]))
        {
            start++;
        }
        while (end > start && IsMark(word[end - 1]))
        {
            end--;
        }
        return start == end || (start == 0 && end == word.Length) ? word : word[start..end];
    }

    private static bool IsMark(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

    private static string ShapeOf(string word)
    {
        if (word.Length == 0)
        {
            return "empty";
        }
        bool digit = false, latin = false, arabic = false, other = false;
        foreach (var c in word)
        {
            if (char.IsAsciiDigit(c))
            {
                digit = true;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin = true;
            }
            else if (c is >= '\u0600' and <= '\u06FF')
            {
                arabic = true;
            }
            else
            {
                other = true;
            }
        }
        var kind = (digit, latin, arabic, other) switch
        {
            (true, false, false, _) => "num",
            (false, true, false, false) => "latin",
            (false, false, true, false) => "ar",
            (false, false, false, true) => "punct",
            _ => "mixed",
        };
        var length = word.Length switch
        {
            1 => "1",
            2 => "2",
            3 => "3",
            <= 5 => "5",
            <= 8 => "8",
            _ => "L",
        };
        return kind + length;
    }
}
