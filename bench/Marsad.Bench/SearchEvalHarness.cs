using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dapper;
using Marsad.Bench.SearchEval;
using Marsad.Core.Documents;
using Marsad.Storage;
using Marsad.Storage.Search;
using Marsad.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Marsad.Bench;

/// <summary>
/// <c>search-eval --data DIR [--work DIR] [--pool FILE] [--depth N] [--per-query]</c>: ranking quality and
/// latency of Marsad's FTS5 search against Lucene.Net over the articles of a store (e.g. SaudiNewsNet,
/// <c>marsad ingest ../shared/data/saudinewsnet --data DIR</c>). In one process it re-ingests the
/// store's documents into a fresh store (so the index holds the current search terms) and builds
/// Lucene indexes (its ArabicAnalyzer; our terms), runs the queries of <c>eval/search/queries.tsv</c>
/// and scores them with the graded judgments of <c>eval/search/qrels.tsv</c>: nDCG@10, P@10, MRR,
/// unjudged results in the top 10, and warm latency p50/p95. <c>--pool FILE</c> writes the union of
/// every system's top N (20) per query, with titles and passages, for judging.
/// </summary>
public sealed class SearchEvalHarness : IHarness
{
    private const int Runs = 3;

    /// <inheritdoc/>
    public string Name => "search-eval";

    /// <inheritdoc/>
    public string Description => "FTS5 vs Lucene.Net: nDCG@10, P@10, MRR, p50/p95 over eval/search: --data DIR [--pool FILE]";

    /// <inheritdoc/>
    public int Run(string[] args)
    {
        string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var data = Arg("--data");
        if (data is null || !SqliteArticleStore.Exists(data))
        {
            Console.Error.WriteLine("search-eval: give --data DIR of a store (marsad ingest ../shared/data/saudinewsnet --data DIR)");
            return 2;
        }
        var work = Arg("--work") ?? Path.Combine(Path.GetTempPath(), "marsad-search-eval");
        var depth = int.Parse(Arg("--depth") ?? "20", CultureInfo.InvariantCulture);
        var documents = ReadDocuments(Path.Combine(data, SqliteArticleStore.FileName));
        var docs = documents.Select(d => new EvalDoc(d.Id, d.Url, d.Title, d.Text)).ToList();
        var byId = docs.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var idByUrl = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in docs.Where(d => d.Url is not null))
        {
            idByUrl.TryAdd(d.Url!, d.Id);
        }
        var judgments = Judgments.Load(Judgments.Folder, byId.Keys.ToHashSet(StringComparer.Ordinal), idByUrl);
        Console.WriteLine($"{docs.Count} articles, {judgments.Queries.Count} queries, {judgments.Queries.Sum(q => judgments.JudgedCount(q.Id))} judgments");

