using System.Diagnostics;
using Marsad.Core.Entities;
using Marsad.Core.Entities.Matching;

namespace Marsad.Bench;

/// <summary>
/// Entity recognition and linking over the SaudiNewsNet articles: tokens per second (on one
/// thread, tokenization excluded and included) and mentions by type.
/// </summary>
public sealed class GazetteerHarness : IHarness
{
    /// <inheritdoc />
    public string Name => "gazetteer";

    /// <inheritdoc />
    public string Description => "entity recognition + linking over saudinewsnet: tokens/s on one core, mentions by type";

    /// <inheritdoc />
    public int Run(string[] args)
    {
        var folder = SaudiArticle.Folder;
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"{folder}: not found");
            return 3;
        }
        var maxFiles = args.Length > 0 && int.TryParse(args[0], out var n) ? n : int.MaxValue;
        // Every record, empty ones included, as before: the token counts stay comparable across runs.
        var texts = SaudiArticle.Records(maxFiles)
            .Select(r => (Text: r.Record.GetProperty("content").GetString() ?? "", Date: r.Day)).ToList();
        var recognizer = EntityRecognizer.Default;
        var tokenized = texts.Select(t => GazetteerTokenizer.Tokenize(t.Text)).ToList();
        long tokens = tokenized.Sum(t => (long)t.Count);
        recognizer.Recognize(texts[0].Text, texts[0].Date);

        var byType = new long[4];
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < texts.Count; i++)
        {
            foreach (var m in recognizer.Recognize(texts[i].Text, tokenized[i], texts[i].Date))
            {
                byType[(int)m.Type]++;
            }
        }
        var linking = clock.Elapsed.TotalSeconds;
        clock.Restart();
        foreach (var (text, date) in texts)
        {
            recognizer.Recognize(text, date);
        }
        var withTokenizer = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"articles {texts.Count:N0}, tokens {tokens:N0}");
        Console.WriteLine($"recognition + linking: {tokens / linking:N0} tokens/s ({linking:F2} s)");
        Console.WriteLine($"with the internal tokenizer: {tokens / withTokenizer:N0} tokens/s ({withTokenizer:F2} s)");
        Console.WriteLine($"mentions: PERSON {byType[0]:N0}, GPE {byType[1]:N0}, LOC {byType[2]:N0}, ORG {byType[3]:N0}");
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20):N0} MB");
        return 0;
    }
}
