using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Marsad.Core;
using Marsad.Core.Documents;
using Marsad.Core.Processing;
using Marsad.Storage;
using Marsad.Storage.Sqlite;

namespace Marsad.Bench;

/// <summary>
/// <c>store-write [--limit N] [--rounds R] [--cache FILE] [--keep DIR]</c>: the ingest's batch writes alone. SaudiNewsNet's
/// first N documents are analyzed once (on all cores, as <c>marsad ingest</c> does; with <c>--cache</c> the analyzed
/// documents and fingerprints are kept in FILE as JSON Lines and read back by the next run, so two builds write the
/// same documents without analyzing them again), prepared for the store, then written R times into a fresh store in
/// batches of 200 on this thread. Prints per round the writer's wall seconds, this thread's CPU seconds and bytes
/// allocated (best of R and each); with <c>MARSAD_TIMINGS=1</c> the store adds its per-statement line.
/// </summary>
public sealed class StoreWriteHarness : IHarness
{
    private const int BatchSize = 200;

    /// <inheritdoc/>
    public string Name => "store-write";

    /// <inheritdoc/>
    public string Description => "the ingest's batch writes alone into a fresh store: wall, thread CPU, bytes allocated [--limit N] [--rounds R] [--cache FILE] [--keep DIR]";

    /// <inheritdoc/>
    public int Run(string[] args)
    {
        var limit = 10_000;
        var rounds = 3;
        string? cache = null, keep = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--limit": limit = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--rounds": rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--cache": cache = args[i + 1]; break;
                case "--keep": keep = args[i + 1]; break;
                default: Console.Error.WriteLine($"store-write: unknown option {args[i]}"); return 2;
            }
        }
        var entries = cache is not null && File.Exists(cache) ? FromCache(cache) : Analyze(limit, cache);
        if (entries is null)
        {
            return 3;
        }
        var results = new List<(double Wall, double Cpu, long Bytes)>();
        for (var round = 0; round < rounds; round++)
        {
            var folder = keep ?? Directory.CreateTempSubdirectory("marsad-store-write-").FullName;
            try
            {
                if (keep is not null && Directory.Exists(keep))
                {
                    Directory.Delete(keep, recursive: true);
                }
                using var store = SqliteArticleStore.Open(folder);
                var clock = Stopwatch.StartNew();
                var cpu = ThreadCpu.Seconds();
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                for (var from = 0; from < entries.Count; from += BatchSize)
                {
                    store.WriteAsync(entries.GetRange(from, Math.Min(BatchSize, entries.Count - from))).GetAwaiter().GetResult();
                }
                var result = (clock.Elapsed.TotalSeconds, ThreadCpu.Seconds() - cpu, GC.GetAllocatedBytesForCurrentThread() - bytes);
                results.Add(result);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round + 1}: {entries.Count} documents, {result.Item1:0.00} s wall, {result.Item2:0.00} s thread CPU, {result.Item3 / 1e6:0} MB allocated"));
            }
            finally
            {
                if (keep is null)
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"best of {rounds}: {results.Min(r => r.Wall):0.00} s wall, {results.Min(r => r.Cpu):0.00} s thread CPU, {results.Min(r => r.Bytes) / 1e6:0} MB allocated"));
        return 0;
    }

    private static List<StoreEntry>? Analyze(int limit, string? cache)
    {
        var corpus = Path.Combine(ExtractionSharedDataRoot.Path, "saudinewsnet");
        if (!Directory.Exists(corpus))
        {
            Console.Error.WriteLine($"store-write: {corpus} is absent");
            return null;
        }
        var pipeline = new Pipeline();
        var runner = new DocumentRunner(page =>
        {
            var (document, analysis) = pipeline.ProcessAnalyzed(page);
            return (document, PreparedDocument.Of(document, analysis));
        }, new RunnerOptions { Window = 2 * BatchSize });
        var entries = new List<StoreEntry>();
        foreach (var item in runner.RunAsync(NewsCorpusReader.Read(corpus, limit), (_, _) => false).ToBlockingEnumerable())
        {
            if (item is { Document: { } document, Fingerprint: { } fingerprint } && !string.IsNullOrWhiteSpace(document.Text))
            {
                entries.Add(new StoreEntry(document, fingerprint) { Prepared = item.Prepared as PreparedDocument });
            }
        }
        if (cache is not null)
        {
            using var writer = new StreamWriter(cache);
            foreach (var entry in entries)
            {
                writer.WriteLine(JsonSerializer.Serialize(new CachedEntry(entry.PageFingerprint, DocumentJson.Serialize(entry.Document))));
            }
        }
        Console.WriteLine($"analyzed {entries.Count} documents");
        return entries;
    }

    // The documents read back and prepared again (on all cores; the same rows as from the pipeline's analysis).
    private static List<StoreEntry> FromCache(string cache)
    {
        var lines = File.ReadAllLines(cache);
        var entries = new StoreEntry[lines.Length];
        Parallel.For(0, lines.Length, i =>
        {
            var cached = JsonSerializer.Deserialize<CachedEntry>(lines[i])!;
            var document = DocumentJson.Deserialize(cached.Document)!;
            entries[i] = new StoreEntry(document, cached.Fingerprint) { Prepared = PreparedDocument.Of(document) };
        });
        Console.WriteLine($"read {entries.Length} documents from {cache}");
        return [.. entries];
    }

    private sealed record CachedEntry(string Fingerprint, string Document);
}
