namespace Marsad.Core.Language;

/// <summary>One sentence of an <see cref="AnalyzedText"/>.</summary>
/// <param name="Start">Offset of its first token in the text.</param>
/// <param name="End">End offset of its last token (exclusive).</param>
/// <param name="FirstToken">Index of its first token in <see cref="AnalyzedText.Tokens"/>.</param>
/// <param name="TokenCount">How many tokens it holds.</param>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount);
