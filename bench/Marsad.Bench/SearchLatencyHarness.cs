using System.Diagnostics;
using Marsad.Storage.Search;
using Marsad.Storage.Sqlite;

namespace Marsad.Bench;

/// <summary>
/// <c>search-latency --data DIR</c>: latency of <see cref="SqliteArticleStore.SearchAsync"/> over
/// a store built beforehand (e.g. <c>marsad ingest ../shared/data/saudinewsnet --data DIR</c>):
/// our own queries (single words, pairs, names, phrases), each run cold then five times warm; prints
/// p50, p95 and max of each query's best warm run.
/// </summary>
public sealed class SearchLatencyHarness : IHarness
{
    private static readonly string[] Queries =
    [
        "وزير", "الخارجية", "مفاوضات", "اليمن", "الحوثيين", "إيران", "الاتفاق النووي", "سوق الأسهم", "النفط",
        "أسعار النفط", "الهلال", "النصر", "الدوري", "كأس", "التعليم", "وزارة الصحة", "كورونا", "الحج", "العمرة",
        "مكة المكرمة", "المدينة المنورة", "الرياض", "جدة", "الدمام", "أمير منطقة", "خادم الحرمين الشريفين",
        "\"خادم الحرمين\"", "\"وزير الخارجية\"", "عادل الجبير", "أوباما", "بوتين", "داعش", "الإرهاب", "تفجير",
        "مسجد", "القطيف", "الكويت", "البحرين", "قطر", "الإمارات", "مصر", "السيسي", "سوريا", "الأسد", "العراق",
        "بغداد", "لبنان", "حزب الله", "تركيا", "أردوغان", "الطقس", "أمطار", "الإسكان", "البطالة", "التوظيف",
        "السعودة", "الميزانية", "الاستثمار", "العقار", "البنوك", "ساما", "المرور", "حوادث", "الدفاع المدني",
        "هيئة الأمر بالمعروف", "المرأة", "الشباب", "الجامعة", "الطلاب", "المعلمين", "رمضان", "العيد",
    ];

    /// <inheritdoc/>
    public string Name => "search-latency";

    /// <inheritdoc/>
    public string Description => "search latency (p50/p95/max) over an existing store: --data DIR";

    /// <inheritdoc/>
    public int Run(string[] args)
    {
        var data = args.SkipWhile(a => a != "--data").Skip(1).FirstOrDefault();
        if (data is null || !SqliteArticleStore.Exists(data))
        {
            Console.Error.WriteLine("search-latency: give --data DIR of a store (marsad ingest ../shared/data/saudinewsnet --data DIR)");
            return 2;
        }
        using var store = SqliteArticleStore.Open(data);
        var stats = store.GetStatsAsync().GetAwaiter().GetResult();
        // Best of five warm runs per query: on a machine shared with other jobs a run is often preempted, and the
        // best run is the one that shows what the query costs.
        var warm = new List<double>();
        long hits = 0;
        foreach (var query in Queries)
        {
            var request = new SearchRequest { Query = query, Limit = 10 };
            hits += store.SearchAsync(request).GetAwaiter().GetResult().Total; // cold: first touch of its pages
            var best = double.MaxValue;
            for (var run = 0; run < 5; run++)
            {
                var clock = Stopwatch.StartNew();
                store.SearchAsync(request).GetAwaiter().GetResult();
                best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
            }
            warm.Add(best);
        }
        warm.Sort();
        double At(double q) => warm[Math.Min(warm.Count - 1, (int)Math.Ceiling(q * warm.Count) - 1)];
        Console.WriteLine($"{stats.Articles} articles, {Queries.Length} queries (top 10 with snippets, best of 5 warm runs): p50 {At(0.5):F1} ms, p95 {At(0.95):F1} ms, max {warm[^1]:F1} ms; {hits / Queries.Length} matches per query on average");
        return 0;
    }
}
