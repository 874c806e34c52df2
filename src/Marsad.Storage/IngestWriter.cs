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
/// recomputed) and the frequencies a summary is computed with. The updates during the ingest
/// (<see cref="IArticleStore.PlaceStoriesAsync"/>) leave to the last one the document-frequency rows and the
/// summaries of the stories their chunk touched (a story is summarized once no later chunk touched it, or at
/// the end). A run killed mid-way leaves the updates committed so far and the batches written so far; the
/// re-run places the rest and does what was left.
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
        return await WriteHeldAsync(batch, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes everything held (waiting for the story updates it starts on the way; a failure of one is thrown
    /// here) and waits for the last one; returns what it wrote. Then no update runs.
    /// </summary>
    public async Task<StoreWriteResult> FinishAsync(CancellationToken cancellationToken)
    {
        var written = StoreWriteResult.Empty;
        do
        {
            written = written.Plus(await WriteHeldAsync([], cancellationToken).ConfigureAwait(false));
        }
        while (_held.Count > 0);
        await WaitAsync().ConfigureAwait(false);
        return written;
    }

    /// <summary>
    /// Waits for a running story update, ignoring its failure (its transaction rolled back: the re-run or the
    /// final update places its articles): before writing on a failure path, or before the store is closed.
    /// </summary>
    public async Task StopAsync()
    {
        try
        {
            await WaitAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or Microsoft.Data.Sqlite.SqliteException or StoreException)
        {
            // Nothing to undo: the update wrote nothing it did not commit.
        }
    }

    private async Task WaitAsync()
    {
        if (_stories is { } running)
        {
            _stories = null;
            await running.ConfigureAwait(false);
        }
    }

    // Writes the held entries then the batch, in batches of the usual size, in the order they came, until one
    // brings the count since the last update to storiesEvery: then starts an update and holds the rest. An update
    // thus starts after the same batch whatever the timing, and places the same articles: the stories do not
    // depend on how long the updates took.
    private async Task<StoreWriteResult> WriteHeldAsync(IReadOnlyList<StoreEntry> batch, CancellationToken cancellationToken)
    {
        await WaitAsync().ConfigureAwait(false);
        _held.AddRange(batch);
        var written = StoreWriteResult.Empty;
        var from = 0;
        while (from < _held.Count)
        {
            var count = Math.Min(_batchSize, _held.Count - from);
            var one = await WriteOneAsync(_held.GetRange(from, count), cancellationToken).ConfigureAwait(false);
            from += count;
            written = written.Plus(one);
            _sinceStories += one.Added + one.Replaced;
            if (_storiesEvery > 0 && _sinceStories >= _storiesEvery)
            {
                _sinceStories = 0;
                StartUpdate(cancellationToken);
                break;
            }
        }
        _held.RemoveRange(0, from);
        return written;
    }

    private void StartUpdate(CancellationToken cancellationToken)
    {
        StoryUpdates++;
        _stories = Task.Run(async () =>
        {
            var clock = Stopwatch.StartNew();
            await _store.PlaceStoriesAsync(cancellationToken).ConfigureAwait(false);
            StoriesTime += clock.Elapsed;
        }, cancellationToken);
    }

    private async Task<StoreWriteResult> WriteOneAsync(IReadOnlyList<StoreEntry> batch, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var written = await _store.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
        WriteTime += clock.Elapsed;
        return written;
    }
}
