using System.Diagnostics;
using System.Globalization;
using Marsad.Core.Entities.Tagging;
using Marsad.Core.Language.Dates;

namespace Marsad.Bench;

/// <summary>
/// <c>tagger-throughput [--limit N] [--rounds R] [--stage tagger|dates]</c>: one stage alone over the
/// contents of the first N SaudiNewsNet articles, on one thread, R rounds after a warm-up round: the
/// name tagger (<c>NameCandidates.Find</c>, as the entity stage calls it) or the date recognizer (on
/// each article, as the event coder calls it, and on each line, as the crawl-text reader does).
/// Prints each round's CPU time, the best, and what was found (to compare builds). One thread and the
/// best round make it a steadier comparison between builds than an ingest on a shared machine.
/// </summary>
public sealed class TaggerThroughputHarness : IHarness
{
    /// <inheritdoc/>
    public string Name => "tagger-throughput";

    /// <inheritdoc/>
    public string Description => "name tagger or date recognizer alone on one thread over SaudiNewsNet contents: best of R rounds [--limit N] [--rounds R] [--stage tagger|dates]";

    /// <inheritdoc/>
    public int Run(string[] args)
    {
        var limit = 2000;
        var rounds = 5;
        var stage = "tagger";
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--limit": limit = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--rounds": rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--stage" when args[i + 1] is "tagger" or "dates": stage = args[i + 1]; break;
                default: Console.Error.WriteLine($"tagger-throughput: unknown option {args[i]}"); return 2;
            }
        }
        if (!Directory.Exists(SaudiArticle.Folder))
        {
            Console.Error.WriteLine($"tagger-throughput: skipped: {SaudiArticle.Folder} is absent");
            return 3;
        }
        var texts = SaudiArticle.Contents().Select(c => c.Content).Take(limit).ToList();
        var tagger = NameTagger.Default;
        var best = double.MaxValue;
        long mentions = 0;
        for (var round = 0; round <= rounds; round++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            mentions = 0;
            foreach (var text in texts)
            {
                mentions += stage == "tagger" ? NameCandidates.Find(tagger, text).Count : Dates(text);
            }
            var seconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            if (round > 0)
            {
                best = Math.Min(best, seconds);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round}: {seconds:0.000} CPU s, {clock.Elapsed.TotalSeconds:0.000} s wall"));
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"tagger-throughput: {stage}, {texts.Count} articles, {mentions} mentions; best {best:0.000} CPU s = {texts.Count / best:0} articles per CPU second"));
        return 0;
    }

    private static readonly DateOnly Reference = new(2015, 7, 21);

    private static int Dates(string text)
    {
        var found = DateRecognizer.Find(text, Reference).Sum(d => d.Start + d.Value.DayNumber);
        foreach (var line in text.Split('\n'))
        {
            found += DateRecognizer.Find(line, null).Count;
        }
        return found;
    }
}
