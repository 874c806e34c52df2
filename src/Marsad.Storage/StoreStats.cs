namespace Marsad.Storage;

/// <summary>What the store holds: the contract's <c>marsad stats</c> object.</summary>
public sealed record StoreStats
{
    /// <summary>Stored articles (distinct texts).</summary>
    public required long Articles { get; init; }

    /// <summary>Distinct outlet names among the articles.</summary>
    public required long Sources { get; init; }

    /// <summary>Entity mentions over all articles.</summary>
    public required long Entities { get; init; }

    /// <summary>Events over all articles.</summary>
    public required long Events { get; init; }

    /// <summary>Stories; 0 until the Stories stage stores any.</summary>
    public required long Stories { get; init; }

    /// <summary>The earliest publication date, or null when no article has one.</summary>
    public DateOnly? FirstDate { get; init; }

    /// <summary>The latest publication date, or null when no article has one.</summary>
    public DateOnly? LastDate { get; init; }

    /// <summary>The size of the store's files on disk.</summary>
    public required long Bytes { get; init; }
}
