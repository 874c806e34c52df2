using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Marsad.Core.Documents;
using Marsad.Core.Reading;

namespace Marsad.Core.Processing;

/// <summary>
/// Runs the <see cref="Pipeline"/> (or any analysis of a page) over a stream of read
/// items on every core and hands the results back in input order: one reader, N workers,
/// one consumer, with bounded queues between them so memory stays flat whatever the input size.
/// </summary>
/// <remarks>
/// A failure (a broken record, an exception inside a stage) becomes a
/// <see cref="ItemOutcome.Failed"/> item naming its input; it never stops the run.
/// </remarks>
public sealed class DocumentRunner
{
    private readonly Func<RawPage, (Document Document, object? Prepared)> _analyze;
    private readonly RunnerOptions _options;

    /// <summary>Creates a runner over <paramref name="pipeline"/>.</summary>
    public DocumentRunner(Pipeline pipeline, RunnerOptions? options = null)
        : this((pipeline ?? throw new ArgumentNullException(nameof(pipeline))).Process, options)
    {
    }

    /// <summary>Creates a runner over any analysis of a page; it must be safe to call from many threads.</summary>
    public DocumentRunner(Func<RawPage, Document> analyze, RunnerOptions? options = null)
        : this(WithoutPreparation(analyze), options)
    {
    }

