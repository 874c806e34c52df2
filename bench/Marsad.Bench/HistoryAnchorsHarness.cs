using System.Globalization;
using Marsad.Core.Entities;
using Marsad.Core.Events;
using Marsad.Core.Events.Coding;
using Marsad.Core.Extraction;
using Marsad.Core.Language;
using Marsad.Core.Language.Dates;

namespace Marsad.Bench;

/// <summary>
/// <c>history-anchors [--limit N] [--rounds R]</c>: the events stage's history rule (<c>PastAnchors.WithoutHistory</c>) alone,
/// on one thread, over SaudiNewsNet articles analyzed and coded beforehand: bytes allocated and thread CPU per article
/// (best of R rounds), and how many events it keeps (a checksum that must not change between builds).
/// </summary>
public sealed class HistoryAnchorsHarness : IHarness
{
    /// <inheritdoc/>
    public string Name => "history-anchors";

    /// <inheritdoc/>
    public string Description => "the history rule (PastAnchors) alone on one thread over coded SaudiNewsNet articles: bytes allocated and CPU per article [--limit N] [--rounds R]";

    /// <inheritdoc/>
    public int Run(string[] args)
    {
        var limit = 1000;
        var rounds = 5;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--limit": limit = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--rounds": rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: Console.Error.WriteLine($"history-anchors: unknown option {args[i]}"); return 2;
            }
        }
        var corpus = SaudiArticle.Folder;
        if (!Directory.Exists(corpus))
        {
            Console.Error.WriteLine($"history-anchors: skipped: {corpus} is absent");
            return 3;
        }
        var extractor = new ArticleExtractor();
        var recognizer = EntityRecognizer.Default;
        // As Pipeline.ProcessAnalyzed prepares them: the analysis, the events and the text's dates (found once, outside the measure).
        var inputs = NewsCorpusReader.Read(corpus, limit).Where(r => r.Page is not null).Select(r =>
        {
            var article = extractor.Extract(r.Page!);
            var date = article.Published ?? article.ReferenceDate;
            var analysis = ArabicAnalyzer.Default.Analyze(article.Text);
            var entities = recognizer.Recognize(article.Text, date, recognizer.KnowledgeBase.OutletCountry(article.Url, article.Source)?.Iso3);
            var dates = DateRecognizer.Find(article.Text, date);
            var events = EventCoder.Default.Code(analysis, entities, date, new Lazy<IReadOnlyList<DateMention>>(() => dates));
            return (Analysis: analysis, Events: events, Date: date, Dates: new Lazy<IReadOnlyList<DateMention>>(() => dates));
        }).Where(x => x.Events.Count > 0).ToList();
        var best = double.MaxValue;
        long bytes = 0, kept = 0, events = inputs.Sum(x => x.Events.Count);
        for (var round = 0; round <= rounds; round++)
        {
            kept = 0;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var cpu = ThreadCpu.Nanoseconds();
            foreach (var (analysis, coded, date, dates) in inputs)
            {
                kept += Apply(analysis, coded, date, dates).Count;
            }
            cpu = ThreadCpu.Nanoseconds() - cpu;
            bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
            if (round > 0)
            {
                best = Math.Min(best, cpu / 1e9);
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{inputs.Count} articles with events ({events} events, {kept} kept) of {limit}; best of {rounds} rounds, one thread: {bytes / 1024.0 / inputs.Count:0.00} KB and {best * 1e6 / inputs.Count:0.0} µs CPU per article"));
        return 0;
    }

    private static IReadOnlyList<Event> Apply(AnalyzedText analysis, IReadOnlyList<Event> events, DateOnly? date, Lazy<IReadOnlyList<DateMention>> dates) =>
        PastAnchors.WithoutHistory(analysis, events, date, dates);
}
