using System.Diagnostics;
using System.Globalization;
using Marsad.Core.Stories;

namespace Marsad.Bench;

/// <summary>
/// <c>stories</c>: clusters all of SaudiNewsNet into stories and prints time, memory, the
/// size distribution, whether wire reprints (other outlets' articles sharing ≥ 50% of
/// their shingles with a Saudi Press Agency article of the days it appears) landed in the
/// agency article's story, and a few multi-outlet stories to read.
/// </summary>
public sealed class StoriesHarness : IHarness
{
    /// <inheritdoc/>
    public string Name => "stories";

    /// <inheritdoc/>
    public string Description => "story clustering of SaudiNewsNet: time, memory, sizes, wire reprints grouped";

    /// <inheritdoc/>
    public int Run(string[] args)
    {
        if (!Directory.Exists(SaudiArticle.Folder))
        {
            Console.Error.WriteLine($"stories: {SaudiArticle.Folder} is absent");
            return 3;
        }
        var raw = SaudiArticle.ReadAll().ToList();
        var articles = raw.Select((a, i) => new StoryArticle
        {
            Id = i.ToString("D6", CultureInfo.InvariantCulture),
            Date = a.Fetched,
            Source = a.Source,
            Title = a.Title,
            Text = a.Content,
        }).ToList();

        var clock = Stopwatch.StartNew();
        var stories = StoryClusterer.Cluster(articles);
        var seconds = clock.Elapsed.TotalSeconds;
        Marsad.Bench.Report.BenchResults.Record("stories.minutes", seconds / 60, "min");
        Marsad.Bench.Report.BenchResults.Record("stories.count", stories.Count);
        Marsad.Bench.Report.BenchResults.Record("stories.peak", Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0, "MB");
        Console.WriteLine($"{articles.Count} articles → {stories.Count} stories in {seconds:F1} s ({articles.Count / seconds:F0} articles/s); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB");
        var sizes = stories.GroupBy(s => s.ArticleIds.Count switch { 1 => "1", <= 3 => "2-3", <= 10 => "4-10", <= 50 => "11-50", _ => ">50" })
            .ToDictionary(g => g.Key, g => g.Count());
        Console.WriteLine("story sizes: " + string.Join(", ", new[] { "1", "2-3", "4-10", "11-50", ">50" }.Select(k => $"{k}: {sizes.GetValueOrDefault(k)}")));

        var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in stories)
        {
            foreach (var id in s.ArticleIds)
            {
                storyOf[id] = s.Id;
            }
        }
        // Wire reprints on the days the agency (source "was") appears: its articles × every other outlet's.
        var days = raw.Where(a => a.Source == "was").Select(a => a.Day).ToHashSet();
        var sample = Enumerable.Range(0, raw.Count).Where(i => days.Contains(raw[i].Day)).ToArray();
        var shingles = sample.ToDictionary(i => i, i => Shingler.Shingles(raw[i].Content));
        int pairs = 0, together = 0;
        foreach (var w in sample.Where(i => raw[i].Source == "was" && shingles[i].Length > 0))
        {
            foreach (var o in sample.Where(i => raw[i].Source != "was" && shingles[i].Length > 0))
            {
                if (Shingler.Jaccard(shingles[w], shingles[o]) >= 0.5)
                {
                    pairs++;
                    together += storyOf[articles[w].Id] == storyOf[articles[o].Id] ? 1 : 0;
                }
            }
        }
        Marsad.Bench.Report.BenchResults.Record("stories.wire_share", pairs == 0 ? 1 : (double)together / pairs);
        Console.WriteLine($"wire reprints (J ≥ 0.5 with an SPA article, agency days): {pairs}, in the agency article's story: {together} ({(pairs == 0 ? 1 : (double)together / pairs):P1})");

        var random = new Random(7);
        foreach (var s in stories.Where(s => s.ArticleIds.Select(id => raw[int.Parse(id, CultureInfo.InvariantCulture)].Source).Distinct().Count() >= 3).OrderBy(_ => random.Next()).Take(4))
        {
            Console.WriteLine($"-- story {s.Id}: {s.ArticleIds.Count} articles, {s.FirstDate}..{s.LastDate}");
            foreach (var id in s.ArticleIds.Take(6))
            {
                var a = raw[int.Parse(id, CultureInfo.InvariantCulture)];
                Console.WriteLine($"   [{a.Source}] {a.Title}");
            }
        }
        return 0;
    }
}
