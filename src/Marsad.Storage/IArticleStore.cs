using Marsad.Core.Documents;
using Marsad.Core.Stories;
using Marsad.Storage.Search;

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

    /// <summary>Ranked full-text search over the stored articles.</summary>
    Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Rebuilds every story and merged event from the stored articles, atomically; returns
    /// the number of stories. Deterministic: the same articles give the same rows.
    /// </summary>
    Task<int> RebuildStoriesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Places the articles stored since the last update into the stories, resuming the persisted
    /// clustering state, and recomputes only the changed stories' summaries and merged events,
    /// atomically; returns the number of stories. A store without incremental clustering rebuilds.
    /// </summary>
    Task<int> UpdateStoriesAsync(CancellationToken cancellationToken = default) => RebuildStoriesAsync(cancellationToken);

    /// <summary>True when articles changed since stories were last rebuilt and the store compacted (also after an ingest killed before then).</summary>
    Task<bool> StoriesAreStaleAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Rewrites the store compactly after an ingest changed it, so that equal contents take
    /// equal space whatever the history of writes (interrupted runs included). Call it after
    /// <see cref="UpdateStoriesAsync"/> or <see cref="RebuildStoriesAsync"/>: it marks stories and store up to date.
    /// </summary>
    Task CompactAsync(CancellationToken cancellationToken = default);

    /// <summary>Every stored story, in founding order.</summary>
    Task<IReadOnlyList<StoredStory>> GetStoriesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The stories that last had news, newest first (undated ones last, ties by id): the
    /// <paramref name="limit"/> after the first <paramref name="offset"/>.
    /// </summary>
    Task<IReadOnlyList<StoredStory>> GetRecentStoriesAsync(int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// The actors most often in merged events, as source or target, most events first: each keyed
    /// by its CAMEO code, else country, else name (the key <see cref="EventFilter.Actor"/> takes).
    /// </summary>
    Task<IReadOnlyList<ActorCount>> GetTopActorsAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>The stored story with this id, or null.</summary>
    Task<StoredStory?> GetStoryAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The id of the story an article belongs to, or null before stories are built.</summary>
    Task<string?> GetStoryIdOfArticleAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>The merged events that pass the filter, by date.</summary>
    Task<IReadOnlyList<MergedEvent>> GetEventsAsync(EventFilter filter, CancellationToken cancellationToken = default);
}
