using Marsad.Core.Language;

namespace Marsad.Core.Entities.Tagging;

/// <summary>
/// The per-token views the feature templates read: the normalized word, the word without
/// its leading clitics, the clitics themselves, a coarse shape, the lexicon flags and the
/// distributional classes of the word and of its stem (-1 when unknown), and the document
/// memory: one bit per <see cref="NameType"/> the first stage gave this stem nearby; the stem's
/// bucketed type shares over unlabeled news (<see cref="SilverLexicon"/>; 0 when none).
/// Clitic rules:
/// <list type="bullet">
/// <item>punctuation glued to either end of a word is ignored (unless the token is only punctuation);</item>
/// <item>a conjunction و or ف, then a preposition ب ل ك, then the article ال are stripped in that order;</item>
/// <item>لل (ل + ال with its alef dropped) is stripped as one;</item>
/// <item>nothing is stripped that would leave fewer than three letters.</item>
/// </list>
/// </summary>
internal readonly record struct NerToken(string Norm, string Stem, string Clitics, string Shape, LexiconFlags Flags, int Cluster, int StemCluster, int Memory, int Silver = 0)
{
    public static NerToken Create(
        string token, IReadOnlyDictionary<string, LexiconFlags> lexicon, IReadOnlyDictionary<string, int> clusters, IReadOnlyDictionary<string, int>? memory,
        IReadOnlyDictionary<string, byte>? silver = null)
    {
        var norm = TrimPunctuation(ArabicNormalizer.Normalize(token));
        var (clitics, stem) = StripClitics(norm);
        var flags = lexicon.GetValueOrDefault(norm);
        if (!ReferenceEquals(stem, norm))
        {
            flags |= lexicon.GetValueOrDefault(stem);
        }
        return new NerToken(
            norm, stem, clitics, ShapeOf(norm), flags, clusters.GetValueOrDefault(norm, -1), clusters.GetValueOrDefault(stem, -1),
            memory?.GetValueOrDefault(stem) ?? 0, silver?.GetValueOrDefault(stem) ?? 0);
    }

    /// <summary>The clitic-free stem of a token as written, the key of the document memory.</summary>
    public static string StemOf(string token) => StripClitics(TrimPunctuation(ArabicNormalizer.Normalize(token))).Stem;

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
            (true, false, false, _) => 0,
            (false, true, false, false) => 1,
            (false, false, true, false) => 2,
            (false, false, false, true) => 3,
            _ => 4,
        };
        var length = word.Length switch
        {
            1 => 0,
            2 => 1,
            3 => 2,
            <= 5 => 3,
            <= 8 => 4,
            _ => 5,
        };
        return Shapes[(kind * 6) + length];
    }

    // Every (kind, length bucket) name built once: shapes are computed for every token.
    private static readonly string[] Shapes =
        [.. from kind in new[] { "num", "latin", "ar", "punct", "mixed" } from length in new[] { "1", "2", "3", "5", "8", "L" } select kind + length];
}
