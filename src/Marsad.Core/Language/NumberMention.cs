namespace Marsad.Core.Language;

/// <summary>A number written (at least partly) in words, found by <see cref="ArabicNumberWords"/>.</summary>
/// <param name="Start">Offset of its first token in the text.</param>
/// <param name="End">End offset of its last token (exclusive).</param>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="TokenCount">How many tokens it spans.</param>
/// <param name="Value">Its value: ثلاثة آلاف is 3000, 1.5 مليون is 1500000.</param>
public readonly record struct NumberMention(int Start, int End, int FirstToken, int TokenCount, decimal Value);