    /// <summary>
    /// Creates a runner whose analysis also prepares something of each document on the worker
    /// threads (e.g. what the store will write of it), kept in <see cref="ProcessedItem.Prepared"/>:
    /// work done there is spread over the cores instead of falling to the single consumer.
    /// </summary>
    public DocumentRunner(Func<RawPage, (Document Document, object? Prepared)> analyze, RunnerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analyze);
        _analyze = analyze;
        _options = options ?? RunnerOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.Workers, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.Window, 1);
    }

    /// <summary>
    /// Analyzes every page of <paramref name="items"/> and yields one result per item, in
    /// the order of <paramref name="items"/>.
    /// </summary>
    /// <param name="items">What the Reading stage yields; enumerated once, on a background thread.</param>
    /// <param name="isDone">Called on the reader thread for each page: true skips it (an earlier run stored it).</param>
    /// <param name="cancellationToken">Stops reading and analysis; items already yielded stay valid.</param>
    public IAsyncEnumerable<ProcessedItem> RunAsync(
        IEnumerable<ReadResult> items,
        Func<RawPage, bool>? isDone = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(items, isDone is null ? null : (page, _) => isDone(page), cancellationToken);

    /// <summary>
    /// Like <see cref="RunAsync(IEnumerable{ReadResult}, Func{RawPage, bool}?, CancellationToken)"/>, with each
    /// page's <see cref="PageFingerprint"/> computed once on the reader thread, handed to
    /// <paramref name="isDone"/> and kept in <see cref="ProcessedItem.Fingerprint"/>.
    /// </summary>
    public async IAsyncEnumerable<ProcessedItem> RunAsync(
        IEnumerable<ReadResult> items,
        Func<RawPage, string, bool>? isDone,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var window = new SemaphoreSlim(_options.Window);
        var work = Channel.CreateBounded<(long Seq, RawPage Page, string? Fingerprint)>(new BoundedChannelOptions(_options.Workers * 4)
        {
            SingleWriter = true,
        });
        // Unbounded on paper, bounded in fact: the window caps the items in flight.
        var done = Channel.CreateUnbounded<(long Seq, ProcessedItem Item)>(new UnboundedChannelOptions { SingleReader = true });
        using var probe = RunnerProbe.Start();
        var running = RunStagesAsync(items, isDone, window, work, done, probe, cts.Token);

        var pending = new Dictionary<long, ProcessedItem>();
        long next = 0;
        try
        {
            await foreach (var (seq, item) in done.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                pending[seq] = item;
                while (pending.Remove(next, out var ready))
                {
                    next++;
                    window.Release();
                    if (probe is null)
                    {
                        yield return ready;
                    }
                    else
                    {
                        probe.Yielded(pending.Count);
                        var since = RunnerProbe.Now();
                        yield return ready;
                        probe.Add(RunnerProbe.Part.Consume, since);
                    }
                }
            }
        }
        finally
        {
            await cts.CancelAsync().ConfigureAwait(false);
            try
            {
                await running.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The consumer stopped early or was cancelled: the stages' own cancellation is expected.
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
    }

    private async Task RunStagesAsync(
        IEnumerable<ReadResult> items,
        Func<RawPage, string, bool>? isDone,
        SemaphoreSlim window,
        Channel<(long Seq, RawPage Page, string? Fingerprint)> work,
        Channel<(long Seq, ProcessedItem Item)> done,
        RunnerProbe? probe,
        CancellationToken token)
    {
        try
        {
            var reader = Task.Run(() => ReadAsync(items, isDone, window, work.Writer, done.Writer, probe, token), token);
            var workers = new Task[_options.Workers];
            for (var i = 0; i < workers.Length; i++)
            {
                workers[i] = Task.Run(() => AnalyzeAsync(work.Reader, done.Writer, probe, token), token);
            }
            await Task.WhenAll([reader, .. workers]).ConfigureAwait(false);
            done.Writer.TryComplete();
        }
        catch (Exception e)
        {
            done.Writer.TryComplete(e);
            throw;
        }
    }

    private static async Task ReadAsync(
        IEnumerable<ReadResult> items,
        Func<RawPage, string, bool>? isDone,
        SemaphoreSlim window,
        ChannelWriter<(long Seq, RawPage Page, string? Fingerprint)> work,
        ChannelWriter<(long Seq, ProcessedItem Item)> done,
        RunnerProbe? probe,
        CancellationToken token)
    {
        try
        {
            long seq = 0;
            var lastOrigin = "input";
            using var enumerator = items.GetEnumerator();
            while (true)
            {
                var since = RunnerProbe.Now();
                await window.WaitAsync(token).ConfigureAwait(false);
                probe?.Add(RunnerProbe.Part.ReadWindow, since);
                since = RunnerProbe.Now();
                ReadResult item;
                try
                {
                    if (!enumerator.MoveNext())
                    {
                        window.Release();
                        break;
                    }
                    item = enumerator.Current;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A reader that throws cannot be resumed: report where it stopped and end the run cleanly.
                    done.TryWrite((seq, ProcessedItem.Failed(lastOrigin, $"reading stopped after this input: {OneLine(e)}")));
                    break;
                }
                if (item.Page is { } page)
                {
                    lastOrigin = page.Origin;
                    var fingerprint = isDone is null ? null : PageFingerprint.Of(page);
                    if (isDone is not null && isDone(page, fingerprint!))
                    {
                        done.TryWrite((seq++, ProcessedItem.Skipped(page) with { Fingerprint = fingerprint }));
                    }
                    else
                    {
                        probe?.Add(RunnerProbe.Part.Read, since);
                        since = RunnerProbe.Now();
                        await work.WriteAsync((seq++, page, fingerprint), token).ConfigureAwait(false);
                        probe?.Add(RunnerProbe.Part.ReadQueue, since);
                    }
                }
                else
                {
                    var error = item.Error ?? new ReadError(lastOrigin, "empty record");
                    lastOrigin = error.Origin;
                    done.TryWrite((seq++, ProcessedItem.Failed(error.Origin, error.Message)));
                }
            }
        }
        finally
        {
            work.TryComplete();
        }
    }

    private async Task AnalyzeAsync(
        ChannelReader<(long Seq, RawPage Page, string? Fingerprint)> work,
        ChannelWriter<(long Seq, ProcessedItem Item)> done,
        RunnerProbe? probe,
        CancellationToken token)
    {
        var since = RunnerProbe.Now();
        await foreach (var (seq, page, fingerprint) in work.ReadAllAsync(token).ConfigureAwait(false))
        {
            probe?.Add(RunnerProbe.Part.WorkerIdle, since);
            since = RunnerProbe.Now();
            ProcessedItem result;
            try
            {
                var (document, prepared) = _analyze(page);
                result = ProcessedItem.Processed(page, document) with { Fingerprint = fingerprint, Prepared = prepared };
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One bad document must not stop the batch: it becomes a one-line failure naming its input.
                result = ProcessedItem.Failed(page.Origin, $"could not be analyzed: {OneLine(e)}");
            }
            done.TryWrite((seq, result));
            probe?.Add(RunnerProbe.Part.Analyze, since);
            since = RunnerProbe.Now();
        }
    }

    private static Func<RawPage, (Document, object?)> WithoutPreparation(Func<RawPage, Document> analyze)
    {
        ArgumentNullException.ThrowIfNull(analyze);
        return page => (analyze(page), null);
    }

    private static string OneLine(Exception e) =>
        $"{e.GetType().Name}: {e.Message}".ReplaceLineEndings(" ");
}
