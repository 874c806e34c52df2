using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Marsad.Core.Entities.Tagging;

/// <summary>
/// The weights of one or two stages under one hash table: a row holds the first stage's
/// label weights, then the second's (zeros where a stage lacks the feature), so scoring a
/// feature for both stages costs one probe and one or two adjacent cache lines instead of
/// two probes and two rows in separate tables. It also keeps each word's <see cref="WordFeatures"/>
/// (shared between threads, up to a fixed number of words), so a repeated word is not hashed
/// and probed again.
/// </summary>
internal sealed class JointWeights
{
    private const int L = BioLabels.Count;
    private const int WordCapacity = 1 << 17;
    private const int MaxWordLength = 40;
    private readonly FeatureTable _table;
    private readonly float[] _weights;
    private readonly NerModel _first;
    // Sized up front with many locks: growing rehashes under every lock, and the other worker waited on TryAdd (docs/ner.md, session 10).
    private readonly ConcurrentDictionary<string, WordFeatures> _words = new(64, WordCapacity, StringComparer.Ordinal);
    // The same cache read by a span of the text, so that a cached word needs no string of its own.
    private readonly ConcurrentDictionary<string, WordFeatures>.AlternateLookup<ReadOnlySpan<char>> _wordsBySpan;
    private readonly WordFeatures _start;
    private readonly WordFeatures _end;
    private readonly int _row121;
    private readonly uint _hash134 = NerFeatures.Hash(134);
    private readonly uint _hash135 = NerFeatures.Hash(135);
    private int _wordCount;

    public JointWeights(NerModel first, NerModel? second)
    {
        _first = first;
        _wordsBySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        Stages = second is null ? 1 : 2;
        Stride = Stages * L;
        var rows = new Dictionary<uint, int>(first.Rows);
        if (second is not null)
        {
            foreach (var hash in second.Rows.Keys)
            {
                rows.TryAdd(hash, rows.Count);
            }
        }
        var stride = Stages * L;
        _weights = new float[rows.Count * stride];
        Copy(first, 0);
        if (second is not null)
        {
            Copy(second, L);
        }
        _table = new FeatureTable(rows);
        _start = WordFeatures.Create(NerFeatures.Boundary("<s>"), this);
        _end = WordFeatures.Create(NerFeatures.Boundary("</s>"), this);
        _row121 = Row(NerFeatures.Hash(121));

        void Copy(NerModel model, int offset)
        {
            foreach (var (hash, row) in model.Rows)
            {
                model.Weights.AsSpan(row * L, L).CopyTo(_weights.AsSpan((rows[hash] * stride) + offset, L));
            }
        }
    }

    /// <summary>1, or 2 when the model has a second stage.</summary>
    public int Stages { get; }

    /// <summary>Floats per row: <see cref="Stages"/> × the label count.</summary>
    public int Stride { get; }

    /// <summary>The start of <paramref name="feature"/>'s row in the weights (row × <see cref="Stride"/>), or -1 when the model lacks it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Row(uint feature)
    {
        var row = _table.Find(feature);
        return row < 0 ? -1 : row * Stride;
    }

