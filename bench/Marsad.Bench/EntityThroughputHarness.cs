using System.Globalization;
using Marsad.Core.Entities;
using Marsad.Core.Entities.Matching;
using Marsad.Core.Entities.Tagging;

namespace Marsad.Bench;

/// <summary>
/// <c>entity-throughput [--limit N] [--rounds R]</c>: the whole entity stage as <see cref="Marsad.Core.Pipeline"/> runs it
/// (the statistical tagger's candidates, the gazetteer tokens, then knowledge-base matching and linking in
/// <c>ArticleResolver</c>) over the contents of the first N SaudiNewsNet articles, on one thread, R rounds after a
/// warm-up round, in the thread's CPU time. Tokens are the resolver's (<c>GazetteerTokenizer</c>: words with their
/// clitics, punctuation not counted), so the rate is per word of running text.
/// <para>
/// The machine is shared, so each round also times a reference workload in the same process right after the stage:
/// one hash lookup per whitespace-separated word in a dictionary of the articles' words (the floor of any
/// lexicon-based tagger). The ratio of the stage's rate to the reference's varies less with the load than either
/// rate, and is what to compare between builds and machines.
/// </para>
/// </summary>
public sealed class EntityThroughputHarness : IHarness
{
    private static readonly string[] Parts = ["tagger", "gazetteer-tokens", "resolve"];

    /// <inheritdoc/>
    public string Name => "entity-throughput";

    /// <inheritdoc/>
    public string Description => "recognition + linking (tagger + gazetteer + resolver) on one thread over SaudiNewsNet contents: tokens per CPU second and the ratio to a same-process reference [--limit N] [--rounds R]";

    /// <inheritdoc/>
    public int Run(string[] args)
    {
        var limit = 2000;
        var rounds = 5;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--limit": limit = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--rounds": rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: Console.Error.WriteLine($"entity-throughput: unknown option {args[i]}"); return 2;
            }
        }
        if (!Directory.Exists(SaudiArticle.Folder))
        {
            Console.Error.WriteLine($"entity-throughput: skipped: {SaudiArticle.Folder} is absent");
            return 3;
        }
        var recognizer = EntityRecognizer.Default;
        var tagger = NameTagger.Default;
        var articles = SaudiArticle.Pages(limit)
            .Select(p => (Text: p.Content, p.Day, Outlet: recognizer.KnowledgeBase.OutletCountry(p.Url)?.Iso3)).ToList();
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (text, _, _) in articles)
        {
            foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                vocabulary.TryAdd(word, vocabulary.Count);
            }
        }
        var lookup = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();

        var best = Enumerable.Repeat(double.MaxValue, Parts.Length).ToArray();
        var bestStage = double.MaxValue;
        var bestReference = double.MaxValue;
        long tokens = 0, mentions = 0, linked = 0, words = 0, sink = 0, allocated = 0;
        for (var round = 0; round <= rounds; round++)
        {
            var cpu = new long[Parts.Length];
            tokens = mentions = linked = 0;
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            foreach (var (text, day, outlet) in articles)
            {
                var start = ThreadCpu.Nanoseconds();
                var candidates = NameCandidates.Find(tagger, text);
                var tagged = ThreadCpu.Nanoseconds();
                var gazetteerTokens = GazetteerTokenizer.Tokenize(text);
                var tokenized = ThreadCpu.Nanoseconds();
                var found = recognizer.Recognize(text, gazetteerTokens, day, candidates, outlet);
                var resolved = ThreadCpu.Nanoseconds();
                cpu[0] += tagged - start;
                cpu[1] += tokenized - tagged;
                cpu[2] += resolved - tokenized;
                tokens += gazetteerTokens.Count;
                mentions += found.Count;
                linked += found.Count(m => m.Id is not null);
            }
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            // The reference right after, on the same texts, so both see the same load.
            var referenceStart = ThreadCpu.Nanoseconds();
            // Five passes: one takes a twentieth of the stage, too short for the thread clock's jitter.
            words = 0;
            for (var pass = 0; pass < 5; pass++)
            {
                foreach (var (text, _, _) in articles)
                {
                    foreach (var range in text.AsSpan().SplitAny(" \t\r\n"))
                    {
                        var word = text.AsSpan()[range];
                        if (word.Length > 0 && lookup.TryGetValue(word, out var id))
                        {
                            sink += id;
                            words++;
                        }
                    }
                }
            }
            var reference = (ThreadCpu.Nanoseconds() - referenceStart) / 1e9;
            var stage = cpu.Sum() / 1e9;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}{(round == 0 ? " (warm-up)" : "")}: stage {stage:0.000} CPU s = {tokens / stage:N0} tokens/s; reference {reference:0.000} s; ratio {tokens / stage / (words / reference):0.000}"));
            if (round == 0)
            {
                continue;
            }
            for (var p = 0; p < Parts.Length; p++)
            {
                best[p] = Math.Min(best[p], cpu[p] / 1e9);
            }
            bestStage = Math.Min(bestStage, stage);
            bestReference = Math.Min(bestReference, reference);
        }
        var rate = tokens / bestStage;
        var referenceRate = words / bestReference;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{articles.Count} articles, {tokens:N0} tokens, {mentions:N0} mentions ({linked:N0} linked); best of {rounds} rounds, one thread (checksum {sink % 1000}); {allocated / 1024.0 / articles.Count:0.0} KB allocated per article"));
        for (var p = 0; p < Parts.Length; p++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Parts[p],-17} {best[p]:0.000} CPU s  {best[p] / bestStage,6:P1}"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"recognition + linking: {rate:N0} tokens per CPU second ({bestStage:0.000} s); reference (a dictionary lookup per word): {referenceRate:N0} words/s; ratio {rate / referenceRate:0.000}"));
        Report.BenchResults.Record("entities.tokens_per_cpu_s", rate, "tokens/s");
        Report.BenchResults.Record("entities.reference.tokens_per_cpu_s", referenceRate, "tokens/s");
        return 0;
    }
}
