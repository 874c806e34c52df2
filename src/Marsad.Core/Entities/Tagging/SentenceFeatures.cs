using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Marsad.Core.Entities.Tagging;

/// <summary>
/// One sentence's token views and label scores under both stages, computed in one pass:
/// each feature is hashed once and looked up once in a <see cref="JointWeights"/> table whose
/// row holds the first and the second stage's weights side by side. The lookups are the
/// tagger's cost (cache misses into a table of megabytes), so sharing them halves it. Only
/// the few document-memory features are added to the second stage's scores later.
/// All of a sentence's rows are found before any is summed (<see cref="JointWeights.AddAll"/>).
/// </summary>
internal sealed class SentenceFeatures
{
    private SentenceFeatures(NerToken[] tokens, float[] first, float[]? second)
    {
        Tokens = tokens;
        First = first;
        Second = second;
    }

    public NerToken[] Tokens { get; }

    /// <summary>n × label scores under the first stage.</summary>
    public float[] First { get; }

    /// <summary>n × label scores under the second stage without its memory features; null without a second stage.</summary>
    public float[]? Second { get; }

    /// <summary>Extracts the sentence's features and scores them under both stages.</summary>
    /// <param name="tokens">The sentence's tokens as written.</param>
    /// <param name="model">The first stage, which holds the lexicon and the word classes.</param>
    /// <param name="weights">Both stages' weights.</param>
    /// <param name="buffer">A scratch list for the feature hashes, reused across sentences.</param>
    public static SentenceFeatures Create(IReadOnlyList<string> tokens, NerModel model, JointWeights weights, List<uint> buffer)
    {
        var n = tokens.Count;
        var views = new NerToken[n];
        var cache = TokenCache.For(model);
        for (var i = 0; i < n; i++)
        {
            views[i] = cache.Get(tokens[i] ?? string.Empty);
        }
        var first = new float[n * BioLabels.Count];
        var second = weights.Stages == 2 ? new float[n * BioLabels.Count] : null;
        buffer.Clear();
        var offsets = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            NerFeatures.Extract(views, i, buffer);
            offsets[i + 1] = buffer.Count;
        }
        var rows = System.Buffers.ArrayPool<int>.Shared.Rent(buffer.Count);
        weights.AddAll(CollectionsMarshal.AsSpan(buffer), offsets, rows, first, second);
        System.Buffers.ArrayPool<int>.Shared.Return(rows);
        return new SentenceFeatures(views, first, second);
    }

    /// <summary>The second stage's scores with the memory features of <paramref name="memory"/> added (in place).</summary>
    public float[] AddMemory(NerModel second, IReadOnlyDictionary<string, int> memory, List<uint> buffer)
    {
        var scores = Second ?? throw new InvalidOperationException("The model has no second stage.");
        var n = Tokens.Length;
        if (memory.Count == 0)
        {
            return scores;
        }
        var bits = new int[n];
        for (var i = 0; i < n; i++)
        {
            bits[i] = memory.GetValueOrDefault(Tokens[i].Stem);
        }
        for (var i = 0; i < n; i++)
        {
            if (bits[i] == 0)
            {
                continue;
            }
            buffer.Clear();
            NerFeatures.ExtractMemory(bits[i], i > 0 ? bits[i - 1] : 0, i + 1 < n ? bits[i + 1] : 0, buffer);
            var target = scores.AsSpan(i * BioLabels.Count, BioLabels.Count);
            foreach (var f in buffer)
            {
                var row = second.Table.Find(f);
                if (row >= 0)
                {
                    var w = second.Weights.AsSpan(row * BioLabels.Count, BioLabels.Count);
                    for (var y = 0; y < BioLabels.Count; y++)
                    {
                        target[y] += w[y];
                    }
                }
            }
        }
        return scores;
    }

    /// <summary>
    /// The token views of one model's words met so far: a view depends only on the word and the
    /// model's lexicon and word classes, and news vocabulary is Zipfian, so most tokens are one
    /// lookup instead of a normalization, a clitic split and four dictionary probes. Shared
    /// between threads; stops growing at a fixed size (as <see cref="Language.WordAnalysisCache"/>).
    /// </summary>
    private sealed class TokenCache(NerModel model)
    {
        private const int Capacity = 1 << 17;
        private const int MaxWordLength = 40;
        private static readonly ConditionalWeakTable<NerModel, TokenCache> Caches = [];
        private readonly ConcurrentDictionary<string, NerToken> _views = new(StringComparer.Ordinal);
        private int _count;

        public static TokenCache For(NerModel model) => Caches.GetValue(model, m => new TokenCache(m));

        public NerToken Get(string token)
        {
            if (_views.TryGetValue(token, out var view))
            {
                return view;
            }
            view = NerToken.Create(token, model.Lexicon, model.Clusters, null);
            if (token.Length <= MaxWordLength && Volatile.Read(ref _count) < Capacity && _views.TryAdd(token, view))
            {
                Interlocked.Increment(ref _count);
            }
            return view;
        }
    }
}
