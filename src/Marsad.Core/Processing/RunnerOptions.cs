namespace Marsad.Core.Processing;

/// <summary>How a <see cref="DocumentRunner"/> spreads work: how many workers, how many items in flight.</summary>
public sealed record RunnerOptions
{
    /// <summary>One worker per core, and a window of 64 items per worker but at least <see cref="MinimumWindow"/>.</summary>
    public static RunnerOptions Default { get; } = new();

    /// <summary>How many documents are analyzed at once; defaults to the number of cores.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// How many items may be between the reader and the consumer at once (read, being
    /// analyzed, or waiting for an earlier one to finish): this bounds memory.
    /// </summary>
    /// <remarks>
    /// The window must also cover the consumer's pauses: while it writes a batch (200 documents, ≈ 0.3–0.5 s), the
    /// workers can only run ahead by what the window leaves them. At 64 per worker (128 on two cores, less than one
    /// batch) they stopped during every write, a fifth of their time on a 10k ingest (docs/language.md, session 10).
    /// </remarks>
    public int Window { get; init; } = Math.Max(Environment.ProcessorCount * 64, MinimumWindow);

    /// <summary>The smallest default window: three batches of the ingest's default size (200).</summary>
    public const int MinimumWindow = 600;
}
