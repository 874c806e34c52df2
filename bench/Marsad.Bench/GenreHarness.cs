using System.Globalization;
using Marsad.Core.Extraction;

namespace Marsad.Bench;

/// <summary>
/// <c>genre [--errors] [--count N]</c>: precision and recall of "opinion" (<see cref="GenreClassifier"/>) on the
/// hand-labelled SaudiNewsNet records of <c>eval/genre/genre.tsv</c>, each read as <c>extract</c> reads the corpus;
/// the recall and precision also at other score thresholds, to show the curve. <c>--errors</c> lists the wrong keys
/// with their score (no text). <c>--count N</c>: how many of the first N corpus records are classed opinion.
/// </summary>
public sealed class GenreHarness : IHarness
{
    /// <inheritdoc/>
    public string Name => "genre";

    /// <inheritdoc/>
    public string Description => "opinion/news genre classifier vs eval/genre/genre.tsv [--errors] | --count N";

    /// <inheritdoc/>
    public int Run(string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        if (!Directory.Exists(SaudiArticle.Folder))
        {
            Console.Error.WriteLine($"genre: skipped: {SaudiArticle.Folder} is absent");
            return 3;
        }
        var extractor = new ArticleExtractor();
        if (Option("--count") is { } count)
        {
            var n = int.Parse(count, CultureInfo.InvariantCulture);
            var opinion = NewsCorpusReader.Read(SaudiArticle.Folder, n).Where(r => r.Page is not null)
                .Count(r => extractor.Extract(r.Page!).Genre == ArticleGenre.Opinion);
            Console.WriteLine($"genre: {opinion} of the first {n} records classed opinion");
            return 0;
        }
        var path = Path.Combine(EventGoldFile.RepositoryRoot(), "eval", "genre", "genre.tsv");
        var labels = File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'))
            .ToDictionary(f => f[0], f => f[1] == "opinion", StringComparer.Ordinal);
        var pages = EventRealHarness.Pages(labels.Keys.ToHashSet(StringComparer.Ordinal));
        var rows = labels.Select(l =>
        {
            var article = extractor.Extract(pages[l.Key]);
            return (l.Key, Opinion: l.Value, article.Genre, Score: GenreClassifier.Score(article.Text));
        }).ToList();
        int tp = rows.Count(r => r.Opinion && r.Genre == ArticleGenre.Opinion), fp = rows.Count(r => !r.Opinion && r.Genre == ArticleGenre.Opinion);
        var fn = rows.Count(r => r.Opinion && r.Genre == ArticleGenre.News);
        double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp), rec = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        Marsad.Bench.Report.BenchResults.Record("genre.opinion.precision", p);
        Marsad.Bench.Report.BenchResults.Record("genre.opinion.recall", rec);
        Console.WriteLine($"genre ({rows.Count} records, {rows.Count(r => r.Opinion)} opinion): opinion P={p:F3} R={rec:F3} (tp {tp}, fp {fp}, fn {fn})");
        Console.WriteLine("  by the text score alone (no url section, no footer), at thresholds:");
        foreach (var threshold in new[] { -1.0, 0.0, 0.5, 1.0, 2.0 })
        {
            int t = rows.Count(r => r.Opinion && r.Score > threshold), f = rows.Count(r => !r.Opinion && r.Score > threshold);
            Console.WriteLine($"    > {threshold,4:F1}: P={(t + f == 0 ? 0 : (double)t / (t + f)):F3} R={(double)t / Math.Max(1, rows.Count(r => r.Opinion)):F3} (tp {t}, fp {f})");
        }
        if (args.Contains("--errors"))
        {
            foreach (var r in rows.Where(r => r.Opinion != (r.Genre == ArticleGenre.Opinion)))
            {
                Console.WriteLine($"  {(r.Opinion ? "FN" : "FP")} {r.Key} {pages[r.Key].Source} score {r.Score:F1}");
            }
        }
        return 0;
    }
}
