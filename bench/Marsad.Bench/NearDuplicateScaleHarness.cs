using System.Diagnostics;
using Marsad.Core.Stories;

namespace Marsad.Bench;

/// <summary>
/// <c>near-duplicate-scale [N]</c>: the LSH index at the scale of a year of crawl. Fills it with
/// N synthetic articles (default 1,000,000) whose shingle sets are random, plus a tenth of them
/// reprinted with a tenth of their shingles changed; then times queries of fresh articles and
/// of reprints, and prints memory.
/// </summary>
public sealed class NearDuplicateScaleHarness : IHarness
{
    /// <inheritdoc/>
    public string Name => "near-duplicate-scale";

    /// <inheritdoc/>
    public string Description => "LSH index with 1M synthetic articles: memory and query latency [N]";

    /// <inheritdoc/>
    public int Run(string[] args)
    {
        var n = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
        var random = new Random(11);
        var hasher = new MinHasher();
        var index = new NearDuplicateIndex();
        var signature = new uint[hasher.Length];
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var originals = new List<ulong[]>();
        for (var i = 0; i < n; i++)
        {
            var set = Shingles(random, 300);
            hasher.Signature(set, signature);
            index.Add(i, signature);
            if (i % 10_000 == 0)
            {
                originals.Add(set);
            }
        }
        var build = clock.Elapsed.TotalSeconds;
        var memory = (GC.GetTotalMemory(forceFullCollection: true) - before) / 1048576.0;

        var fresh = Time(index, hasher, Enumerable.Range(0, 1000).Select(_ => Shingles(random, 300)).ToList(), out var freshHits);
        var reprints = Time(index, hasher, originals.Select(o => Edit(random, o, 0.1)).ToList(), out var reprintHits);
        Console.WriteLine($"{n:N0} articles indexed in {build:F1} s; index memory {memory:F0} MB ({memory * 1048576 / n:F0} B per article); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB");
        Console.WriteLine($"query, fresh article: mean {fresh.Mean * 1000:F1} µs, p99 {fresh.P99 * 1000:F1} µs ({freshHits} false matches in 1,000)");
        Console.WriteLine($"query, reprint with 10% of shingles changed: mean {reprints.Mean * 1000:F1} µs, p99 {reprints.P99 * 1000:F1} µs ({reprintHits} of {originals.Count} found)");
        return 0;
    }

    private static (double Mean, double P99) Time(NearDuplicateIndex index, MinHasher hasher, List<ulong[]> queries, out int found)
    {
        found = 0;
        var times = new List<double>();
        var signature = new uint[hasher.Length];
        foreach (var q in queries)
        {
            hasher.Signature(q, signature);
            var clock = Stopwatch.StartNew();
            found += index.Query(signature).Count > 0 ? 1 : 0;
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (times.Average(), times[(int)(times.Count * 0.99) - 1]);
    }

    private static ulong[] Shingles(Random random, int count)
    {
        var set = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            set[i] = (ulong)random.NextInt64();
        }
        Array.Sort(set);
        return set;
    }

    // Replacing a tenth of 300 shingles gives Jaccard 270/330 ≈ 0.82: a near-duplicate.
    private static ulong[] Edit(Random random, ulong[] original, double share)
    {
        var copy = (ulong[])original.Clone();
        for (var i = 0; i < copy.Length * share; i++)
        {
            copy[random.Next(copy.Length)] = (ulong)random.NextInt64();
        }
        Array.Sort(copy);
        return copy;
    }
}
