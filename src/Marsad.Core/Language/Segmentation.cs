namespace Marsad.Core.Language;

/// <summary>How a normalized word splits into proclitics, base and enclitic pronoun.</summary>
/// <param name="Proclitics">The proclitics found.</param>
/// <param name="PrefixLength">Their length in the normalized word (لل counts 2 for ل + ال).</param>
/// <param name="Enclitic">The pronoun found.</param>
/// <param name="SuffixLength">Its length in the normalized word.</param>
/// <param name="Restored">
/// The letter the base ends with in its dictionary form when the pronoun changed it
/// (ه for a teh marbuta written ت: حكومته; ي for an alef maksura written ا: مستواه), else <c>'\0'</c>.
/// </param>
public readonly record struct Segmentation(Proclitics Proclitics, int PrefixLength, Enclitic Enclitic, int SuffixLength, char Restored)
{
    /// <summary>No clitic: the whole word is its base.</summary>
    public static Segmentation None => default;

    /// <summary>True when something was split off.</summary>
    public bool IsSplit => PrefixLength + SuffixLength > 0;

    /// <summary>
    /// Writes the normalized base of <paramref name="normalizedWord"/> into <paramref name="destination"/>
    /// (at least the word's length) and returns its length.
    /// </summary>
    public int WriteBase(ReadOnlySpan<char> normalizedWord, Span<char> destination)
    {
        var length = normalizedWord.Length - PrefixLength - SuffixLength;
        normalizedWord.Slice(PrefixLength, length).CopyTo(destination);
        if (Restored != '\0')
        {
            destination[length - 1] = Restored;
        }
        return length;
    }
}
