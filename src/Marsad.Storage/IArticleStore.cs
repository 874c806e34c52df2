using Marsad.Core.Documents;

namespace Marsad.Storage;

/// <summary>
/// Where analyzed documents live: the one seam between the engine and its storage, so
/// a server backend can replace the embedded SQLite store without touching callers.
/// </summary>
/// <remarks>
/// Implementations keep documents keyed by <see cref="Document.Id"/> and must make
/// writing the same inputs again change nothing, and make the stored row for an id
/// independent of the order documents arrive in (the one whose input sorts first wins).
/// </remarks>
public interface IArticleStore : IDisposable
{
    /// <summary>
    /// True when an earlier write recorded <paramref name="input"/> with this page
    /// fingerprint: a re-run may skip it. An edited file, or another stream on stdin, does not match.
    /// </summary>
    /// <remarks>Called from one thread at a time, alongside <see cref="WriteAsync"/> on another.</remarks>
    bool HasInput(string input, string pageFingerprint);

    /// <summary>Stores a batch atomically, with the inputs it came from: after a crash, either all of it is there or none of it.</summary>
    Task<StoreWriteResult> WriteAsync(IReadOnlyList<StoreEntry> entries, CancellationToken cancellationToken = default);

    /// <summary>The stored document with this id, or null.</summary>
    Task<Document?> GetArticleAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>What the store holds, as <c>marsad stats</c> prints it.</summary>
    Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken = default);
}