    /// <summary>Adds the row starting at <paramref name="at"/> (from <see cref="Row"/>) to <paramref name="scores"/> (one stride); nothing for -1.</summary>
    public void AddRow(Span<float> scores, int at)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scores.Length, Stride);
        Add(ref MemoryMarshal.GetReference(scores), at);
    }

    /// <summary>The features of the word <paramref name="token"/> (as written), from the cache or computed once.</summary>
    public WordFeatures Word(string token)
    {
        if (_words.TryGetValue(token, out var word))
        {
            return word;
        }
        word = WordFeatures.Create(NerToken.Create(token, _first.Lexicon, _first.Clusters, null, _first.Silver), this);
        if (token.Length <= MaxWordLength && Volatile.Read(ref _wordCount) < WordCapacity && _words.TryAdd(token, word))
        {
            Interlocked.Increment(ref _wordCount);
        }
        return word;
    }

    /// <summary>
    /// As <see cref="Word(string)"/>, for a token read from a span of the text: a cached word is found without a
    /// string; the span is made into one only when the word is not cached.
    /// </summary>
    public WordFeatures Word(ReadOnlySpan<char> token) =>
        _wordsBySpan.TryGetValue(token, out var word) ? word : Word(token.ToString());

    /// <summary>
    /// Each token's label scores under each stage: the same rows as <see cref="AddAll"/> over
    /// <see cref="NerFeatures.Extract"/> (zero-filled <paramref name="first"/> and <paramref name="second"/>), but
    /// in another order, so equal within float rounding only: the token's own sum, the sums of the words at
    /// i-1, i+1, i-2 and i+2 for their offsets (<see cref="WordFeatures.Sums"/>), then the rows of the templates
    /// that read two words (16, 17, 18, 120, 121, 134, 135, 141, 142, 143), the only ones probed per token.
    /// </summary>
    /// <param name="words">The sentence's words.</param>
    /// <param name="first">n × label scores of the first stage (overwritten).</param>
    /// <param name="second">n × label scores of the second stage (overwritten; empty with one stage).</param>
    public void Score(ReadOnlySpan<WordFeatures> words, Span<float> first, Span<float> second)
    {
        var n = words.Length;
        var stride = Stride;
        Span<float> scores = stackalloc float[stride];
        ref var acc = ref MemoryMarshal.GetReference(scores);
        for (var i = 0; i < n; i++)
        {
            var t = words[i];
            var p = i > 0 ? words[i - 1] : _start;
            var p2 = i > 1 ? words[i - 2] : _start;
            var x = i + 1 < n ? words[i + 1] : _end;
            var x2 = i + 2 < n ? words[i + 2] : _end;
            var (tv, pv, xv) = (t.View, p.View, x.View);

            // The probes first: they are independent, so their cache misses overlap each other and the sums' adds.
            var r16 = Row(WordFeatures.Continue(p.Pair16, tv.Norm));
            var r17 = Row(WordFeatures.Continue(t.Pair17, xv.Norm));
            var r18 = Row(WordFeatures.Continue(p.Pair18, tv.Stem));
            var r120 = pv.Flags != LexiconFlags.None ? Row((t.Stem120 ^ (uint)pv.Flags) * NerFeatures.Prime) : -1;
            var r121 = i == 0 ? _row121 : -1;
            var r134 = Row(NerFeatures.Mix(NerFeatures.Mix(_hash134, pv.Cluster), tv.Cluster));
            var r135 = Row(NerFeatures.Mix(NerFeatures.Mix(_hash135, tv.Cluster), xv.Cluster));
            var r141 = Row(NerFeatures.Mix(p.Norm141, tv.StemCluster));
            var r142 = Row(NerFeatures.Mix(x.Norm142, tv.StemCluster));
            var r143 = Row(NerFeatures.Mix(p.Stem143, tv.StemCluster));

            t.Sums.AsSpan(WordFeatures.Self * stride, stride).CopyTo(scores);
            AddFrom(ref acc, ref MemoryMarshal.GetArrayDataReference(p.Sums), WordFeatures.AsPrev * stride);
            AddFrom(ref acc, ref MemoryMarshal.GetArrayDataReference(x.Sums), WordFeatures.AsNext * stride);
            AddFrom(ref acc, ref MemoryMarshal.GetArrayDataReference(p2.Sums), WordFeatures.AsPrev2 * stride);
            AddFrom(ref acc, ref MemoryMarshal.GetArrayDataReference(x2.Sums), WordFeatures.AsNext2 * stride);
            Add(ref acc, r16);
            Add(ref acc, r17);
            Add(ref acc, r18);
            Add(ref acc, r120);
            Add(ref acc, r121);
            Add(ref acc, r134);
            Add(ref acc, r135);
            Add(ref acc, r141);
            Add(ref acc, r142);
            Add(ref acc, r143);
            scores[..L].CopyTo(first.Slice(i * L, L));
            if (Stages == 2)
            {
                scores.Slice(L, L).CopyTo(second.Slice(i * L, L));
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Add(ref float acc, int at)
    {
        if (at >= 0)
        {
            AddFrom(ref acc, ref MemoryMarshal.GetArrayDataReference(_weights), at);
        }
    }

    // Adds one stride of floats from source[at..] to acc, four lanes at a time.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddFrom(ref float acc, ref float source, int at)
    {
        ref var w = ref Unsafe.Add(ref source, at);
        var stride = Stride;
        var k = 0;
        for (; k + 4 <= stride; k += 4)
        {
            (Vector128.LoadUnsafe(ref acc, (nuint)k) + Vector128.LoadUnsafe(ref w, (nuint)k)).StoreUnsafe(ref acc, (nuint)k);
        }
        for (; k < stride; k++)
        {
            Unsafe.Add(ref acc, k) += Unsafe.Add(ref w, k);
        }
    }

    /// <summary>
    /// Adds the weights of each token's features to each stage's label scores: all rows are found first, then summed.
    /// The reference that <see cref="Score"/> must equal within float rounding (the tests compare them).
    /// Independent probes in a tight loop let the processor overlap their cache misses.
    /// </summary>
    /// <param name="features">The feature hashes of all tokens, token after token.</param>
    /// <param name="offsets">Token i's features are <paramref name="features"/>[offsets[i]..offsets[i + 1]].</param>
    /// <param name="rows">Scratch, at least as long as <paramref name="features"/>.</param>
    /// <param name="first">n × label scores of the first stage.</param>
    /// <param name="second">n × label scores of the second stage (empty with one stage).</param>
    public void AddAll(ReadOnlySpan<uint> features, ReadOnlySpan<int> offsets, Span<int> rows, Span<float> first, Span<float> second)
    {
        var stride = Stages * L;
        for (var k = 0; k < features.Length; k++)
        {
            rows[k] = _table.Find(features[k]) * stride;
        }
        var weights = _weights.AsSpan();
        for (var i = 0; i + 1 < offsets.Length; i++)
        {
            var a = first.Slice(i * L, L);
            var b = Stages == 2 ? second.Slice(i * L, L) : default;
            for (var k = offsets[i]; k < offsets[i + 1]; k++)
            {
                var at = rows[k];
                if (at < 0)
                {
                    continue;
                }
                var w = weights.Slice(at, stride);
                for (var y = 0; y < L; y++)
                {
                    a[y] += w[y];
                }
                if (Stages == 2)
                {
                    for (var y = 0; y < L; y++)
                    {
                        b[y] += w[L + y];
                    }
                }
            }
        }
    }
}
