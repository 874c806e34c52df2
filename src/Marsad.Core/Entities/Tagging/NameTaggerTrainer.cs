using Marsad.Core.Language;

namespace Marsad.Core.Entities.Tagging;

/// <summary>
/// Trains a <see cref="NameTagger"/>: an averaged structured perceptron (Collins 2002)
/// over the BIO labels, decoded with the same constrained Viterbi the tagger uses.
/// Rules:
/// <list type="bullet">
/// <item>every feature seen in training gets a row; each wrong token moves the gold label's weights up and the predicted label's down;</item>
/// <item>weights are averaged over every step (the lazy w - u/c form), which generalizes far better than the last weights;</item>
/// <item>sentences are shuffled each epoch with a fixed seed, so a model is reproducible;</item>
/// <item>name lists and title words become per-word lexicon flags stored in the model, read by the features;</item>
/// <item>a silver lexicon (<see cref="NameTaggerTrainingOptions.Silver"/>, stems' type shares over unlabeled news, built by a first tagger) is stored in the model and read by the features;</item>
/// <item>a second stage is trained with the document memory (<c>DocumentMemory</c>) built from first-stage output by k-fold jackknifing over contiguous blocks of sentences.</item>
/// </list>
/// </summary>
public static class NameTaggerTrainer
{
    private const int L = BioLabels.Count;

    /// <summary>Trains a tagger on <paramref name="sentences"/>.</summary>
    public static NameTagger Train(IReadOnlyList<LabeledSentence> sentences, NameTaggerTrainingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        options ??= new NameTaggerTrainingOptions();
        var lexicon = BuildLexicon(options);
        var clusters = options.Clusters?.Classes ?? new Dictionary<string, int>();
        var silver = options.Silver ?? new Dictionary<string, byte>();
        var kept = sentences.Where(s => s.Tokens.Count > 0).ToList();
        var first = TrainStage(kept, null, lexicon, clusters, silver, options);
        if (options.DocumentWindow <= 0 || options.Folds < 2 || kept.Count < options.Folds)
        {
            return new NameTagger(first, null, 0);
        }
        // The second stage must learn from first-stage output as noisy as at run time,
        // so each block of sentences is tagged by a first stage that never saw it.
        var predicted = new IReadOnlyList<TaggedSpan>[kept.Count];
        for (var fold = 0; fold < options.Folds; fold++)
        {
            int from = kept.Count * fold / options.Folds, to = kept.Count * (fold + 1) / options.Folds;
            var rest = kept.Take(from).Concat(kept.Skip(to)).ToList();
            var tagger = new NameTagger(TrainStage(rest, null, lexicon, clusters, silver, options), null, 0);
            for (var j = from; j < to; j++)
            {
                predicted[j] = tagger.Tag(kept[j].Tokens);
            }
        }
        var memory = DocumentMemory.Build([.. kept.Select(s => s.Tokens)], predicted, options.DocumentWindow);
        var second = TrainStage(kept, memory, lexicon, clusters, silver, options);
        return new NameTagger(first, second, options.DocumentWindow);
    }

    /// <summary>
    /// One stage, or the mean of <see cref="NameTaggerTrainingOptions.Ensemble"/> stages trained
    /// on different shuffles: averaging more weight vectors lowers the variance of the perceptron.
    /// </summary>
    private static NerModel TrainStage(
        List<LabeledSentence> sentences, IReadOnlyDictionary<string, int>[]? memory,
        Dictionary<string, LexiconFlags> lexicon, IReadOnlyDictionary<string, int> clusters, IReadOnlyDictionary<string, byte> silver, NameTaggerTrainingOptions options)
    {
        if (options.Ensemble <= 1)
        {
            return TrainOne(sentences, memory, lexicon, clusters, silver, options);
        }
        var models = Enumerable.Range(0, options.Ensemble)
            .Select(k => TrainOne(sentences, memory, lexicon, clusters, silver, options with { Seed = options.Seed + (7919 * k) }))
            .ToList();
        var transitions = new float[(L + 1) * L];
        var sums = new Dictionary<uint, float[]>();
        foreach (var m in models)
        {
            for (var i = 0; i < transitions.Length; i++)
            {
                transitions[i] += m.Transitions[i] / models.Count;
            }
            foreach (var (hash, row) in m.Rows)
            {
                if (!sums.TryGetValue(hash, out var sum))
                {
                    sums[hash] = sum = new float[L];
                }
                for (var y = 0; y < L; y++)
                {
                    sum[y] += m.Weights[(row * L) + y] / models.Count;
                }
            }
        }
        var rows = new Dictionary<uint, int>();
        var kept = new List<float>();
        foreach (var (hash, sum) in sums.OrderBy(e => e.Key))
        {
            var any = false;
            for (var y = 0; y < L; y++)
            {
                sum[y] = Math.Abs(sum[y]) < options.PruneBelow ? 0 : (float)(Half)sum[y];
                any |= sum[y] != 0;
            }
            if (any)
            {
                rows[hash] = rows.Count;
                kept.AddRange(sum);
            }
        }
        return new NerModel(lexicon, clusters, transitions, rows, [.. kept], silver);
    }

