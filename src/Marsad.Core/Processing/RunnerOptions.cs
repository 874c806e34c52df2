namespace Marsad.Core.Processing;

/// <summary>How a <see cref="DocumentRunner"/> spreads work: how many workers, how many items in flight.</summary>
public sealed record RunnerOptions
{
    /// <summary>One worker per core, and a window of 64 items per worker.</summary>
    public static RunnerOptions Default { get; } = new();

    /// <summary>How many documents are analyzed at once; defaults to the number of cores.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// How many items may be between the reader and the consumer at once (read, being
    /// analyzed, or waiting for an earlier one to finish): this bounds memory.
    /// </summary>
    public int Window { get; init; } = Environment.ProcessorCount * 64;
}
