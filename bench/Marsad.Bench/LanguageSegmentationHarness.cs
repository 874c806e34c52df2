using System.Globalization;
using System.Text;
using Marsad.Core.Language;

namespace Marsad.Bench;

/// <summary>
/// The clitic segmentation of every word type of SaudiNewsNet (the surface form as written), for comparing two builds:
/// <c>language-segmentation --out F [--compare G] [--sample N] [--seed S] [--limit ARTICLES]</c>. Writes one line per
/// type (surface, tokens, prefixes + base + suffix) to F; with G (the same file from another build) prints how many types
/// and tokens changed and a seeded random sample of the changed types, to judge by hand.
/// </summary>
public sealed class LanguageSegmentationHarness : IHarness
{
    public string Name => "language-segmentation";

    public string Description => "Clitic segmentation of every SaudiNewsNet word type; --out F [--compare G] [--sample 40] [--seed 14]";

    public int Run(string[] args)
    {
        string? Option(string name)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        }
        var output = Option("--out") ?? "language-segmentation.tsv";
        var limit = int.Parse(Option("--limit") ?? "0", CultureInfo.InvariantCulture);
        var sample = int.Parse(Option("--sample") ?? "40", CultureInfo.InvariantCulture);
        var seed = int.Parse(Option("--seed") ?? "14", CultureInfo.InvariantCulture);

        var types = new Dictionary<string, (long Count, string Segmentation)>(StringComparer.Ordinal);
        long tokens = 0;
        foreach (var text in LanguageThroughputHarness.LoadSaudiNewsNet(limit))
        {
            foreach (var token in ArabicAnalyzer.Default.Analyze(text).Tokens)
            {
                if (token.Kind != TokenKind.Word)
                {
                    continue;
                }
                tokens++;
                if (types.TryGetValue(token.Text, out var seen))
                {
                    types[token.Text] = (seen.Count + 1, seen.Segmentation);
                    continue;
                }
                var segmentation = string.Join("+", token.Prefixes) + (token.Prefixes.Count > 0 ? " " : "") + token.Norm +
                    (token.Suffixes.Count > 0 ? " " + string.Join("+", token.Suffixes) : "");
                types[token.Text] = (1, segmentation);
            }
        }
        var lines = types.OrderByDescending(t => t.Value.Count).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => $"{t.Key}\t{t.Value.Count.ToString(CultureInfo.InvariantCulture)}\t{t.Value.Segmentation}");
        File.WriteAllLines(output, lines, new UTF8Encoding(false));
        Console.WriteLine($"{types.Count} word types, {tokens} word tokens → {output}");

        if (Option("--compare") is not { } compare)
        {
            return 0;
        }
        var before = File.ReadLines(compare).Select(l => l.Split('\t')).ToDictionary(f => f[0], f => f[2], StringComparer.Ordinal);
        var changed = types.Where(t => before.TryGetValue(t.Key, out var old) && old != t.Value.Segmentation)
            .OrderBy(t => t.Key, StringComparer.Ordinal).ToList();
        var changedTokens = changed.Sum(t => t.Value.Count);
        Console.WriteLine($"changed: {changed.Count} of {types.Count} types ({changed.Count / (double)types.Count:P2}), {changedTokens} of {tokens} tokens ({changedTokens / (double)tokens:P2})");
        Console.WriteLine("most frequent changed types:");
        foreach (var (word, (count, segmentation)) in changed.OrderByDescending(t => t.Value.Count).Take(20))
        {
            Console.WriteLine($"  {word}\t{count}\t{before[word]} → {segmentation}");
        }
        Console.WriteLine($"random {Math.Min(sample, changed.Count)} changed types (seed {seed}):");
        var random = new Random(seed);
        foreach (var (word, (count, segmentation)) in changed.OrderBy(_ => random.Next()).Take(sample))
        {
            Console.WriteLine($"  {word}\t{count}\t{before[word]} → {segmentation}");
        }
        return 0;
    }
}
