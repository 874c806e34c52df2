using Marsad.Core.Events;

namespace Marsad.Storage.Search;

/// <summary>A full-text query with its filters, as <c>marsad search</c> and <c>/api/search</c> take them.</summary>
public sealed record SearchRequest
{
    /// <summary>
    /// The query: words (matched by light stem, or unstemmed for names) and "quoted phrases"; all must match.
    /// A query without words finds nothing, except with <see cref="Actor"/>: then it lists every article
    /// mentioning the actor, newest first (the actor pages).
    /// </summary>
    public required string Query { get; init; }

    /// <summary>How many results to return, 1 to 1000.</summary>
    public int Limit { get; init; } = 10;

    /// <summary>How many of the best results to skip (paging).</summary>
    public int Offset { get; init; }

    /// <summary>Only articles mentioning this actor: CAMEO code (<c>RUSGOV</c>), country (<c>RUS</c>), Wikidata id or canonical name.</summary>
    public string? Actor { get; init; }

    /// <summary>Only articles of this outlet.</summary>
    public string? Outlet { get; init; }

    /// <summary>Only articles published on or after this date.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Only articles published on or before this date.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Only articles with an event of this PLOVER type.</summary>
    public PloverType? EventType { get; init; }
}
