using System.Globalization;
using System.Text;
using System.Text.Json;
using Marsad.Core;
using Marsad.Core.Entities;
using Marsad.Core.Events;
using Marsad.Core.Language;

namespace Marsad.Bench;

/// <summary>
/// <c>quotes-real [--split dev|test|test2|all] [--errors] [--jsonl FILE]</c>: who said it, on real news. Each quotation of <c>eval/quotes-real/quotes.tsv</c>
/// (a SaudiNewsNet record, the first word of the quoted text and which occurrence of it) is looked up in the
/// pipeline's output for that article, or in <c>extract</c> output given with <c>--jsonl</c> (to score another
/// version), and its speaker is scored: the words right when they hold the annotated head word in at most eight
/// words (or are absent when nobody is named), the link right when it is the annotated actor (or none). Figures per
/// split; <c>--errors</c> lists the dev half's misses only (the test splits are scored, never studied).
/// <c>quotes-real --draw N --seed S --day YYYY-MM-DD --out FILE</c> writes N quotations drawn at random from one
/// day's output, each with the text before it and without the system's speaker, to a file outside the repository.
/// <c>quotes-real --text "…"</c> prints what the finder alone makes of a text of one's own (<c>\n</c> splits paragraphs).
/// </summary>
public sealed class QuoteRealHarness : IHarness
{
    private const int MaxSpeakerWords = 8;

    // Marks a speaker's word may carry inside the phrase (المهندس "الفرطيش"، (شينخوا): not part of the word.
    private static readonly char[] WordMarks = ['«', '»', '"', '“', '”', '(', ')', '،', ',', ':', '.', '-'];

    /// <inheritdoc/>
    public string Name => "quotes-real";

    /// <inheritdoc/>
    public string Description => "quote speakers on real SaudiNewsNet articles vs eval/quotes-real/quotes.tsv [--split dev|test|test2|all] [--errors] [--jsonl FILE] | --draw N --seed S --day D --out FILE | --text TEXT";

    /// <inheritdoc/>
    public int Run(string[] args)
    {
        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        if (!Directory.Exists(SaudiArticle.Folder))
        {
            Console.Error.WriteLine($"quotes-real: skipped: {SaudiArticle.Folder} is absent");
            return 3;
        }
        if (Option("--text") is { } sample)
        {
            // The finder alone on a text of one's own (paragraphs split with \n): each quotation and its speaker words.
            foreach (var q in Marsad.Core.Entities.Quotes.QuoteFinder.Find(sample.Replace("\\n", "\n", StringComparison.Ordinal)))
            {
                Console.WriteLine($"[{q.SpeakerText ?? "-"}] {q.Text}");
            }
            return 0;
        }
        if (Option("--draw") is { } draw)
        {
            return Draw(int.Parse(draw, CultureInfo.InvariantCulture), int.Parse(Option("--seed") ?? "1", CultureInfo.InvariantCulture),
                Option("--day") ?? "2015-07-27", Option("--out") ?? "quotes-real-draw.txt");
        }
        var path = Option("--file") ?? Path.Combine(EventGoldFile.RepositoryRoot(), "eval", "quotes-real", "quotes.tsv");
        var split = Option("--split") ?? "all";
        var gold = ReadGold(path).Where(g => split == "all" || g.Split == split).ToList();
        var found = Option("--jsonl") is { } jsonl ? FromJsonl(jsonl) : FromPipeline(gold.Select(g => g.Key).ToHashSet(StringComparer.Ordinal));
        foreach (var name in new[] { "dev", "test", "test2" }.Where(n => split == "all" || n == split))
        {
            var half = gold.Where(g => g.Split == name).ToList();
            if (Score(name, half, found, args.Contains("--errors") && name == "dev") is { } failure)
            {
                return failure;
            }
            // A half drawn from more than one day is also scored day by day: a rule is judged on each sample it was not written from.
            var days = half.GroupBy(g => g.Key[..g.Key.IndexOf(".zip", StringComparison.Ordinal)]).ToList();
            if (days.Count > 1)
            {
                foreach (var day in days)
                {
                    _ = Score($"{name}.{day.Key}", day.ToList(), found, false);
                }
            }
        }
        return 0;
    }

