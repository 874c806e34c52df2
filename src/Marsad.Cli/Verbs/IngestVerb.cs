using System.CommandLine;
using Marsad.Cli.Progress;
using Marsad.Core;
using Marsad.Core.Processing;
using Marsad.Core.Reading;
using Marsad.Storage;
using Marsad.Storage.Sqlite;

namespace Marsad.Cli.Verbs;

/// <summary>
/// <c>marsad ingest PATH... [--data DIR]</c>: analyze and store. Safe to run again (nothing
/// is duplicated) and to interrupt (a re-run skips what was stored and finishes the rest).
/// </summary>
internal static class IngestVerb
{
    public const int DefaultBatchSize = 200;

    /// <summary>
    /// Stored articles between two story updates during an ingest (see docs/cli.md, "Throughput, session 8" and
    /// "session 10"): 0, one update after the last batch. Updating every 3,000, with the summaries and frequency rows
    /// deferred (session 10), leaves 3–10 s after the last batch instead of 17–154 s, but at low load it made the whole
    /// run slower in both pairs measured (434 and 394 against 490 and 475 documents/s): the updates compete with the
    /// analysis for the two cores, so it stays off. Session 12 made the update at the end fill both cores (0.6–0.75 of
    /// its wall at the same CPU), which leaves even less for the option to save; it is kept hidden, not removed (its
    /// plumbing is in the store's files and the crash tests), see docs/cli.md, "Throughput, session 12".
    /// </summary>
    public const int DefaultStoriesEvery = 0;

