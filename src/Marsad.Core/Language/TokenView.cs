namespace Marsad.Core.Language;

/// <summary>
/// One analyzed token as the streaming API hands it out: spans over the analyzer's buffers,
/// valid only during the call that receives it (copy what you keep).
/// </summary>
public readonly ref struct TokenView
{
    /// <summary>Creates a view.</summary>
    public TokenView(TokenBounds bounds, int baseStart, int baseEnd, ReadOnlySpan<char> norm, ReadOnlySpan<char> stem, Segmentation segmentation)
    {
        Bounds = bounds;
        BaseStart = baseStart;
        BaseEnd = baseEnd;
        Norm = norm;
        Stem = stem;
        Segmentation = segmentation;
    }

    /// <summary>The surface span and kind of the token.</summary>
    public TokenBounds Bounds { get; }

    /// <summary>Start of the word without its proclitics.</summary>
    public int BaseStart { get; }

    /// <summary>End of the word without its enclitic pronoun.</summary>
    public int BaseEnd { get; }

    /// <summary>The normalized base (clitics removed).</summary>
    public ReadOnlySpan<char> Norm { get; }

    /// <summary>The name-safe light stem of <see cref="Norm"/>.</summary>
    public ReadOnlySpan<char> Stem { get; }

    /// <summary>The clitics split off.</summary>
    public Segmentation Segmentation { get; }
}