    // Scores one split; a non-null value is the exit code of a sample that no longer matches the corpus.
    private static int? Score(string split, List<GoldQuote> gold, Dictionary<string, FoundArticle> found, bool errors)
    {
        int located = 0, words = 0, links = 0, named = 0, namedWords = 0, linked = 0, linkedRight = 0;
        foreach (var g in gold)
        {
            if (!found.TryGetValue(g.Key, out var article) || article.UrlHash != g.UrlHash)
            {
                Console.Error.WriteLine($"quotes-real: {g.Key} (line {g.Line}) is missing or not the article whose url hashes to {g.UrlHash}");
                return 1;
            }
            var quote = article.Quotes.Where(q => FirstWord(q.Text) == g.Anchor).Skip(g.Occurrence - 1).FirstOrDefault();
            if (quote is null)
            {
                // The annotation points at the n-th found quotation opening with its anchor word: say which one is gone, so a
                // pointer shifted by a quotation no longer found twice can be told from a quotation lost.
                var count = article.Quotes.Count(q => FirstWord(q.Text) == g.Anchor);
                Console.Error.WriteLine($"quotes-real {split}: {g.Key} (line {g.Line}) «{g.Anchor}» #{g.Occurrence} not found ({count} found quotations open with it)");
                continue;
            }
            located++;
            var wordsRight = g.Head is null
                ? quote.SpeakerText is null
                : quote.SpeakerText is { } s && WordCount(s) <= MaxSpeakerWords && Normal(s).Split(' ').Any(w => w.Trim(WordMarks) == g.Head);
            var linkRight = quote.Speaker == g.Actor;
            words += wordsRight ? 1 : 0;
            links += linkRight ? 1 : 0;
            if (g.Head is not null)
            {
                named++;
                namedWords += wordsRight ? 1 : 0;
            }
            if (quote.Speaker is not null)
            {
                linked++;
                linkedRight += linkRight ? 1 : 0;
            }
            if (errors && !(wordsRight && linkRight))
            {
                Console.WriteLine($"{g.Key} «{g.Anchor}» #{g.Occurrence}: gold {g.Head ?? "-"} / {g.Actor ?? "-"}; got {quote.SpeakerText ?? "-"} / {quote.Speaker ?? "-"}");
            }
        }
        double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
        Marsad.Bench.Report.BenchResults.Record($"quotes.real.{split}.speaker", Ratio(words, located));
        Marsad.Bench.Report.BenchResults.Record($"quotes.real.{split}.link", Ratio(links, located));
        Console.WriteLine($"quotes-real {split}: {gold.Count} annotated quotations, {located} found; speaker words right {words}/{located} ({Ratio(words, located):F3}; "
            + $"of those with a named speaker {namedWords}/{named}); link right {links}/{located} ({Ratio(links, located):F3}; linked ones right {linkedRight}/{linked})");
        return null;
    }

    private sealed record GoldQuote(string Key, string Split, string UrlHash, string Anchor, int Occurrence, string? Head, string? Actor, int Line);

    private sealed record FoundArticle(string UrlHash, IReadOnlyList<Quote> Quotes);

    // key TAB url hash TAB anchor word TAB occurrence TAB head word or - TAB actor or -
    private static List<GoldQuote> ReadGold(string path)
    {
        var gold = new List<GoldQuote>();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }
            var f = text.Split('\t');
            if (f.Length != 7 || f[1] is not ("dev" or "test" or "test2") || !int.TryParse(f[4], CultureInfo.InvariantCulture, out var occurrence) || occurrence < 1)
            {
                throw new InvalidDataException($"{path}:{line}: expected key, dev|test|test2, url hash, anchor, occurrence (≥ 1), head word or -, actor or -");
            }
            gold.Add(new GoldQuote(f[0], f[1], f[2], Normal(f[3]), occurrence, f[5] == "-" ? null : Normal(f[5]), f[6] == "-" ? null : f[6], line));
        }
        return gold;
    }

    private static Dictionary<string, FoundArticle> FromPipeline(HashSet<string> keys)
    {
        var pipeline = new Pipeline();
        return EventRealHarness.Pages(keys).ToDictionary(
            p => p.Key,
            p => new FoundArticle(RealEventSample.HashUrl(p.Value.Url!), pipeline.Process(p.Value).Quotes),
            StringComparer.Ordinal);
    }

    // Documents as `extract` prints them (one JSON object a line), keyed as the sample keys them.
    private static Dictionary<string, FoundArticle> FromJsonl(string path)
    {
        var found = new Dictionary<string, FoundArticle>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var input = root.GetProperty("input").GetString()!;
            var zip = Path.GetFileName(input[..input.IndexOf(".zip", StringComparison.Ordinal)]) + ".zip";
            var key = zip + input[input.LastIndexOf('#')..];
            var quotes = root.GetProperty("quotes").EnumerateArray().Select(q => new Quote(
                q.GetProperty("speaker").GetString(), q.GetProperty("speaker_text").GetString(), q.GetProperty("text").GetString()!,
                q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32())).ToList();
            found[key] = new FoundArticle(RealEventSample.HashUrl(root.GetProperty("url").GetString() ?? ""), quotes);
        }
        return found;
    }

    private static int Draw(int count, int seed, string day, string output)
    {
        var pipeline = new Pipeline();
        var all = new List<(string Key, string Url, string Text, Quote Quote, int Occurrence)>();
        foreach (var result in NewsCorpusReader.Read(SaudiArticle.Folder))
        {
            if (result.Page is not { } page || !page.Origin.Contains(day + ".zip", StringComparison.Ordinal))
            {
                continue;
            }
            var document = pipeline.Process(page);
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var q in document.Quotes)
            {
                var anchor = FirstWord(q.Text);
                seen[anchor] = seen.GetValueOrDefault(anchor) + 1;
                all.Add((EventRealHarness.Key(page.Origin), page.Url ?? "", document.Text, q, seen[anchor]));
            }
        }
        var random = new Random(seed);
        var chosen = all.OrderBy(_ => random.Next()).Take(count).ToList();
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false));
        foreach (var (key, url, text, q, occurrence) in chosen)
        {
            writer.WriteLine($"{key}\t{RealEventSample.HashUrl(url)}\t{FirstWord(q.Text)}\t{occurrence}");
            writer.WriteLine("    " + text[Math.Max(0, q.Start - 400)..q.Start].ReplaceLineEndings(" ¶ ") + " 【" + q.Text[..Math.Min(120, q.Text.Length)] + "】");
        }
        Console.WriteLine($"quotes-real: {chosen.Count} of {all.Count} quotations of {day} drawn with seed {seed} into {output}");
        return 0;
    }

    private static string Normal(string text) => ArabicNormalizer.Normalize(text);

    private static string FirstWord(string text)
    {
        var word = text.TrimStart().Split(' ', 2)[0].Trim('«', '»', '"', '“', '”', '(', ')', '،', ',', ':', '.');
        return Normal(word);
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
