using Marsad.Core.Entities.Tagging;

namespace Marsad.Bench;

/// <summary>
/// Scores the embedded NER model (or <c>--model FILE</c>): entity-level exact-match micro
/// and per-type P/R/F1 on ANERcorp's last 1/6 and on AQMAR (PERS, LOC, ORG only: AQMAR's
/// MISC classes are defined per article and do not match ANERcorp's). <c>--dev</c> scores the dev split instead
/// (a model from <c>ner-train --dev</c>), <c>--coverage</c> there splits recall by what the model knew of the words.
/// </summary>
public sealed class NerEvalHarness : IHarness
{
    public string Name => "ner-eval";

    public string Description => "NER exact-match P/R/F1 on ANERcorp test and AQMAR";

    public int Run(string[] args)
    {
        NameTagger tagger;
        var errors = args.Contains("--errors");
        var dev = args.Contains("--dev");
        var coverage = args.Contains("--coverage");
        args = [.. args.Where(a => a is not ("--errors" or "--dev" or "--coverage"))];
        if (args is ["--model", var path])
        {
            using var file = File.OpenRead(path);
            tagger = NameTagger.Load(file);
        }
        else
        {
            tagger = NameTagger.Default;
        }
        var (train, test) = NerData.Anercorp();
        if (dev)
        {
            // The dev split of ner-train --dev: options are judged here, never on test.
            (train, test) = NerCorpus.Split(train, 5.0 / 6);
            Print("ANERcorp dev (last 1/6 of the training 5/6)", NerEvaluation.Run(tagger, test));
            if (errors)
            {
                PrintErrors(tagger, test);
            }
            if (coverage)
            {
                Coverage(tagger, train, test);
            }
            return 0;
        }
        Print("ANERcorp test (last 1/6)", NerEvaluation.Run(tagger, test));
        Throughput(tagger, test);
        if (errors)
        {
            PrintErrors(tagger, test);
        }
        if (File.Exists(NerData.AqmarPath))
        {
            var aqmar = NerCorpus.Read(NerData.AqmarPath);
            Print("AQMAR (PERS, LOC, ORG)", NerEvaluation.Run(tagger, aqmar, [NameType.Person, NameType.Location, NameType.Organization]));
        }
        return 0;
    }

    internal static void Print(string title, NerEvaluation result)
    {
        Console.WriteLine($"{title}: {result.Tokens} tokens");
        Console.WriteLine($"  {"type",-14} {"P",6} {"R",6} {"F1",6} {"gold",6}");
        foreach (var (type, score) in result.PerType)
        {
            Line(type.ToString(), score);
        }
        Line("micro", result.Micro);
        var key = "ner." + title.Split(' ')[0].ToLowerInvariant();
        Marsad.Bench.Report.BenchResults.Record(key + ".f1", result.Micro.F1);
        Marsad.Bench.Report.BenchResults.Record(key + ".precision", result.Micro.Precision);
        Marsad.Bench.Report.BenchResults.Record(key + ".recall", result.Micro.Recall);
    }

    /// <summary>
    /// Tokens tagged per second of this thread's CPU time (<see cref="ThreadCpu"/>: other processes' preemptions, the
    /// garbage collector's and the JIT's threads do not count), best of 5 rounds after a warm-up round: the tagger
    /// alone, both stages with confidences, in articles of 20 sentences. The whole entity stage as the pipeline runs it
    /// (no confidences, knowledge-base matching and linking too) is <c>entity-throughput</c>'s.
    /// </summary>
    private static void Throughput(NameTagger tagger, IReadOnlyList<LabeledSentence> sentences)
    {
        var articles = sentences.Chunk(20).Select(a => (IReadOnlyList<IReadOnlyList<string>>)[.. a.Select(s => s.Tokens)]).ToList();
        var tokens = sentences.Sum(s => (long)s.Tokens.Count);
        var best = double.MaxValue;
        for (var round = 0; round <= 5; round++)
        {
            var start = ThreadCpu.Nanoseconds();
            foreach (var article in articles)
            {
                tagger.TagDocument(article);
            }
            var seconds = (ThreadCpu.Nanoseconds() - start) / 1e9;
            best = round > 0 ? Math.Min(best, seconds) : best;
        }
        Marsad.Bench.Report.BenchResults.Record("ner.tokens_per_cpu_s", tokens / best, "tokens/s");
        Console.WriteLine($"  throughput: {tokens / best:F0} tokens per thread CPU second, one thread, best of 5 rounds (the tagger alone, with confidences)");
    }

