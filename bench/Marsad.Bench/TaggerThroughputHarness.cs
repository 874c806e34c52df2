using System.Diagnostics;
using System.Globalization;
using Marsad.Core.Entities.Tagging;
using Marsad.Core.Language.Dates;

namespace Marsad.Bench;

/// <summary>
/// <c>tagger-throughput [--limit N] [--rounds R] [--stage tagger|dates] [--evict MB]</c>: one stage alone over the
/// contents of the first N SaudiNewsNet articles, on one thread, R rounds after a warm-up round: the
/// name tagger (<c>NameCandidates.Find</c>, as the entity stage calls it) or the date recognizer (on
/// each article, as the event coder calls it, and on each line, as the crawl-text reader does).
/// Prints each round's CPU time, the best, and what was found (to compare builds). One thread and the
/// best round make it a steadier comparison between builds than an ingest on a shared machine.
/// With <c>--evict MB</c>, a buffer of that many megabytes is written through between articles (as the
/// other stages of the ingest evict the stage's tables) and only the stage's own calls are timed, in
/// the thread's CPU time (Linux; wall clock elsewhere), so that the other processes' preemptions do not
/// count: a cold-cache proxy. <c>--model FILE</c> times that model instead of the embedded one; with
/// <c>--against FILE</c> too, both models are timed in the same process, in turns inside every round (their order
/// swapped each round), and the ratio of their best rounds is printed: a same-process comparison of two models.
/// </summary>
public sealed class TaggerThroughputHarness : IHarness
{
    /// <inheritdoc/>
    public string Name => "tagger-throughput";

    /// <inheritdoc/>
    public string Description => "name tagger or date recognizer alone on one thread over SaudiNewsNet contents: best of R rounds [--limit N] [--rounds R] [--stage tagger|dates] [--evict MB: caches evicted between articles, thread CPU of the stage]";

    /// <inheritdoc/>
    public int Run(string[] args)
    {
        var limit = 2000;
        var rounds = 5;
        var stage = "tagger";
        var evict = 0;
        string? model = null, against = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--model": model = args[i + 1]; break;
                case "--against": against = args[i + 1]; break;
                case "--limit": limit = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--rounds": rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--evict": evict = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
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
        var taggers = new List<(string Name, NameTagger Tagger)> { (model ?? "embedded", model is null ? NameTagger.Default : Load(model)) };
        if (against is not null)
        {
            taggers.Add((against, Load(against)));
        }
        var best = new double[taggers.Count];
        Array.Fill(best, double.MaxValue);
        var mentions = new long[taggers.Count];
        var buffer = new long[evict * (1 << 20) / sizeof(long)];
        for (var round = 0; round <= rounds; round++)
        {
            for (var turn = 0; turn < taggers.Count; turn++)
            {
                // The order of the models alternates from round to round, so neither always runs second.
                var k = (turn + round) % taggers.Count;
                var (name, tagger) = taggers[k];
                var label = taggers.Count > 1 ? $" [{name}]" : string.Empty;
                if (evict > 0)
                {
                    var (staged, found) = Evicted(texts, tagger, stage, buffer);
                    mentions[k] = found;
                    if (round > 0)
                    {
                        best[k] = Math.Min(best[k], staged);
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round}{label}: {staged:0.000} s in the stage, caches evicted by {evict} MB between articles"));
                    }
                    continue;
                }
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                mentions[k] = 0;
                foreach (var text in texts)
                {
                    mentions[k] += stage == "tagger" ? NameCandidates.Find(tagger, text).Count : Dates(text);
                }
                var seconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                if (round > 0)
                {
                    best[k] = Math.Min(best[k], seconds);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round}{label}: {seconds:0.000} CPU s, {clock.Elapsed.TotalSeconds:0.000} s wall"));
                }
            }
        }
        for (var k = 0; k < taggers.Count; k++)
        {
            var label = taggers.Count > 1 ? $" [{taggers[k].Name}]" : string.Empty;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"tagger-throughput{label}: {stage}, {texts.Count} articles, {mentions[k]} mentions; best {best[k]:0.000} {(evict > 0 ? "s in the stage" : "CPU s")} = {texts.Count / best[k]:0} articles per {(evict > 0 ? "second in the stage" : "CPU second")}"));
        }
        if (taggers.Count > 1)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"best time of {taggers[0].Name} / best time of {taggers[1].Name}: {best[0] / best[1]:0.000}"));
        }
        return 0;
    }

    private static NameTagger Load(string path)
    {
        using var file = File.OpenRead(path);
        return NameTagger.Load(file);
    }

    // One write per cache line of the buffer (8 longs = 64 bytes) before each article pushes the stage's tables out of the caches.
    private static (double Seconds, long Mentions) Evicted(List<string> texts, NameTagger tagger, string stage, long[] buffer)
    {
        long mentions = 0;
        long ticks = 0;
        foreach (var text in texts)
        {
            for (var k = 0; k < buffer.Length; k += 8)
            {
                buffer[k]++;
            }
            var start = ThreadCpu.Nanoseconds();
            mentions += stage == "tagger" ? NameCandidates.Find(tagger, text).Count : Dates(text);
            ticks += ThreadCpu.Nanoseconds() - start;
        }
        return (ticks / 1e9, mentions);
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
