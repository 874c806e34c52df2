namespace Marsad.Core.Entities.Tagging;

/// <summary>A sentence with its gold names, for training and evaluating the tagger.</summary>
/// <param name="Tokens">The tokens, as written.</param>
/// <param name="Spans">The gold names, in token order, not overlapping.</param>
public sealed record LabeledSentence(IReadOnlyList<string> Tokens, IReadOnlyList<TaggedSpan> Spans);
