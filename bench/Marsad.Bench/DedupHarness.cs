using System.Diagnostics;
using Marsad.Core;
using Marsad.Core.Stories;

namespace Marsad.Bench;

/// <summary>
/// <c>dedup</c>: near-duplicate detection over SaudiNewsNet. Finds every pair at estimated
/// Jaccard ≥ 0.8 with the LSH index, checks it against brute-force exact Jaccard on the
/// articles of a few whole days (where wire reprints cluster), and prints time and memory.
/// </summary>
public sealed class DedupHarness : IHarness
{
    /// <inheritdoc/>
    public string Name => "dedup";

    /// <inheritdoc/>
    public string Description => "near-duplicates on SaudiNewsNet: LSH pairs vs brute-force Jaccard, time, memory [--days N]";

    /// <inheritdoc/>
    public int Run(string[] args)
    {
        var days = args.Length >= 2 && args[0] == "--days" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
        if (!Directory.Exists(SaudiArticle.Folder))
        {
            Console.Error.WriteLine($"dedup: {SaudiArticle.Folder} is absent");
            return 3;
        }
        var texts = SaudiArticle.ReadAll().Select(a => (a.Day, Text: a.Content)).ToList();
        Console.WriteLine($"articles: {texts.Count}");

        var clock = Stopwatch.StartNew();
        var hasher = new MinHasher();
        var index = new NearDuplicateIndex();
        var exactIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var lshPairs = new HashSet<(int, int)>();
        int exactDuplicates = 0;
        var signature = new uint[hasher.Length];
        var sets = new ulong[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            var id = Pipeline.ContentId(texts[i].Text);
            if (!exactIds.TryAdd(id, i))
            {
                exactDuplicates++;
            }
            var set = sets[i] = Shingler.Shingles(texts[i].Text);
            if (set.Length == 0)
            {
                continue; // an empty article is nobody's near-duplicate
            }
            hasher.Signature(set, signature);
            foreach (var hit in index.QueryExact(signature, set, key => sets[key]))
            {
                lshPairs.Add(((int)hit.Key, i));
            }
            index.Add(i, signature);
        }
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"index + query of all: {seconds:F1} s ({texts.Count / seconds:F0} articles/s); exact duplicates: {exactDuplicates}; near-duplicate pairs (J ≥ 0.8, candidates verified exactly): {lshPairs.Count}");
        Marsad.Bench.Report.BenchResults.Record("dedup.minutes", seconds / 60, "min");
        Marsad.Bench.Report.BenchResults.Record("dedup.pairs", lshPairs.Count);
        Marsad.Bench.Report.BenchResults.Record("dedup.peak", Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0, "MB");
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB");

        // Brute force on whole days: every pair of their articles.
        var chosen = texts.Select((t, i) => (t.Day, i)).GroupBy(t => t.Day).Take(days).SelectMany(g => g.Select(t => t.i)).ToArray();
        var shingles = chosen.ToDictionary(i => i, i => sets[i] ?? []);
        var truth = new HashSet<(int, int)>();
        clock.Restart();
        for (var a = 0; a < chosen.Length; a++)
        {
            for (var b = a + 1; b < chosen.Length; b++)
            {
                var (x, y) = (chosen[a], chosen[b]);
                if (shingles[x].Length > 0 && shingles[y].Length > 0 && Shingler.Jaccard(shingles[x], shingles[y]) >= 0.8)
                {
                    truth.Add((Math.Min(x, y), Math.Max(x, y)));
                }
            }
        }
        var inSample = chosen.ToHashSet();
        var predicted = lshPairs.Where(p => inSample.Contains(p.Item1) && inSample.Contains(p.Item2)).ToHashSet();
        var tp = predicted.Count(truth.Contains);
        var precision = predicted.Count == 0 ? 1 : (double)tp / predicted.Count;
        var recall = truth.Count == 0 ? 1 : (double)tp / truth.Count;
        foreach (var (x, y) in predicted.Where(p => !truth.Contains(p)).Take(8))
        {
            Console.WriteLine($"  false pair: exact J {Shingler.Jaccard(shingles[x], shingles[y]):F3}, sizes {shingles[x].Length}/{shingles[y].Length}");
        }
        foreach (var (x, y) in truth.Where(p => !predicted.Contains(p)).Take(8))
        {
            Console.WriteLine($"  missed pair: exact J {Shingler.Jaccard(shingles[x], shingles[y]):F3}, estimate {MinHasher.Similarity(hasher.Signature(shingles[x]), hasher.Signature(shingles[y])):F3}, sizes {shingles[x].Length}/{shingles[y].Length}");
        }
        Marsad.Bench.Report.BenchResults.Record("dedup.precision", precision);
        Marsad.Bench.Report.BenchResults.Record("dedup.recall", recall);
        Marsad.Bench.Report.BenchResults.Record("dedup.true_pairs", truth.Count);
        Console.WriteLine($"brute force over {chosen.Length} articles of {days} days ({(long)chosen.Length * (chosen.Length - 1) / 2} pairs) in {clock.Elapsed.TotalSeconds:F1} s: " +
            $"true pairs {truth.Count}, LSH pairs {predicted.Count}, precision {precision:F3}, recall {recall:F3}");
        return 0;
    }
}
