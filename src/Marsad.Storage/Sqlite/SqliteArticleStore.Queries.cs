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
    public Task<int> UpdateStoriesAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(SqliteStories.Update(_writer));
    }

    /// <inheritdoc/>
    public Task CompactAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // One FTS5 segment (its layout depends on how many transactions wrote it, which an
        // interrupted run changes), then the free pages given back: the same articles give a
        // file of the same size however many batches and interrupted runs wrote them. Stores
        // created with auto_vacuum (schema 4 on) only drop their free pages; older ones are
        // rewritten once by VACUUM, which also turns auto_vacuum on for them.
        _writer.Execute("INSERT INTO search (search) VALUES ('optimize');");
        if (_writer.ExecuteScalar<long>("PRAGMA auto_vacuum") == IncrementalVacuum)
        {
            _writer.Execute("PRAGMA incremental_vacuum;");
        }
        else
        {
            _writer.Execute($"PRAGMA auto_vacuum = {IncrementalVacuum}; VACUUM;");
        }
        // Cleared last: a run killed before this point rebuilds and compacts again when re-run.
        _writer.Execute("UPDATE store_state SET value = 0 WHERE key = 'stories_stale'");
        return Task.CompletedTask;
    }

    private const long IncrementalVacuum = 2;

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
    public Task<IReadOnlyList<StoredStory>> GetRecentStoriesAsync(int offset, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        lock (_readLock)
        {
            return Task.FromResult(SqliteStories.Recent(_reader, offset, limit));
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<ActorCount>> GetTopActorsAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        lock (_readLock)
        {
            return Task.FromResult(SqliteStories.TopActors(_reader, limit));
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
