using System.Diagnostics;

namespace Marsad.Storage;

/// <summary>
/// Writes an ingest's batches to the store and, every <c>storiesEvery</c> written articles, runs the story
/// update (<see cref="IArticleStore.UpdateStoriesAsync"/>) on its own task while the ingest goes on, so that
/// after the last batch only the last chunk is left to place. The store has one writer connection: while an
/// update runs, batches are held in memory (the analysis does not wait) and written once it is done, so the
/// update never waits on a lock nor makes a batch wait on one. Not thread-safe: call it from one thread.
/// </summary>
/// <remarks>
/// Placement takes articles in the order they were first stored, so updating during the ingest places the
/// same articles in the same order as one update at the end; what differs is what a replacement stored
/// later changes (an article placed before it is not placed again, only its story's merged events are
/// recomputed) and the frequencies each summary is computed with. A run killed mid-way leaves the updates
/// committed so far and the batches written so far; the re-run places the rest.
/// </remarks>
public sealed class IngestWriter
{
    private readonly IArticleStore _store;
    private readonly int _storiesEvery;
    private readonly List<StoreEntry> _held = [];
    private readonly int _batchSize;
    private Task? _stories;
    private int _sinceStories;

    /// <summary>Writes to <paramref name="store"/>; <paramref name="storiesEvery"/> ≤ 0 updates no stories during the ingest.</summary>
    public IngestWriter(IArticleStore store, int storiesEvery, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(store);
        (_store, _storiesEvery, _batchSize) = (store, storiesEvery, Math.Max(1, batchSize));
    }

    /// <summary>Time spent in the store's writes.</summary>
    public TimeSpan WriteTime { get; private set; }

    /// <summary>Wall time of the story updates run during the ingest (on their own task).</summary>
    public TimeSpan StoriesTime { get; private set; }

    /// <summary>How many story updates ran during the ingest.</summary>
    public int StoryUpdates { get; private set; }

    /// <summary>
    /// Writes <paramref name="batch"/> (after what was held), or holds a copy while a story update runs;
    /// returns what was written by this call. The caller may reuse the list.
    /// </summary>
    public async Task<StoreWriteResult> WriteAsync(IReadOnlyList<StoreEntry> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (_stories is { IsCompleted: false })
        {
            _held.AddRange(batch);
            return StoreWriteResult.Empty;
        }
        var written = await WriteHeldAsync(batch, cancellationToken).ConfigureAwait(false);
        if (_storiesEvery > 0 && _sinceStories >= _storiesEvery)
        {
            _sinceStories = 0;
            StoryUpdates++;
            _stories = Task.Run(async () =>
            {
                var clock = Stopwatch.StartNew();
                await _store.UpdateStoriesAsync(cancellationToken).ConfigureAwait(false);
                StoriesTime += clock.Elapsed;
            }, cancellationToken);
        }
        return written;
    }

    /// <summary>Waits for a running story update (its failure is thrown here) and writes what was held; returns what it wrote.</summary>
    public Task<StoreWriteResult> FinishAsync(CancellationToken cancellationToken) => WriteHeldAsync([], cancellationToken);

    /// <summary>
    /// Waits for a running story update, ignoring its failure (its transaction rolled back: the re-run or the
    /// final update places its articles): before writing on a failure path, or before the store is closed.
    /// </summary>
    public async Task StopAsync()
    {
        if (_stories is { } running)
        {
            _stories = null;
            try
            {
                await running.ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or Microsoft.Data.Sqlite.SqliteException or StoreException)
            {
                // Nothing to undo: the update wrote nothing it did not commit.
            }
        }
    }

    private async Task<StoreWriteResult> WriteHeldAsync(IReadOnlyList<StoreEntry> batch, CancellationToken cancellationToken)
    {
        if (_stories is { } running)
        {
            _stories = null;
            await running.ConfigureAwait(false);
        }
        var written = StoreWriteResult.Empty;
        // Held entries are written in batches of the usual size, then the new one: the order they came in.
        for (var from = 0; from < _held.Count; from += _batchSize)
        {
            written = written.Plus(await WriteOneAsync(_held.GetRange(from, Math.Min(_batchSize, _held.Count - from)), cancellationToken).ConfigureAwait(false));
        }
        _held.Clear();
        if (batch.Count > 0)
        {
            written = written.Plus(await WriteOneAsync(batch, cancellationToken).ConfigureAwait(false));
        }
        _sinceStories += written.Added + written.Replaced;
        return written;
    }

    private async Task<StoreWriteResult> WriteOneAsync(IReadOnlyList<StoreEntry> batch, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var written = await _store.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
        WriteTime += clock.Elapsed;
        return written;
    }
}
