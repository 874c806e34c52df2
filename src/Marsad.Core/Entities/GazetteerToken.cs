namespace Marsad.Core.Entities;

/// <summary>
/// A token as the entity recognizer reads it: its span in the text and its normalized
/// form (<see cref="Language.ArabicNormalizer.Normalize(string)"/>), clitics still attached.
/// </summary>
/// <param name="Start">Offset of the token's first UTF-16 code unit in the text.</param>
/// <param name="End">Offset just past the token (exclusive).</param>
/// <param name="Norm">The normalized form of the token.</param>
public readonly record struct GazetteerToken(int Start, int End, string Norm);
