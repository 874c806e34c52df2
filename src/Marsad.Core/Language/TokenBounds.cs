namespace Marsad.Core.Language;

/// <summary>Where a raw token lies in the text and what it is made of, before clitics are split.</summary>
/// <param name="Start">Offset of its first code unit.</param>
/// <param name="End">Offset just after its last code unit.</param>
/// <param name="Kind">Word, number, punctuation or symbol.</param>
public readonly record struct TokenBounds(int Start, int End, TokenKind Kind)
{
    /// <summary>Its length in code units.</summary>
    public int Length => End - Start;
}