    /// <summary>
    /// Recall of the gold names by what the model knew of their words: every word seen in training, or a word unseen
    /// in training but with a word class, or a word with neither.
    /// </summary>
    private static void Coverage(NameTagger tagger, IReadOnlyList<LabeledSentence> train, IReadOnlyList<LabeledSentence> test)
    {
        var seen = train.SelectMany(s => s.Tokens).Select(t => NerToken.Create(t, tagger.First.Lexicon, tagger.First.Clusters, null).Norm).ToHashSet();
        var tagged = tagger.TagDocument([.. test.Select(s => s.Tokens)]);
        var table = new Dictionary<(NameType, string), (int Gold, int Found)>();
        foreach (var (sentence, spans) in test.Zip(tagged))
        {
            var found = spans.Select(s => (s.Start, s.End, s.Type)).ToHashSet();
            foreach (var g in sentence.Spans)
            {
                var views = Enumerable.Range(g.Start, g.End - g.Start)
                    .Select(i => NerToken.Create(sentence.Tokens[i], tagger.First.Lexicon, tagger.First.Clusters, null)).ToList();
                var kind = views.All(v => seen.Contains(v.Norm)) ? "all words seen"
                    : views.All(v => seen.Contains(v.Norm) || v.Cluster >= 0 || v.StemCluster >= 0) ? "unseen, with class"
                    : "unseen, no class";
                var key = (g.Type, kind);
                var (gold, hit) = table.GetValueOrDefault(key);
                table[key] = (gold + 1, hit + (found.Contains((g.Start, g.End, g.Type)) ? 1 : 0));
            }
        }
        foreach (var ((type, kind), (gold, hit)) in table.OrderBy(e => e.Key.Item1).ThenBy(e => e.Key.Item2, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {type,-13} {kind,-20} gold {gold,5}  recall {(double)hit / gold:F3}");
        }
    }

    /// <summary>Each sentence's missed and spurious names, to see what the features lack.</summary>
    private static void PrintErrors(NameTagger tagger, IReadOnlyList<LabeledSentence> sentences)
    {
        var tagged = tagger.TagDocument([.. sentences.Select(s => s.Tokens)]);
        foreach (var (sentence, spans) in sentences.Zip(tagged))
        {
            var found = spans.Select(s => (s.Start, s.End, s.Type)).ToHashSet();
            var gold = sentence.Spans.Select(s => (s.Start, s.End, s.Type)).ToHashSet();
            foreach (var (start, end, type) in gold.Except(found))
            {
                Console.WriteLine($"MISS {type,-12} {Context(sentence, start, end)}");
            }
            foreach (var (start, end, type) in found.Except(gold))
            {
                Console.WriteLine($"FALSE {type,-11} {Context(sentence, start, end)}");
            }
        }
    }

    private static string Context(LabeledSentence s, int start, int end) =>
        string.Join(' ', s.Tokens.Skip(Math.Max(0, start - 3)).Take(start - Math.Max(0, start - 3))) + " [" +
        string.Join(' ', s.Tokens.Skip(start).Take(end - start)) + "] " + string.Join(' ', s.Tokens.Skip(end).Take(3));

    private static void Line(string name, NerScore s) =>
        Console.WriteLine($"  {name,-14} {s.Precision,6:F3} {s.Recall,6:F3} {s.F1,6:F3} {s.Gold,6}");
}