        var systems = new List<ISearchSystem>();
        try
        {
            // --reuse-fts keeps the store of an earlier run: fine while the indexed terms (SearchTerms) are unchanged.
            var fts = Path.Combine(work, "fts");
            systems.Add(args.Contains("--reuse-fts") && SqliteArticleStore.Exists(fts) ? new FtsSystem(SqliteArticleStore.Open(fts)) : BuildFts(fts, documents));
            systems.Add(Timed(() => LuceneSystem.Build("lucene ArabicAnalyzer", Path.Combine(work, "lucene-arabic"), docs, ourTerms: false)));
            systems.Add(Timed(() => LuceneSystem.Build("lucene our terms", Path.Combine(work, "lucene-ours"), docs, ourTerms: true)));
            systems.Add(Timed(() => LuceneSystem.Build("lucene ArabicAnalyzer OR", Path.Combine(work, "lucene-arabic-or"), docs, ourTerms: false, anyWord: true)));
            var rankings = systems.ToDictionary(s => s.Name, s => judgments.Queries.ToDictionary(q => q.Id, q => s.Search(q.Text, depth)));
            if (Arg("--pool") is { } pool)
            {
                WritePool(pool, judgments, systems, rankings, byId, depth);
            }
            Report(judgments, systems, rankings, args.Contains("--per-query"));
            if (Arg("--show") is { } show)
            {
                Show(judgments, systems, rankings, byId, show.Split(','));
            }
            return 0;
        }
        finally
        {
            foreach (var s in systems)
            {
                s.Dispose();
            }
        }
    }

    private static List<Document> ReadDocuments(string database)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return [.. connection.Query<string>("SELECT document FROM articles ORDER BY rowid").Select(j => DocumentJson.Deserialize(j)!)];
    }

    private static FtsSystem BuildFts(string folder, List<Document> documents)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        var clock = Stopwatch.StartNew();
        var store = SqliteArticleStore.Open(folder);
        foreach (var batch in documents.Chunk(500))
        {
            store.WriteAsync([.. batch.Select(d => new StoreEntry(d, "search-eval"))]).GetAwaiter().GetResult();
        }
        Console.WriteLine($"fts5 (ours): ingested in {clock.Elapsed.TotalSeconds:F1} s (articles with entities, quotes, events and the index)");
        return new FtsSystem(store);
    }

    private static LuceneSystem Timed(Func<LuceneSystem> build)
    {
        var system = build();
        Console.WriteLine($"{system.Name}: indexed in {system.BuildTime.TotalSeconds:F1} s");
        return system;
    }

    private static void Report(Judgments judgments, List<ISearchSystem> systems, Dictionary<string, Dictionary<string, IReadOnlyList<string>>> rankings, bool perQuery)
    {
        Console.WriteLine();
        Console.WriteLine($"{"system",-26} {"nDCG@10",8} {"P@10",6} {"MRR",6} {"unjudged@10",12} {"p50 ms",7} {"p95 ms",7}");
        foreach (var system in systems)
        {
            var r = rankings[system.Name];
            var qs = judgments.Queries;
            var ndcg = qs.Average(q => judgments.Ndcg(q.Id, r[q.Id]));
            var p10 = qs.Average(q => judgments.PrecisionAt(q.Id, r[q.Id]));
            var mrr = qs.Average(q => judgments.ReciprocalRank(q.Id, r[q.Id]));
            var unjudged = qs.Sum(q => judgments.Unjudged(q.Id, r[q.Id]));
            var (p50, p95) = Latency(system, qs);
            Console.WriteLine($"{system.Name,-26} {ndcg,8:F3} {p10,6:F3} {mrr,6:F3} {unjudged,12} {p50,7:F1} {p95,7:F1}");
        }
        // Paired comparison with the first system, query by query: wins/losses on nDCG@10 and a two-sided sign-flip
        // randomization test of the mean difference (10,000 draws, fixed seed), so a gap can be told from noise.
        var baseline = systems[0];
        var random = new Random(8);
        foreach (var system in systems.Skip(1))
        {
            var diffs = judgments.Queries.Select(q => judgments.Ndcg(q.Id, rankings[system.Name][q.Id]) - judgments.Ndcg(q.Id, rankings[baseline.Name][q.Id])).ToList();
            var observed = Math.Abs(diffs.Average());
            var extreme = Enumerable.Range(0, 10_000).Count(_ => Math.Abs(diffs.Average(d => random.Next(2) == 0 ? d : -d)) >= observed - 1e-12);
            Console.WriteLine($"{system.Name} vs {baseline.Name}: mean nDCG@10 difference {diffs.Average():+0.000;-0.000}, better on {diffs.Count(d => d > 1e-9)}, worse on {diffs.Count(d => d < -1e-9)} of {diffs.Count} queries, p = {extreme / 10_000.0:F3}");
        }
        if (!perQuery)
        {
            return;
        }
        Console.WriteLine();
        Console.WriteLine("nDCG@10 per query: " + string.Join(" | ", systems.Select(s => s.Name)));
        foreach (var q in judgments.Queries)
        {
            var cells = systems.Select(s => judgments.Ndcg(q.Id, rankings[s.Name][q.Id]).ToString("F2", CultureInfo.InvariantCulture));
            Console.WriteLine($"{q.Id} {q.Kind,-8} {string.Join(' ', cells)}  {q.Text}");
        }
    }

    // Each system's top 10 for some queries, with grades (? = unjudged): for reading what a ranking does wrong.
    private static void Show(Judgments judgments, List<ISearchSystem> systems,
        Dictionary<string, Dictionary<string, IReadOnlyList<string>>> rankings, Dictionary<string, EvalDoc> byId, string[] queries)
    {
        foreach (var q in judgments.Queries.Where(q => queries.Contains(q.Id)))
        {
            foreach (var system in systems)
            {
                Console.WriteLine($"--- {q.Id} {q.Text} | {system.Name}");
                foreach (var id in rankings[system.Name][q.Id].Take(10))
                {
                    var d = byId[id];
                    Console.WriteLine($"  {judgments.Grade(q.Id, id)?.ToString(CultureInfo.InvariantCulture) ?? "?"} {d.Title[..Math.Min(70, d.Title.Length)]} ({d.Text.Length} chars)");
                }
            }
        }
    }

    // Warm latency of the top 10: one untimed run per query, then Runs timed runs; percentiles over every timed run.
    private static (double P50, double P95) Latency(ISearchSystem system, IReadOnlyList<EvalQuery> queries)
    {
        var times = new List<double>();
        foreach (var q in queries)
        {
            system.Search(q.Text, 10);
            for (var i = 0; i < Runs; i++)
            {
                var clock = Stopwatch.StartNew();
                system.Search(q.Text, 10);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        times.Sort();
        double At(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p * times.Count) - 1)];
        return (At(0.5), At(0.95));
    }

    // The pool: per query, the union of every system's top N, in id order (so no system's order shows), with
    // grade (when judged), title, the text's opening and the passage around the query words.
    private static void WritePool(string path, Judgments judgments, List<ISearchSystem> systems,
        Dictionary<string, Dictionary<string, IReadOnlyList<string>>> rankings, Dictionary<string, EvalDoc> byId, int depth)
    {
        var output = new StringBuilder();
        foreach (var q in judgments.Queries)
        {
            output.Append(CultureInfo.InvariantCulture, $"## {q.Id}\t{q.Text}\t{q.Need}\n");
            var ids = systems.SelectMany(s => rankings[s.Name][q.Id].Take(depth)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            var stems = FtsQuery.Parse(q.Text).Stems;
            foreach (var id in ids)
            {
                var d = byId[id];
                var opening = Flat(d.Text.Length > 200 ? d.Text[..200] : d.Text);
                var (snippet, _) = Snippets.Build(d.Text, stems);
                var grade = judgments.Grade(q.Id, id)?.ToString(CultureInfo.InvariantCulture) ?? "?";
                output.Append(CultureInfo.InvariantCulture, $"{q.Id}\t{id}\t{d.Url}\t{grade}\t{Flat(d.Title)}\t{opening}\t{Flat(snippet)}\n");
            }
        }
        File.WriteAllText(path, output.ToString());
        Console.WriteLine($"pool written to {path}");
    }

    private static string Flat(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
