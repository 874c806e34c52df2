namespace Marsad.Core.Entities.Tagging;

/// <summary>A name found by the tagger: a run of tokens with its type.</summary>
/// <param name="Start">Index of the first token.</param>
/// <param name="End">Index just past the last token (exclusive).</param>
/// <param name="Type">The name class.</param>
/// <param name="Confidence">
/// The smallest per-token marginal probability of the span's tags, in [0, 1]; a relative
/// score for ranking and thresholds, not a calibrated probability. Gold spans use 1.
/// </param>
public sealed record TaggedSpan(int Start, int End, NameType Type, double Confidence)
{
    /// <summary>The number of tokens in the span.</summary>
    public int Length => End - Start;
}
