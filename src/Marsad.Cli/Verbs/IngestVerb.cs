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
        var command = new Command("ingest", """
            Analyze each document and store it. Running it again on the same inputs stores nothing new;
            an interrupted run, run again, finishes the rest. Errors go to stderr, one line each, naming the input.
            Example: marsad ingest crawl/ feeds/aljazeera.xml --data ~/marsad-data
            """);
        var report = new Option<bool>("--report") { Description = "Then print what the store holds: its stories and their merged events." };
        reading.AddTo(command);
        command.Options.Add(data);
        command.Options.Add(batchSize);
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
                var counts = new RunCounts();
                var ingest = new Ingestion(store, reading.CreatePipeline(result), result.GetValue(batchSize), counts);
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
    private sealed class Ingestion(IArticleStore store, Pipeline pipeline, int batchSize, RunCounts counts)
    {
        // Time spent in the store's batch writes (MARSAD_TIMINGS=1).
        private TimeSpan _writeTime;

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
                        await display.WriteLineAsync(FormattableString.Invariant($"marsad: timings: writes {_writeTime.TotalSeconds:F1} s, stories {stories.TotalSeconds:F1} s, compact {(clock.Elapsed - stories).TotalSeconds:F1} s")).ConfigureAwait(false);
                    }
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Ctrl-C or SIGTERM: keep the documents already analyzed; a re-run skips them.
                await FlushAsync(batch, CancellationToken.None).ConfigureAwait(false);
                await display.WriteLineAsync("marsad: ingest: interrupted; run the same command again to finish the rest").ConfigureAwait(false);
                return counts.Added + counts.Unchanged + counts.Skipped > 0 ? ExitCodes.SomeFailed : ExitCodes.NothingProcessed;
            }
            catch (Microsoft.Data.Sqlite.SqliteException e)
            {
                await display.WriteLineAsync($"marsad: the store cannot be written: {e.Message.ReplaceLineEndings(" ")}").ConfigureAwait(false);
                return counts.Added + counts.Unchanged > 0 ? ExitCodes.SomeFailed : ExitCodes.NothingProcessed;
            }
            return ExitCodes.For(counts.Succeeded, counts.Failed);
        }

        private async Task FlushAsync(List<StoreEntry> batch, CancellationToken ct)
        {
            if (batch.Count == 0)
            {
                return;
            }
            var clock = System.Diagnostics.Stopwatch.StartNew();
            Count(await store.WriteAsync(batch, ct).ConfigureAwait(false));
            _writeTime += clock.Elapsed;
            batch.Clear();
        }

        private void Count(StoreWriteResult written) => counts.CountStored(written.Added, written.Replaced + written.Unchanged);
    }
}