    private static NerModel TrainOne(
        List<LabeledSentence> sentences, IReadOnlyDictionary<string, int>[]? memory,
        Dictionary<string, LexiconFlags> lexicon, IReadOnlyDictionary<string, int> clusters, IReadOnlyDictionary<string, byte> silver, NameTaggerTrainingOptions options)
    {
        var index = new Dictionary<uint, int>();
        var counts = options.MinFeatureCount > 1 ? CountFeatures(sentences, lexicon, clusters, silver, memory) : null;
        var data = sentences.Select((s, j) => Prepare(s, lexicon, clusters, silver, memory?[j], index, counts, options.MinFeatureCount)).ToArray();
        var weights = new int[index.Count * L];
        var totals = new long[index.Count * L];
        var transitions = new int[(L + 1) * L];
        var transitionTotals = new long[(L + 1) * L];
        var random = new Random(options.Seed);
        long step = 1;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(data);
            foreach (var s in data)
            {
                var predicted = Decode(s, weights, transitions);
                for (var i = 0; i < s.Gold.Length; i++)
                {
                    int gold = s.Gold[i], guess = predicted[i];
                    int prevGold = i == 0 ? L : s.Gold[i - 1], prevGuess = i == 0 ? L : predicted[i - 1];
                    if (gold != guess)
                    {
                        for (var k = s.Offsets[i]; k < s.Offsets[i + 1]; k++)
                        {
                            var f = s.Features[k] * L;
                            Update(weights, totals, f + gold, 1, step);
                            Update(weights, totals, f + guess, -1, step);
                        }
                    }
                    if (gold != guess || prevGold != prevGuess)
                    {
                        Update(transitions, transitionTotals, (prevGold * L) + gold, 1, step);
                        Update(transitions, transitionTotals, (prevGuess * L) + guess, -1, step);
                    }
                }
                step++;
            }
        }
        return Finish(lexicon, clusters, silver, index, weights, totals, transitions, transitionTotals, step, options.PruneBelow);
    }

    private static void Update(int[] weights, long[] totals, int at, int delta, long step)
    {
        weights[at] += delta;
        totals[at] += step * delta;
    }

    private static int[] Decode(Prepared s, int[] weights, int[] transitions)
    {
        var n = s.Gold.Length;
        var emissions = new float[n * L];
        for (var i = 0; i < n; i++)
        {
            for (var k = s.Offsets[i]; k < s.Offsets[i + 1]; k++)
            {
                var f = s.Features[k] * L;
                for (var y = 0; y < L; y++)
                {
                    emissions[(i * L) + y] += weights[f + y];
                }
            }
        }
        var labels = new int[n];
        NerDecoder.Viterbi(emissions, Array.ConvertAll(transitions, t => (float)t), labels);
        return labels;
    }

    private static NerModel Finish(
        Dictionary<string, LexiconFlags> lexicon, IReadOnlyDictionary<string, int> clusters, IReadOnlyDictionary<string, byte> silver, Dictionary<uint, int> index,
        int[] weights, long[] totals, int[] transitions, long[] transitionTotals, long step, float pruneBelow)
    {
        var averaged = new float[(L + 1) * L];
        for (var i = 0; i < averaged.Length; i++)
        {
            averaged[i] = (float)(transitions[i] - ((double)transitionTotals[i] / step));
        }
        var rows = new Dictionary<uint, int>();
        var kept = new List<float>();
        Span<float> row = stackalloc float[L];
        foreach (var (hash, f) in index)
        {
            var any = false;
            for (var y = 0; y < L; y++)
            {
                var w = (float)(weights[(f * L) + y] - ((double)totals[(f * L) + y] / step));
                // Rounded to half precision as the model file stores them, so a saved model tags exactly as the trained one.
                row[y] = Math.Abs(w) < pruneBelow ? 0 : (float)(Half)w;
                any |= row[y] != 0;
            }
            if (any)
            {
                rows[hash] = rows.Count;
                foreach (var w in row)
                {
                    kept.Add(w);
                }
            }
        }
        return new NerModel(lexicon, clusters, averaged, rows, [.. kept], silver);
    }

    private static Prepared Prepare(
        LabeledSentence sentence, Dictionary<string, LexiconFlags> lexicon, IReadOnlyDictionary<string, int> clusters, IReadOnlyDictionary<string, byte> silver,
        IReadOnlyDictionary<string, int>? memory, Dictionary<uint, int> index, Dictionary<uint, int>? counts, int minCount)
    {
        var n = sentence.Tokens.Count;
        var views = new NerToken[n];
        for (var i = 0; i < n; i++)
        {
            views[i] = NerToken.Create(sentence.Tokens[i], lexicon, clusters, memory, silver);
        }
        var offsets = new int[n + 1];
        var features = new List<int>(n * 48);
        var hashes = new List<uint>(64);
        for (var i = 0; i < n; i++)
        {
            hashes.Clear();
            NerFeatures.Extract(views, i, hashes);
            NerFeatures.ExtractMemory(views, i, hashes);
            foreach (var h in hashes)
            {
                if (counts is not null && counts.GetValueOrDefault(h) < minCount)
                {
                    continue;
                }
                if (!index.TryGetValue(h, out var f))
                {
                    f = index.Count;
                    index[h] = f;
                }
                features.Add(f);
            }
            offsets[i + 1] = features.Count;
        }
        return new Prepared([.. features], offsets, BioLabels.FromSpans(sentence.Spans, n));
    }

    /// <summary>How many tokens of the training set fire each feature.</summary>
    private static Dictionary<uint, int> CountFeatures(
        List<LabeledSentence> sentences, Dictionary<string, LexiconFlags> lexicon, IReadOnlyDictionary<string, int> clusters, IReadOnlyDictionary<string, byte> silver,
        IReadOnlyDictionary<string, int>[]? memory)
    {
        var counts = new Dictionary<uint, int>();
        var hashes = new List<uint>(64);
        for (var j = 0; j < sentences.Count; j++)
        {
            var tokens = sentences[j].Tokens;
            var views = new NerToken[tokens.Count];
            for (var i = 0; i < views.Length; i++)
            {
                views[i] = NerToken.Create(tokens[i], lexicon, clusters, memory?[j], silver);
            }
            for (var i = 0; i < views.Length; i++)
            {
                hashes.Clear();
                NerFeatures.Extract(views, i, hashes);
                NerFeatures.ExtractMemory(views, i, hashes);
                foreach (var h in hashes)
                {
                    counts[h] = counts.GetValueOrDefault(h) + 1;
                }
            }
        }
        return counts;
    }

    private static Dictionary<string, LexiconFlags> BuildLexicon(NameTaggerTrainingOptions options)
    {
        var lexicon = new Dictionary<string, LexiconFlags>(StringComparer.Ordinal);
        Add(lexicon, options.Persons, LexiconFlags.Person, LexiconFlags.PersonPart);
        Add(lexicon, options.Locations, LexiconFlags.Location, LexiconFlags.LocationPart);
        Add(lexicon, options.Organizations, LexiconFlags.Organization, LexiconFlags.OrganizationPart);
        Add(lexicon, options.Titles, LexiconFlags.Title, LexiconFlags.None);
        return lexicon;
    }

    private static void Add(Dictionary<string, LexiconFlags> lexicon, IReadOnlyList<string> entries, LexiconFlags single, LexiconFlags part)
    {
        foreach (var entry in entries)
        {
            var words = ArabicNormalizer.Normalize(entry).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var flag = words.Length == 1 ? single : part;
            if (flag == LexiconFlags.None)
            {
                continue;
            }
            foreach (var word in words)
            {
                lexicon[word] = lexicon.GetValueOrDefault(word) | flag;
            }
        }
    }

    private sealed record Prepared(int[] Features, int[] Offsets, int[] Gold);
}
