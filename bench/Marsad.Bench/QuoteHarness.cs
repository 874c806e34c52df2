using System.Diagnostics;
using Marsad.Core.Entities.Quotes;

namespace Marsad.Bench;

/// <summary>
/// Runs the quote finder over SaudiNewsNet articles: throughput, how many quotations and
/// speakers it finds, and a sample to read. Options: <c>--files N</c> (days read, default 2),
/// <c>--sample N</c> (quotations printed, default 10).
/// </summary>
public sealed class QuoteHarness : IHarness
{
    public string Name => "quotes";

    public string Description => "quote finder over SaudiNewsNet: throughput, counts and a sample";

    public int Run(string[] args)
    {
        var files = args.Length > 1 && args[0] == "--files" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2;
        var sample = args.Length > 3 && args[2] == "--sample" ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 10;
        var texts = SaudiArticle.Contents(files).Select(c => c.Content).ToList();
        var clock = Stopwatch.StartNew();
        long chars = 0, quotes = 0, withSpeaker = 0;
        var shown = 0;
        var random = new Random(3);
        foreach (var text in texts)
        {
            chars += text.Length;
            foreach (var q in QuoteFinder.Find(text))
            {
                quotes++;
                withSpeaker += q.SpeakerText is null ? 0 : 1;
                if (shown < sample && random.Next(200) == 0)
                {
                    shown++;
                    Console.WriteLine($"[{q.SpeakerText ?? "?"}] {q.Text[..Math.Min(q.Text.Length, 120)]}");
                }
            }
        }
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"{texts.Count} articles, {chars / 1e6:F1} M chars in {seconds:F1} s ({chars / 1e6 / seconds:F1} M chars/s wall)");
        Console.WriteLine($"{quotes} quotations ({quotes / (double)texts.Count:F2} per article), {withSpeaker / (double)Math.Max(1, quotes):P0} with speaker text");
        return 0;
    }
}
