using System.Globalization;
using Marsad.Core;
using Marsad.Core.Entities;
using Marsad.Core.Entities.Matching;
using Marsad.Core.Entities.Quotes;
using Marsad.Core.Entities.Tagging;
using Marsad.Core.Events.Coding;
using Marsad.Core.Extraction;
using Marsad.Core.Language;
using Marsad.Core.Reading;

namespace Marsad.Bench;

/// <summary>
/// <c>pipeline-stages [--limit N] [--rounds R]</c>: the stages of <see cref="Pipeline.ProcessAnalyzed"/> one by one
/// over the first N SaudiNewsNet pages, on one thread, R rounds after a warm-up round: each stage's bytes
/// allocated per article (exact, the same in every round) and its thread CPU time (best round). The bytes are
/// what the garbage collector has to deal with: on two cores each collection stops both workers, so a stage's
/// allocations cost wall time beyond its own CPU time (docs/language.md, "Throughput, session 10").
/// </summary>
public sealed class PipelineStagesHarness : IHarness
{
    private static readonly string[] Stages = ["extract", "tagger", "gazetteer-tokens", "resolve", "quotes", "analyze", "events", "content-id", "language"];

    /// <inheritdoc/>
    public string Name => "pipeline-stages";

    /// <inheritdoc/>
    public string Description => "the pipeline's stages one by one on one thread over SaudiNewsNet pages: bytes allocated and CPU per article [--limit N] [--rounds R]";

    /// <inheritdoc/>
    public int Run(string[] args)
    {
        var limit = 1000;
        var rounds = 3;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--limit": limit = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--rounds": rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: Console.Error.WriteLine($"pipeline-stages: unknown option {args[i]}"); return 2;
            }
        }
        var corpus = SaudiArticle.Folder;
        if (!Directory.Exists(corpus))
        {
            Console.Error.WriteLine($"pipeline-stages: skipped: {corpus} is absent");
            return 3;
        }
        var pages = NewsCorpusReader.Read(corpus, limit).Where(r => r.Page is not null).Select(r => r.Page!).ToList();
        var recognizer = EntityRecognizer.Default;
        var tagger = NameTagger.Default;
        var extractor = new ArticleExtractor();
        var bytes = new long[Stages.Length];
        var best = Enumerable.Repeat(double.MaxValue, Stages.Length).ToArray();
        long check = 0;
        for (var round = 0; round <= rounds; round++)
        {
            var cpu = new long[Stages.Length];
            Array.Clear(bytes);
            check = 0;
            foreach (var page in pages)
            {
                check += RunOne(page, extractor, recognizer, tagger, cpu, bytes);
            }
            if (round > 0)
            {
                for (var s = 0; s < Stages.Length; s++)
                {
                    best[s] = Math.Min(best[s], cpu[s] / 1e9);
                }
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{pages.Count} pages, best of {rounds} rounds, one thread; checksum {check}"));
        Console.WriteLine("stage              KB/article   CPU ms/article (best round)");
        for (var s = 0; s < Stages.Length; s++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Stages[s],-18} {bytes[s] / 1024.0 / pages.Count,10:0.0}   {best[s] * 1000 / pages.Count,8:0.000}"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"total",-18} {bytes.Sum() / 1024.0 / pages.Count,10:0.0}   {best.Sum() * 1000 / pages.Count,8:0.000}"));
        return 0;
    }

    // As Pipeline.ProcessAnalyzed does it, a stage at a time; returns counts that must not change between builds.
    private static long RunOne(RawPage page, ArticleExtractor extractor, EntityRecognizer recognizer, NameTagger tagger, long[] cpu, long[] bytes)
    {
        var article = Measure(0, cpu, bytes, () => extractor.Extract(page));
        var date = article.Published ?? article.ReferenceDate;
        var outlet = recognizer.KnowledgeBase.OutletCountry(article.Url, article.Source);
        var candidates = Measure(1, cpu, bytes, () => NameCandidates.Find(tagger, article.Text));
        var tokens = Measure(2, cpu, bytes, () => GazetteerTokenizer.Tokenize(article.Text));
        var entities = Measure(3, cpu, bytes, () => recognizer.Recognize(article.Text, tokens, date, candidates, outlet?.Iso3));
        var quotes = Measure(4, cpu, bytes, () => QuoteFinder.Find(article.Text));
        var analysis = Measure(5, cpu, bytes, () => ArabicAnalyzer.Default.Analyze(article.Text));
        var events = Measure(6, cpu, bytes, () => EventCoder.Default.Code(analysis, entities, date));
        var id = Measure(7, cpu, bytes, () => Pipeline.ContentId(article.Text));
        var language = Measure(8, cpu, bytes, () => LanguageDetector.Detect(article.Text));
        return article.Text.Length + candidates.Count + tokens.Count + entities.Count + quotes.Count + analysis.Tokens.Count + events.Count + id[0] + (language?.Length ?? 0);
    }

    private static T Measure<T>(int stage, long[] cpu, long[] bytes, Func<T> run)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var start = ThreadCpu.Nanoseconds();
        var result = run();
        cpu[stage] += ThreadCpu.Nanoseconds() - start;
        bytes[stage] += GC.GetAllocatedBytesForCurrentThread() - allocated;
        return result;
    }

}
