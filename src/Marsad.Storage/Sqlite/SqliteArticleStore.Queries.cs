using Dapper;
using Marsad.Core.Stories;
using Marsad.Storage.Search;

namespace Marsad.Storage.Sqlite;

/// <summary>The read side beyond single articles: search, stories, merged events.</summary>
public sealed partial class SqliteArticleStore
{
    /// <inheritdoc/>
    public Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_readLock)
        {
            return Task.FromResult(SqliteSearchIndex.Search(_reader, request));
        }
    }

    /// <inheritdoc/>
    public Task<int> RebuildStoriesAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(SqliteStories.Rebuild(_writer));
    }

    /// <inheritdoc/>
    public Task CompactAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // One FTS5 segment, then a rewritten file: the same articles give the same bytes,
        // however many batches and interrupted runs wrote them.
        _writer.Execute("INSERT INTO search (search) VALUES ('optimize'); VACUUM;");
        // Cleared last: a run killed before this point rebuilds and compacts again when re-run.
        _writer.Execute("UPDATE store_state SET value = 0 WHERE key = 'stories_stale'");
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<bool> StoriesAreStaleAsync(CancellationToken cancellationToken = default)
    {
        lock (_readLock)
        {
            return Task.FromResult(SqliteStories.AreStale(_reader));
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<StoredStory>> GetStoriesAsync(CancellationToken cancellationToken = default)
    {
        lock (_readLock)
        {
            return Task.FromResult(SqliteStories.List(_reader));
        }
    }

    /// <inheritdoc/>
    public Task<StoredStory?> GetStoryAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (_readLock)
        {
            return Task.FromResult(SqliteStories.List(_reader, id).SingleOrDefault());
        }
    }

    /// <inheritdoc/>
    public Task<string?> GetStoryIdOfArticleAsync(string articleId, CancellationToken cancellationToken = default)
    {
        lock (_readLock)
        {
            return Task.FromResult(SqliteStories.StoryOf(_reader, articleId));
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<MergedEvent>> GetEventsAsync(EventFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        lock (_readLock)
        {
            return Task.FromResult(SqliteStories.Events(_reader, filter));
        }
    }
}
