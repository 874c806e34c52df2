namespace Marsad.Core.Events;

/// <summary>One word of a sentence as the trigger finder sees it.</summary>
/// <param name="Start">Offset of the word in the text (UTF-16 code units).</param>
/// <param name="End">Offset just past the word (exclusive).</param>
/// <param name="Norm">The word in <see cref="Language.ArabicNormalizer"/> normal form, clitics still attached.</param>
public readonly record struct EventToken(int Start, int End, string Norm);
