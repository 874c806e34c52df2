namespace Marsad.Core.Language;

/// <summary>
/// Larkey's light10 stemmer (as in Lucene's ArabicStemmer) for search and clustering: it strips
/// frequent affixes without finding roots, so that words of one family meet.
/// Rules, on a normalized word:
/// <list type="bullet">
/// <item>one prefix among ال وال بال كال فال لل is removed when two letters or more remain;</item>
/// <item>otherwise a leading و is removed when three letters or more remain;</item>
/// <item>then each suffix of ها ان ات ون ين يه ية ه ة ي is removed in that order, when two letters or more remain;</item>
/// <item>in <see cref="StemMode.NameSafe"/>, known proper names are returned whole (بوتين is not بوت);</item>
/// <item>words holding anything but Arabic letters (Latin words, numbers) are returned as they are.</item>
/// </list>
/// </summary>
public static class LightStemmer
{
    private static readonly string[] Prefixes = ["ال", "وال", "بال", "كال", "فال", "لل"];
    private static readonly string[] Suffixes = ["ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"];

    /// <summary>The light stem of a normalized word (see <see cref="ArabicNormalizer"/>).</summary>
    public static string Stem(string normalizedWord) => Stem(normalizedWord, StemMode.Plain);

    /// <summary>The light stem of a normalized word in the given <paramref name="mode"/>.</summary>
    public static string Stem(string normalizedWord, StemMode mode)
    {
        ArgumentNullException.ThrowIfNull(normalizedWord);
        var stem = Stem(normalizedWord.AsSpan(), mode);
        return stem.Length == normalizedWord.Length ? normalizedWord : new string(stem);
    }

    /// <summary>
    /// The light stem of a base whose proclitics <see cref="CliticSegmenter"/> has already removed:
    /// only the suffix rule applies, so a base's own first letters stay (وزير is not زير), and
    /// stopwords are left whole (الي is not ال).
    /// </summary>
    public static ReadOnlySpan<char> StemBase(ReadOnlySpan<char> normalizedBase, StemMode mode)
    {
        if (normalizedBase.Length < 3 || !IsArabicLetters(normalizedBase) || ArabicStopwords.Contains(normalizedBase)
            || (mode == StemMode.NameSafe && ArabicLexicon.IsName(normalizedBase)))
        {
            return normalizedBase;
        }
        return StripSuffixes(normalizedBase);
    }

    /// <summary>The light stem as a slice of <paramref name="normalizedWord"/>: stemming only removes affixes, so nothing is allocated.</summary>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> normalizedWord, StemMode mode)
    {
        var w = normalizedWord;
        if (w.Length < 3 || !IsArabicLetters(w) || (mode == StemMode.NameSafe && ArabicLexicon.IsName(w)))
        {
            return w;
        }
        var prefixed = false;
        foreach (var p in Prefixes)
        {
            if (w.Length >= p.Length + 2 && w.StartsWith(p, StringComparison.Ordinal))
            {
                w = w[p.Length..];
                prefixed = true;
                break;
            }
        }
        if (!prefixed && w.Length > 3 && w[0] == 'و')
        {
            w = w[1..];
        }
        return StripSuffixes(w);
    }

    private static ReadOnlySpan<char> StripSuffixes(ReadOnlySpan<char> w)
    {
        foreach (var s in Suffixes)
        {
            if (w.Length >= s.Length + 2 && w.EndsWith(s, StringComparison.Ordinal))
            {
                w = w[..^s.Length];
            }
        }
        return w;
    }

    private static bool IsArabicLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is < '\u0621' or > '\u064A')
            {
                return false;
            }
        }
        return true;
    }
}
