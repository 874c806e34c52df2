namespace Marsad.Core.Stories;

/// <summary>The knobs of story clustering, with defaults calibrated on SaudiNewsNet (see docs/stories.md).</summary>
public sealed record StoryOptions
{
    /// <summary>The defaults.</summary>
    public static StoryOptions Default { get; } = new();

    /// <summary>How many days before a story's first or after its last date an article may be and still join it.</summary>
    public int WindowDays { get; init; } = 3;

    /// <summary>The score a dated article needs to join a story.</summary>
    public double JoinThreshold { get; init; } = 0.45;

    /// <summary>The score an undated article needs: higher, since no date rules out a wrong story.</summary>
    public double UndatedJoinThreshold { get; init; } = 0.55;

    /// <summary>The least term similarity for any join: shared actors alone never make one story.</summary>
    public double MinimumTermSimilarity { get; init; } = 0.25;

    /// <summary>Added to the score, times the share of the article's actors the story already has.</summary>
    public double ActorWeight { get; init; } = 0.15;

    /// <summary>Added to the score when the article and the story share an event (same source, target and type).</summary>
    public double SharedEventBonus { get; init; } = 0.1;

    /// <summary>Jaccard similarity of shingles at which an article is a near-duplicate and joins its twin's story outright.</summary>
    public double NearDuplicateThreshold { get; init; } = 0.8;
}
