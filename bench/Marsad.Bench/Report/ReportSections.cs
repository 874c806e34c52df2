using System.Globalization;
using System.Text;

namespace Marsad.Bench.Report;

/// <summary>
/// What the report measures, section by section: which harness runs, which figures it
/// records, and the target and anchor of each. Targets are those of each component's issue
/// as its docs state them; published anchors carry their source.
/// </summary>
public static class ReportSections
{
    private static readonly TimeSpan Short = TimeSpan.FromMinutes(10);

    /// <summary>Every section, in the order of the document.</summary>
    public static IReadOnlyList<ReportSection> All { get; } =
    [
        new("extraction", "Extraction: article-extraction-benchmark (181 pages)",
            [["extraction-aeb", "--worst", "0"]],
            ["article-extraction-benchmark/ground-truth.json"],
            [
                new("shingle F1", "extraction.marsad.f1", "F3", "≥ readability-lxml", (v, f) => v >= f["extraction.readability-lxml.f1"],
                    "readability-lxml (Debian python3-readability)", "extraction.readability-lxml.f1", AnchorMissing: "apt-get install python3-readability"),
                new("shingle F1", "extraction.marsad.f1", "F3", "≥ Readability.js", (v, f) => v >= f["extraction.readability-js.f1"],
                    "Readability.js 0.6.0 + jsdom (node)", "extraction.readability-js.f1", AnchorMissing: "node and npm, see bench/anchors/readability-js"),
                new("pages/s, whole process, wall", "extraction.marsad.pages_per_s", "F1", "≥ 3× readability-lxml", (v, f) => v >= 3 * f["extraction.readability-lxml.pages_per_s"],
                    "readability-lxml", "extraction.readability-lxml.pages_per_s", AnchorMissing: "apt-get install python3-readability"),
                new("CPU seconds, all pages", "extraction.marsad.cpu", "F2", "≤ ⅓ of readability-lxml", (v, f) => v * 3 <= f["extraction.readability-lxml.cpu"],
                    "readability-lxml", "extraction.readability-lxml.cpu", LowerIsBetter: true, AnchorMissing: "apt-get install python3-readability"),
                new("pages/s, whole process, wall", "extraction.marsad.pages_per_s", "F1", null, null,
                    "Readability.js", "extraction.readability-js.pages_per_s", AnchorMissing: "node and npm"),
                new("CPU seconds, all pages", "extraction.marsad.cpu", "F2", null, null,
                    "Readability.js", "extraction.readability-js.cpu", LowerIsBetter: true, AnchorMissing: "node and npm"),
            ],
            Short),
        new("language", "Arabic analysis: SaudiNewsNet text, one core",
            [["language-throughput", "6000"]],
            ["saudinewsnet"],
            [
                new("normalize + tokenize + clitics + stem, cold word cache: whitespace tokens per CPU second", "language.stream.ws_tokens_per_cpu_s", "N0", null, null,
                    "NLTK ISRIStemmer.stem alone (Debian python3-nltk)", "language.isri.ws_tokens_per_cpu_s", AnchorMissing: "apt-get install python3-nltk"),
                new("same, analyzer tokens per CPU second, cold cache", "language.stream_cold.tokens_per_cpu_s", "N0"),
                new("same, warm cache", "language.stream_warm.tokens_per_cpu_s", "N0"),
                new("Analyze (materialized tokens and sentences): tokens per CPU second", "language.analyze.tokens_per_cpu_s", "N0"),
            ],
            Short),
        new("ner", "NER: ANERcorp test split and AQMAR",
            [["ner-eval"], ["entity-throughput", "--limit", "2000", "--rounds", "3"]],
            ["anercorp", "aqmar", "saudinewsnet"],
            [
                new("ANERcorp test (last 1/6), exact-match micro F1", "ner.anercorp.f1", "F3", "0.85", (v, _) => v >= 0.85,
                    "AraBERT v0.1, published (Antoun et al. 2020)", AnchorPublished: 0.842),
                new("ANERcorp test, micro F1", "ner.anercorp.f1", "F3", "0.85", (v, _) => v >= 0.85,
                    "CAMeL Tools, published (Obeid et al. 2020)", AnchorPublished: 0.83),
                new("ANERcorp test, micro F1", "ner.anercorp.f1", "F3", "0.85", (v, _) => v >= 0.85,
                    "best non-neural, CRF, published (Benajiba & Rosso 2008)", AnchorPublished: 0.7921),
                new("ANERcorp test, micro precision", "ner.anercorp.precision", "F3"),
                new("ANERcorp test, micro recall", "ner.anercorp.recall", "F3"),
                new("AQMAR (PERS, LOC, ORG), micro F1", "ner.aqmar.f1", "F3"),
                new("tagger alone (with confidences) on ANERcorp test, tokens per thread CPU second, best of 5 rounds", "ner.tokens_per_cpu_s", "N0"),
                new("recognition + linking (tagger + knowledge-base matching + resolver) on 2,000 SaudiNewsNet articles: words per thread CPU second, best of 3", "entities.tokens_per_cpu_s", "N0", "200,000", (v, _) => v >= 200_000,
                    "a dictionary lookup per word, same process and rounds (a load reference: compare the ratio between runs)", "entities.reference.tokens_per_cpu_s"),
            ],
            Short),
        new("events", "Events: our gold set, UniversalPetrarch Arabic dev, arabic-event-gsr",
            [["events-eval"]],
            ["universalpetrarch/arabic_events_gold_dev.tsv", "arabic-event-gsr", "repo:eval/events-gold/gold.tsv"],
            [
                new("our gold set: precision (source country, target country, PLOVER)", "events.gold.precision", "F3", "0.8", (v, _) => v >= 0.8),
                new("our gold set: recall", "events.gold.recall", "F3", "0.8", (v, _) => v >= 0.8),
                new("UniversalPetrarch dev (336): type recall", "events.universalpetrarch.type_recall", "F3", "0.85", (v, _) => v >= 0.85),
                new("UniversalPetrarch dev: source-country accuracy where gold names one", "events.universalpetrarch.source_country", "F3", "0.75", (v, _) => v >= 0.75),
                new("arabic-event-gsr PROTEST, test half: precision", "events.protest_detection_dev.test.precision", "F3", "0.8", (v, _) => v >= 0.8),
                new("arabic-event-gsr PROTEST, test half: recall", "events.protest_detection_dev.test.recall", "F3", "0.8", (v, _) => v >= 0.8),
                new("arabic-event-gsr ASSAULT, test half: precision", "events.assault_detection_dev.test.precision", "F3", "0.8", (v, _) => v >= 0.8),
                new("arabic-event-gsr ASSAULT, test half: recall", "events.assault_detection_dev.test.recall", "F3", "0.8", (v, _) => v >= 0.8),
                new("coder alone, sentences/s, one thread, best of 3", "events.speed.coder", "N0", "2,000", (v, _) => v >= 2000),
                new("analyzer + entities + coder, sentences/s", "events.speed.full", "N0", "2,000", (v, _) => v >= 2000),
            ],
            Short),
        new("real", "Real news: hand-annotated SaudiNewsNet articles (events) and quotations (who said it)",
            [["events-real"], ["quotes-real"]],
            ["saudinewsnet", "repo:eval/events-real/real.tsv", "repo:eval/quotes-real/quotes.tsv"],
            [
                new("events, test half (110 articles): precision (source country, target country, PLOVER)", "events.real.test.precision", "F3"),
                new("events, test half: recall", "events.real.test.recall", "F3"),
                new("quotations, test half (37): speaker words right", "quotes.real.test.speaker", "F3"),
                new("quotations, test half: speaker linked to the right actor (or none)", "quotes.real.test.link", "F3"),
            ],
            Short),
        new("dedup", "Near-duplicates and stories: SaudiNewsNet (31,030 articles)",
            [["dedup"], ["stories"]],
            ["saudinewsnet"],
            [
                new("near-duplicate pairs (J ≥ 0.8), LSH + exact check: precision on 3 whole days", "dedup.precision", "F3", null, null,
                    "brute-force exact Jaccard over every pair (same run)"),
                new("same: recall", "dedup.recall", "F3", null, null, "brute-force exact Jaccard (same run)"),
                new("true pairs among the 3 days (brute force)", "dedup.true_pairs", "N0"),
                new("index + query of the whole corpus, minutes", "dedup.minutes", "F2"),
                new("near-duplicate pairs in the whole corpus", "dedup.pairs", "N0"),
                new("peak working set of the dedup run, MB (all texts held)", "dedup.peak", "N0"),
                new("story clustering of the whole corpus, minutes", "stories.minutes", "F2"),
                new("stories", "stories.count", "N0"),
                new("wire reprints in the agency article's story", "stories.wire_share", "P1"),
                new("peak working set of the stories run, MB", "stories.peak", "N0"),
            ],
            TimeSpan.FromMinutes(15)),
        new("e2e", "End to end: `marsad ingest` of SaudiNewsNet (Release CLI, child process)",
            [["e2e-cli"]],
            ["saudinewsnet"],
            [
                new("whole corpus: documents per second (wall, start-up and stories included)", "e2e.all.rate", "F1", "≥ 500", (v, _) => v >= 500),
                new("whole corpus: peak resident memory of the CLI, MB", "e2e.all.peak", "N0", "< 1,024", (v, _) => v < 1024),
                new("whole corpus: store size, MB", "e2e.all.store", "N0"),
            ],
            TimeSpan.FromMinutes(75),
            EndToEndTable),
        new("micro", "Component micro-benchmarks (BenchmarkDotNet, short in-process job)",
            [["micro"]],
            [],
            [],
            TimeSpan.FromMinutes(15),
            MicroTable),
    ];

