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
