using System.Diagnostics;
using System.Globalization;
using Marsad.Core;
using Marsad.Core.Documents;
using Marsad.Core.Processing;
using Marsad.Storage;
using Marsad.Storage.Sqlite;

namespace Marsad.Bench;

/// <summary>
/// <c>e2e [--limit N] [--phase extract|ingest|both] [--data DIR] [--window N]</c>: SaudiNewsNet through
/// (a) extraction only and (b) a full ingest into a fresh store (or into <c>--data</c>, kept),
/// printing documents per second, CPU time, peak memory and store size. The ingest writes its batches and
/// updates the stories after the last one, as <c>marsad ingest</c> does.
/// The runner's window is the ingest's (the runner's default, at least two batches) unless <c>--window N</c> (before session 10 the harness used the
/// runner's default, 64 documents per core, smaller than a batch: the workers stopped while a batch was written).
/// </summary>
public sealed class EndToEndHarness : IHarness
{
    /// <inheritdoc/>
    public string Name => "e2e";

    /// <inheritdoc/>
    public string Description => "SaudiNewsNet: extract-only and full-ingest throughput, peak memory, store size [--limit N] [--phase extract|ingest|both]";

    /// <inheritdoc/>
    public int Run(string[] args)
    {
        var limit = int.MaxValue;
        var phase = "both";
        string? keep = null;
        var window = Math.Max(RunnerOptions.Default.Window, 2 * BatchSize); // as IngestVerb
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--limit": limit = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--data": keep = args[i + 1]; break;
                case "--window": window = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--phase" when args[i + 1] is "extract" or "ingest" or "both": phase = args[i + 1]; break;
                default: Console.Error.WriteLine($"e2e: unknown option {args[i]}"); return 2;
            }
        }
        var corpus = Path.GetFullPath(Path.Combine(FindRepositoryRoot(), "..", "shared", "data", "saudinewsnet"));
        if (!Directory.Exists(corpus))
        {
            Console.Error.WriteLine($"e2e: {corpus} is absent");
            return 3;
        }
        Console.WriteLine($"corpus: {corpus}, limit {(limit == int.MaxValue ? "none" : limit)}, {Environment.ProcessorCount} cores, server GC {System.Runtime.GCSettings.IsServerGC}");
        // Peak working set is per process: run one phase alone to see that phase's peak.
        if (phase != "ingest")
        {
            ExtractOnly(corpus, limit);
        }
        if (phase != "extract")
        {
            Ingest(corpus, limit, keep, window);
        }
        return 0;
    }

    private static void ExtractOnly(string corpus, int limit)
    {
        var runner = new DocumentRunner(new Pipeline());
        long documents = 0, failed = 0, chars = 0;
        var cpu = CpuSeconds();
        var clock = Stopwatch.StartNew();
        foreach (var item in runner.RunAsync(NewsCorpusReader.Read(corpus, limit)).ToBlockingEnumerable())
        {
            if (item.Document is { } document)
            {
                documents++;
                // Serializing is part of extract's cost: it is what the verb prints.
                chars += DocumentJson.Serialize(document).Length;
            }
            else
            {
                failed++;
            }
        }
        var seconds = clock.Elapsed.TotalSeconds;
        cpu = CpuSeconds() - cpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"(a) extract: {documents} documents ({failed} failed) in {seconds:0.0} s = {documents / seconds:0} docs/s; {cpu:0.0} CPU s = {documents / cpu:0} docs per CPU-second; {chars / 1e6:0.0} M chars of JSON; peak working set {PeakMb():0} MB; allocated {GC.GetTotalAllocatedBytes() / 1e9:0.00} GB"));
    }

    // The ingest's batch size (IngestVerb.DefaultBatchSize).
    private const int BatchSize = 200;

    private static void Ingest(string corpus, int limit, string? keep, int window)
    {
        var folder = keep ?? Directory.CreateTempSubdirectory("marsad-e2e-").FullName;
        try
        {
            var cpu = CpuSeconds();
            var clock = Stopwatch.StartNew();
            long documents = 0, failed = 0, added = 0, replaced = 0, commits = 0;
            TimeSpan final, compact;
            var writes = TimeSpan.Zero;
            // CPU of this thread in the writer's calls: SQLite writes synchronously on the calling thread, so this is the
            // writer's own CPU (batch inserts, FTS, commits).
            var writeCpu = 0.0;
            using (var store = SqliteArticleStore.Open(folder))
            {
                // As `marsad ingest` does it: the store's preparation on the workers, from the pipeline's analysis.
                var pipeline = new Pipeline();
                var runner = new DocumentRunner(page =>
                {
                    var (document, analysis) = pipeline.ProcessAnalyzed(page);
                    return (document, PreparedDocument.Of(document, analysis));
                }, new RunnerOptions { Window = window });
                var batch = new List<StoreEntry>(BatchSize);
                foreach (var item in runner.RunAsync(NewsCorpusReader.Read(corpus, limit), (page, fingerprint) => store.HasInput(page.Origin, fingerprint)).ToBlockingEnumerable())
                {
                    if (item is { Document: { } document, Fingerprint: { } fingerprint } && !string.IsNullOrWhiteSpace(document.Text))
                    {
                        documents++;
                        batch.Add(new StoreEntry(document, fingerprint) { Prepared = item.Prepared as PreparedDocument });
                        if (batch.Count == BatchSize)
                        {
                            var threadCpu = ThreadCpu.Seconds();
                            var writing = Stopwatch.StartNew();
                            var written = store.WriteAsync(batch).GetAwaiter().GetResult();
                            writes += writing.Elapsed;
                            writeCpu += ThreadCpu.Seconds() - threadCpu;
                            added += written.Added;
                            replaced += written.Replaced;
                            commits++;
                            batch.Clear();
                        }
                    }
                    else if (item.Outcome != ItemOutcome.Skipped)
                    {
                        failed++;
                    }
                }
                var lastCpu = ThreadCpu.Seconds();
                var lastWrite = Stopwatch.StartNew();
                var last = batch.Count > 0 ? store.WriteAsync(batch).GetAwaiter().GetResult() : StoreWriteResult.Empty;
                writes += lastWrite.Elapsed;
                writeCpu += ThreadCpu.Seconds() - lastCpu;
                added += last.Added;
                replaced += last.Replaced;
                commits++;
                var tail = Stopwatch.StartNew();
                store.UpdateStoriesAsync().GetAwaiter().GetResult();
                final = tail.Elapsed;
                var compacting = Stopwatch.StartNew();
                store.CompactAsync().GetAwaiter().GetResult();
                compact = compacting.Elapsed;
            }
            var seconds = clock.Elapsed.TotalSeconds;
            cpu = CpuSeconds() - cpu;
            using var reopened = SqliteArticleStore.Open(folder);
            var stats = reopened.GetStatsAsync().GetAwaiter().GetResult();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"(b) ingest: {documents} documents ({failed} failed) in {seconds:0.0} s = {documents / seconds:0} docs/s; {cpu:0.0} CPU s = {documents / cpu:0} docs per CPU-second; {added} articles stored ({documents - added} duplicate texts), {replaced} replacements of a stored article (what would send an optimistic story placement back), {commits} transactions; store {stats.Bytes / 1e6:0.0} MB; {stats.Stories} stories; {stats.Sources} sources, {stats.FirstDate:yyyy-MM-dd}..{stats.LastDate:yyyy-MM-dd} (crawl dates); peak working set {PeakMb():0} MB; stories: the update after the last batch {final.TotalSeconds:0.0} s, compact {compact.TotalSeconds:0.0} s; batch writes {writes.TotalSeconds:0.0} s wall, {writeCpu:0.0} s CPU (window {window})"));
        }
        finally
        {
            if (keep is null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    // The machine is shared: CPU time says more than wall time about the code itself.
    private static double CpuSeconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    private static double PeakMb()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / 1e6;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Marsad.sln")))
            {
                return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