    public static Command Create()
    {
        var reading = new ReadingOptions();
        var data = DataOption.Create();
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Documents per transaction.",
            DefaultValueFactory = _ => DefaultBatchSize,
            Hidden = true,
            Validators = { r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError("--batch-size must be at least 1"); } } },
        };
        var storiesEvery = new Option<int>("--stories-every")
        {
            Description = "Stored articles between two story updates during the ingest (0: only at the end).",
            DefaultValueFactory = _ => DefaultStoriesEvery,
            Hidden = true,
            Validators = { r => { if (r.GetValueOrDefault<int>() < 0) { r.AddError("--stories-every must be at least 0"); } } },
        };
        var command = new Command("ingest", """
            Analyze each document and store it. Running it again on the same inputs stores nothing new;
            an interrupted run, run again, finishes the rest. Errors go to stderr, one line each, naming the input.
            Example: marsad ingest crawl/ feeds/aljazeera.xml --data ~/marsad-data
            """);
        var report = new Option<bool>("--report") { Description = "Then print what the store holds: its stories and their merged events." };
        reading.AddTo(command);
        command.Options.Add(data);
        command.Options.Add(batchSize);
        command.Options.Add(storiesEvery);
        command.Options.Add(report);
        command.SetAction(async (result, ct) =>
        {
            var error = result.InvocationConfiguration.Error;
            var folder = DataOption.Resolve(result, data);
            SqliteArticleStore store;
            try
            {
                store = SqliteArticleStore.Open(folder);
            }
            catch (StoreException e)
            {
                await error.WriteLineAsync($"marsad: {e.Message}").ConfigureAwait(false);
                return ExitCodes.NothingProcessed;
            }
            using (store)
            {
                // The ingest's story updates resume the clustering state kept from the previous one.
                store.KeepsClusteringState = true;
                var counts = new RunCounts();
                var ingest = new Ingestion(store, reading.CreatePipeline(result), result.GetValue(batchSize), result.GetValue(storiesEvery), counts);
                var reader = new InputReader(reading.Bind(result));
                var code = await RunDisplay.RunAsync(error, "ingest", counts.DescribeLiveStored, display =>
                    ingest.RunAsync(reader.Read(result.GetRequiredValue(reading.Paths)), display, ct)).ConfigureAwait(false);
                await error.WriteLineAsync($"marsad: ingest: {counts.DescribeStored()}").ConfigureAwait(false);
                if (result.GetValue(report))
                {
                    await StoreReport.WriteAsync(store, result.InvocationConfiguration.Output, ct).ConfigureAwait(false);
                }
                return code;
            }
        });
        return command;
    }

    /// <summary>One ingest run: the parallel runner feeding batches to the store.</summary>
    private sealed class Ingestion(IArticleStore store, Pipeline pipeline, int batchSize, int storiesEvery, RunCounts counts)
    {
        private readonly IngestWriter _writer = new(store, storiesEvery, batchSize);

        public async Task<int> RunAsync(IEnumerable<ReadResult> items, RunDisplay display, CancellationToken ct)
        {
            // The store's preparation (JSON, search terms, signature, lead sentences) runs on the
            // workers with the analysis, so the single writer only runs SQL. The window holds two
            // batches: while this thread writes one, the workers go on analyzing the next one
            // instead of stopping once the default window (64 per core) is full.
            var runner = new DocumentRunner(page =>
            {
                var (document, analysis) = pipeline.ProcessAnalyzed(page);
                return (document, PreparedDocument.Of(document, analysis));
            }, new RunnerOptions { Window = Math.Max(RunnerOptions.Default.Window, 2 * batchSize) });
            var batch = new List<StoreEntry>(batchSize);
            try
            {
                await foreach (var item in runner.RunAsync(items, (page, fingerprint) => store.HasInput(page.Origin, fingerprint), ct).ConfigureAwait(false))
                {
                    counts.CountRead();
                    switch (item)
                    {
                        case { Outcome: ItemOutcome.Skipped }:
                            counts.CountSkipped();
                            break;
                        case { Document: { } document, Fingerprint: { } fingerprint } when !string.IsNullOrWhiteSpace(document.Text):
                            batch.Add(new StoreEntry(document, fingerprint) { Prepared = item.Prepared as PreparedDocument });
                            if (batch.Count == batchSize)
                            {
                                await FlushAsync(batch, ct).ConfigureAwait(false);
                            }
                            break;
                        case { Document: { } }:
                            // An empty text would share one id with every other empty page: nothing worth storing.
                            counts.CountFailed();
                            await display.WriteLineAsync($"marsad: {item.Origin}: no article text found").ConfigureAwait(false);
                            break;
                        default:
                            counts.CountFailed();
                            await display.WriteLineAsync($"marsad: {item}").ConfigureAwait(false);
                            break;
                    }
                }
                await FlushAsync(batch, ct).ConfigureAwait(false);
                Count(await _writer.FinishAsync(ct).ConfigureAwait(false));
                if (await store.StoriesAreStaleAsync(ct).ConfigureAwait(false))
                {
                    // The new articles join the stories in the order they were first stored, in one
                    // transaction: a run killed before it commits leaves them for the re-run to place.
                    await display.WriteLineAsync("marsad: ingest: grouping articles into stories").ConfigureAwait(false);
                    var clock = System.Diagnostics.Stopwatch.StartNew();
                    await store.UpdateStoriesAsync(ct).ConfigureAwait(false);
                    var stories = clock.Elapsed;
                    await store.CompactAsync(ct).ConfigureAwait(false);
                    if (Environment.GetEnvironmentVariable("MARSAD_TIMINGS") == "1")
                    {
                        await display.WriteLineAsync(FormattableString.Invariant($"marsad: timings: writes {_writer.WriteTime.TotalSeconds:F1} s, stories during the ingest {_writer.StoriesTime.TotalSeconds:F1} s ({_writer.StoryUpdates} updates), stories {stories.TotalSeconds:F1} s, compact {(clock.Elapsed - stories).TotalSeconds:F1} s")).ConfigureAwait(false);
                    }
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Ctrl-C or SIGTERM: keep the documents already analyzed; a re-run skips them.
                await _writer.StopAsync().ConfigureAwait(false);
                await FlushAsync(batch, CancellationToken.None).ConfigureAwait(false);
                Count(await _writer.FinishAsync(CancellationToken.None).ConfigureAwait(false));
                await display.WriteLineAsync("marsad: ingest: interrupted; run the same command again to finish the rest").ConfigureAwait(false);
                return counts.Added + counts.Unchanged + counts.Skipped > 0 ? ExitCodes.SomeFailed : ExitCodes.NothingProcessed;
            }
            catch (Microsoft.Data.Sqlite.SqliteException e)
            {
                await _writer.StopAsync().ConfigureAwait(false);
                await display.WriteLineAsync($"marsad: the store cannot be written: {e.Message.ReplaceLineEndings(" ")}").ConfigureAwait(false);
                return counts.Added + counts.Unchanged > 0 ? ExitCodes.SomeFailed : ExitCodes.NothingProcessed;
            }
            finally
            {
                // Never leave a story update running on the connection the caller is about to close.
                await _writer.StopAsync().ConfigureAwait(false);
            }
            return ExitCodes.For(counts.Succeeded, counts.Failed);
        }

        private async Task FlushAsync(List<StoreEntry> batch, CancellationToken ct)
        {
            if (batch.Count == 0)
            {
                return;
            }
            Count(await _writer.WriteAsync(batch, ct).ConfigureAwait(false));
            batch.Clear();
        }

        private void Count(StoreWriteResult written) => counts.CountStored(written.Added, written.Replaced + written.Unchanged);
    }
}
