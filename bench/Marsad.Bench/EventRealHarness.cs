using System.Globalization;
using System.Text;
using Marsad.Core;
using Marsad.Core.Events;
using Marsad.Core.Events.Coding;
using Marsad.Core.Reading;
using Marsad.Core.Stories;

namespace Marsad.Bench;

/// <summary>
/// <c>events-real [--split dev|test|all] [--errors] [--file F]</c>: the coder on whole real articles. Each article of
/// <c>eval/events-real/real.tsv</c> is read from SaudiNewsNet as <c>extract</c> reads it, run through the
/// pipeline, and its events are matched to the annotation at (source country, target country, PLOVER type)
/// as multisets, like the gold set (<see cref="GoldScore"/>); P, R, F1 per split. <c>--errors</c> lists the
/// mismatches of the DEV half only: the test half is scored, never studied. A second line per split scores the events as the
/// store serves them (<c>marsad events</c>): merged within the article by <see cref="EventMerger"/> as a story of one article,
/// so an act told in the headline and again in the body counts once, as the annotation guide codes it.
/// <c>events-real --draw N --seed S --out FILE</c> writes N articles drawn at random from the whole corpus
/// (key, url, title, text; the sample keeps only the url's hash) to a file outside the repository, for annotation.
/// </summary>
public sealed class EventRealHarness : IHarness
{
    /// <inheritdoc/>
    public string Name => "events-real";

    /// <inheritdoc/>
    public string Description => "event coder on whole SaudiNewsNet articles vs eval/events-real/real.tsv [--split dev|test|all] [--errors] | --draw N --seed S --out FILE";

    /// <inheritdoc/>
    public int Run(string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        if (!Directory.Exists(SaudiArticle.Folder))
        {
            Console.Error.WriteLine($"events-real: skipped: {SaudiArticle.Folder} is absent");
            return 3;
        }
        if (Option("--draw") is { } draw)
        {
            return Draw(int.Parse(draw, CultureInfo.InvariantCulture), int.Parse(Option("--seed") ?? "10", CultureInfo.InvariantCulture), Option("--out") ?? "events-real-draw.txt");
        }
        var split = Option("--split") ?? "all";
        var errors = args.Contains("--errors");
        var path = Option("--file") ?? Path.Combine(EventGoldFile.RepositoryRoot(), "eval", "events-real", "real.tsv");
        IReadOnlyList<RealArticle> sample;
        using (var reader = new StreamReader(path))
        {
            sample = RealEventSample.Load(reader, path, CameoCodes.Default);
        }
        var pages = Pages(sample.Select(a => a.Key).ToHashSet(StringComparer.Ordinal));
        var pipeline = new Pipeline();
        var totals = new Dictionary<string, GoldScore>(StringComparer.Ordinal) { ["dev"] = new(0, 0, 0), ["test"] = new(0, 0, 0) };
        var merged = new Dictionary<string, GoldScore>(StringComparer.Ordinal) { ["dev"] = new(0, 0, 0), ["test"] = new(0, 0, 0) };
        var events = new Dictionary<string, int>(StringComparer.Ordinal) { ["dev"] = 0, ["test"] = 0 };
        var opinions = new Dictionary<string, int>(StringComparer.Ordinal) { ["dev"] = 0, ["test"] = 0 };
        foreach (var article in sample.Where(a => split == "all" || a.Split == split))
        {
            if (!pages.TryGetValue(article.Key, out var page) || !article.HasUrl(page.Url))
            {
                Console.Error.WriteLine($"events-real: {article.Key} (line {article.Line}) is not the article whose url hashes to {article.UrlHash}");
                return 1;
            }
            var document = pipeline.Process(page);
            var coded = document.Events;
            if (document.Genre == Marsad.Core.Extraction.ArticleGenre.Opinion)
            {
                opinions[article.Split]++;
            }
            var score = GoldScore.Of(article.AsGold(), coded);
            totals[article.Split] += score;
            merged[article.Split] += GoldScore.Of(article.AsGold(), MergedInArticle(document));
            events[article.Split] += article.Events.Count;
            if (errors && article.Split == "dev" && (score.FalsePositives > 0 || score.FalseNegatives > 0))
            {
                PrintErrors(article, page, coded, document.Genre);
            }
        }
        foreach (var (name, score) in totals.Where(t => split == "all" || t.Key == split))
        {
            var f1 = score.Precision + score.Recall == 0 ? 0 : 2 * score.Precision * score.Recall / (score.Precision + score.Recall);
            Marsad.Bench.Report.BenchResults.Record($"events.real.{name}.precision", score.Precision);
            Marsad.Bench.Report.BenchResults.Record($"events.real.{name}.recall", score.Recall);
            Console.WriteLine($"real news {name} ({sample.Count(a => a.Split == name)} articles, {opinions[name]} classed opinion, {events[name]} annotated events): P={score.Precision:F3} R={score.Recall:F3} F1={f1:F3} (tp {score.TruePositives}, fp {score.FalsePositives}, fn {score.FalseNegatives}) at (source country, target country, PLOVER)");
            var m = merged[name];
            Marsad.Bench.Report.BenchResults.Record($"events.real.{name}.merged.precision", m.Precision);
            Marsad.Bench.Report.BenchResults.Record($"events.real.{name}.merged.recall", m.Recall);
            Console.WriteLine($"real news {name}, merged in the article as the store serves them: P={m.Precision:F3} R={m.Recall:F3} (tp {m.TruePositives}, fp {m.FalsePositives}, fn {m.FalseNegatives})");
        }
        return 0;
    }

