namespace Marsad.Web;

/// <summary>How <c>marsad serve</c> runs: where the store is, where to listen, and whether ingest is open.</summary>
public sealed record WebOptions
{
    /// <summary>The loopback address <c>marsad serve</c> listens on unless told otherwise.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The store's folder (as <c>--data</c>).</summary>
    public required string DataDirectory { get; init; }

    /// <summary>Where Kestrel listens; port 0 picks a free port.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The key <c>POST /api/ingest</c> demands in <c>X-Api-Key</c>; null keeps the server read-only.</summary>
    public string? ApiKey { get; init; }

    /// <summary>The largest ingest body accepted, in bytes; larger ones get 413.</summary>
    public long MaxIngestBytes { get; init; } = 10 * 1024 * 1024;
}