    private static string EndToEndTable(Figures f)
    {
        var labels = new[] { "1k", "10k", "all" }.Where(l => f[$"e2e.{l}.wall"] is not null).ToList();
        if (labels.Count == 0)
        {
            return "";
        }
        var s = new StringBuilder();
        s.AppendLine("| input | records | documents read | articles stored | wall s | CPU s | documents/s (wall) | documents per CPU second | peak RSS MB | store MB |");
        s.AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var l in labels)
        {
            s.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {l} | {f[$"e2e.{l}.records"]:N0} | {f[$"e2e.{l}.documents"]:N0} | {f[$"e2e.{l}.articles"]:N0} | {f[$"e2e.{l}.wall"]:F1} | {f[$"e2e.{l}.cpu"]:F1} | {f[$"e2e.{l}.rate"]:F1} | {f[$"e2e.{l}.documents"] / f[$"e2e.{l}.cpu"]:F1} | {f[$"e2e.{l}.peak"]:N0} | {f[$"e2e.{l}.store"]:F1} |"));
        }
        s.AppendLine();
        for (var i = 1; i < labels.Count; i++)
        {
            var (a, b) = (labels[i - 1], labels[i]);
            var docs = f[$"e2e.{b}.documents"]!.Value / f[$"e2e.{a}.documents"]!.Value;
            var wall = f[$"e2e.{b}.wall"]!.Value / f[$"e2e.{a}.wall"]!.Value;
            var cpu = f[$"e2e.{b}.cpu"] / f[$"e2e.{a}.cpu"];
            s.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"- growth {a} → {b}: {docs:F1}× documents, {wall:F1}× wall time, {cpu:F1}× CPU time ({(wall / docs <= 1.2 ? "about linear or better" : "worse than linear")})."));
        }
        return s.ToString();
    }

    private static string MicroTable(Figures f)
    {
        var names = f.KeysStartingWith("micro.").Where(k => k.EndsWith(".mean", StringComparison.Ordinal)).Select(k => k[6..^5]).ToList();
        if (names.Count == 0)
        {
            return "";
        }
        var s = new StringBuilder();
        s.AppendLine("| benchmark | mean | ± standard error | allocated per operation |");
        s.AppendLine("| --- | --- | --- | --- |");
        foreach (var n in names)
        {
            var allocated = f[$"micro.{n}.allocated"] is { } b ? string.Create(CultureInfo.InvariantCulture, $"{b:N0} B") : "n/a";
            s.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {n} | {Time(f[$"micro.{n}.mean"]!.Value)} | {Time(f[$"micro.{n}.error"] ?? double.NaN)} | {allocated} |"));
        }
        return s.ToString();
    }

    private static string Time(double ns) => double.IsNaN(ns) ? "n/a" : ns switch
    {
        < 1_000 => string.Create(CultureInfo.InvariantCulture, $"{ns:F1} ns"),
        < 1_000_000 => string.Create(CultureInfo.InvariantCulture, $"{ns / 1e3:F2} µs"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{ns / 1e6:F2} ms"),
    };
}