    // The article's events as the store keeps them: merged by EventMerger as a story of this one article (an act the headline and
    // the body both tell is one event), each represented by the report the merged event cites, with its actors.
    internal static IReadOnlyList<Event> MergedInArticle(Marsad.Core.Documents.Document document)
    {
        var story = new Story(document.Id, document.Title ?? "", document.Published, document.Published, [document.Id]);
        var reports = document.Events.Select(e => new ReportedEvent(document.Id, document.Source, document.Published, e)).ToList();
        // One trigger may give events of several pairs: the cited report is found by its evidence and the merged event's key.
        return EventMerger.Merge(story, reports)
            .Select(m => document.Events.First(e => e.Start == m.Evidence.Start && e.TriggerStart == m.Evidence.TriggerStart && e.Plover == m.Plover
                && e.Negated == m.Negated) with
            { Source = m.Source, Target = m.Target })
            .ToList();
    }

    // The keyed pages, read as the extract verb reads the corpus (title line, then the article).
    internal static Dictionary<string, RawPage> Pages(HashSet<string> keys)
    {
        var pages = new Dictionary<string, RawPage>(StringComparer.Ordinal);
        foreach (var result in NewsCorpusReader.Read(SaudiArticle.Folder))
        {
            if (result.Page is { } page && keys.Contains(Key(page.Origin)))
            {
                pages[Key(page.Origin)] = page;
            }
        }
        return pages;
    }

    internal static string Key(string origin) => origin[(origin.IndexOf('/', StringComparison.Ordinal) + 1)..];

    // Each coded event marked ok or FP against what is left of the annotation, then the annotated events left over (FN).
    private static void PrintErrors(RealArticle article, RawPage page, IReadOnlyList<Event> coded, Marsad.Core.Extraction.ArticleGenre genre)
    {
        var remaining = article.Events.Select((e, i) => (Event: e, Anchor: article.Anchors[i]))
            .Where(x => x.Event.Mode != EventMode.Hypothetical).ToList();
        Console.WriteLine($"== {article.Key} [{genre}] {page.Title}");
        foreach (var e in coded)
        {
            var triple = (GoldScore.Country(e.Source), GoldScore.Country(e.Target), e.Plover);
            var k = remaining.FindIndex(x => (GoldScore.Country(x.Event.Source), GoldScore.Country(x.Event.Target), x.Event.Plover) == triple);
            if (k >= 0)
            {
                remaining.RemoveAt(k);
            }
            Console.WriteLine($"  {(k >= 0 ? "ok" : "FP")} {e.Source?.Code ?? e.Source?.Text ?? "?"}>{e.Target?.Code ?? e.Target?.Text ?? "?"} {e.Plover.ToName()} {e.Cameo}{(e.Negated ? " neg" : "")}{(e.Mode is null ? "" : " " + e.Mode)} [{e.Trigger}] {Clip(e)}");
        }
        foreach (var (e, anchor) in remaining)
        {
            Console.WriteLine($"  FN {e.Source ?? "?"}>{e.Target ?? "?"} {e.Plover.ToName()} {e.Code.Code}{(anchor is null ? "" : " @" + anchor)}");
        }
    }

    // The sentence around the trigger (100 characters before it, 80 after): a long sentence's trigger may stand past its start.
    private static string Clip(Event e)
    {
        var at = Math.Clamp((e.TriggerStart ?? e.Start) - e.Start, 0, e.Sentence.Length);
        var from = Math.Max(0, at - 100);
        var to = Math.Min(e.Sentence.Length, at + 80);
        return (from > 0 ? "…" : "") + e.Sentence[from..to] + (to < e.Sentence.Length ? "…" : "");
    }

    // Uniform over every record with content in the whole corpus; the first half of the draw is dev, the second test.
    private static int Draw(int count, int seed, string output)
    {
        var all = NewsCorpusReader.Read(SaudiArticle.Folder).Where(r => r.Page is not null).Select(r => Key(r.Page!.Origin)).ToList();
        var random = new Random(seed);
        var chosen = all.OrderBy(_ => random.Next()).Take(count).ToList();
        var rank = chosen.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
        var pages = Pages(chosen.ToHashSet(StringComparer.Ordinal));
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false));
        foreach (var key in chosen)
        {
            var page = pages[key];
            writer.WriteLine($"##### {rank[key] + 1} {key}\t{(rank[key] < count / 2 ? "dev" : "test")}\t{page.Url}\t{page.Source}\t{page.FetchDate:yyyy-MM-dd}");
            writer.WriteLine(page.Content);
            writer.WriteLine();
        }
        Console.WriteLine($"events-real: {chosen.Count} of {all.Count} articles drawn with seed {seed} into {output}");
        return 0;
    }
}
