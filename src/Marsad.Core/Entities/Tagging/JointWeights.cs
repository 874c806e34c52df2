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
/// <remarks>
/// The weights are kept as half-precision bits, 2 bytes a weight instead of 4: the model file stores
/// them as <see cref="Half"/> and the trainer rounds every weight to one, so widening them back is exact
/// and the scores are the float sums of before, bit for bit, from a table half as wide. The table is
/// read at random (tens of rows per token) and, in the ingest, evicted by the other stages: its size
/// is what a token costs.
/// </remarks>
internal sealed class JointWeights
{
    private const int L = BioLabels.Count;
    private const int WordCapacity = 1 << 17;
    private const int MaxWordLength = 40;
    private readonly FeatureTable _table;
    private readonly ushort[] _weights;
    private readonly NerModel _first;
    private readonly NerModel? _second;
    private readonly ConcurrentDictionary<string, WordFeatures> _words = new(StringComparer.Ordinal);
    private readonly WordFeatures _start;
    private readonly WordFeatures _end;
    private readonly int _row121;
    private readonly uint _hash134 = NerFeatures.Hash(134);
    private readonly uint _hash135 = NerFeatures.Hash(135);
    private int _wordCount;

    public JointWeights(NerModel first, NerModel? second)
    {
        _first = first;
        _second = second;
        Stages = second is null ? 1 : 2;
        // Padded to whole vectors of four (20 for two stages: 40 bytes a row), so that a row is added
        // without a scalar tail: a tail's branch on zero weights mispredicts, and most weights are zero.
        Stride = (Stages * L + 3) & ~3;
        var rows = new Dictionary<uint, int>(first.Rows);
        if (second is not null)
        {
            foreach (var hash in second.Rows.Keys)
            {
                rows.TryAdd(hash, rows.Count);
            }
        }
        var stride = Stride;
        _weights = new ushort[rows.Count * stride];
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
                var target = (rows[hash] * stride) + offset;
                for (var y = 0; y < L; y++)
                {
                    var w = model.Weights[(row * L) + y];
                    var half = (Half)w;
                    if ((float)half != w)
                    {
                        // Every model the trainer builds or the file holds is Half-exact; anything else would change the scores.
                        throw new ArgumentException($"Weight {w} of feature {hash} is not a half-precision value.", nameof(first));
                    }
                    _weights[target + y] = BitConverter.HalfToUInt16Bits(half);
                }
            }
        }
    }

    /// <summary>1, or 2 when the model has a second stage.</summary>
    public int Stages { get; }

    /// <summary>Weights per row: <see cref="Stages"/> × the label count, padded with zeros to a multiple of four.</summary>
    public int Stride { get; }

    /// <summary>The start of <paramref name="feature"/>'s row in the weights (row × <see cref="Stride"/>), or -1 when the model lacks it.</summary>
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
        word = WordFeatures.Create(NerToken.Create(token, _first.Lexicon, _first.Clusters, null), this);
        if (token.Length <= MaxWordLength && Volatile.Read(ref _wordCount) < WordCapacity && _words.TryAdd(token, word))
        {
            Interlocked.Increment(ref _wordCount);
        }
        return word;
    }

    /// <summary>
    /// Each token's label scores under each stage, equal bit for bit to <see cref="AddAll"/> over
    /// <see cref="NerFeatures.Extract"/> (zero-filled <paramref name="first"/> and <paramref name="second"/>):
    /// the same rows added in the same order, most of them read from the words' cached rows.
    /// </summary>
    /// <param name="words">The sentence's words.</param>
    /// <param name="first">n × label scores of the first stage (overwritten).</param>
    /// <param name="second">n × label scores of the second stage (overwritten; empty with one stage).</param>
    public void Score(ReadOnlySpan<WordFeatures> words, Span<float> first, Span<float> second)
    {
        var n = words.Length;
        Span<float> scores = stackalloc float[Stride];
        ref var acc = ref MemoryMarshal.GetReference(scores);
        for (var i = 0; i < n; i++)
        {
            var t = words[i];
            var p = i > 0 ? words[i - 1] : _start;
            var p2 = i > 1 ? words[i - 2] : _start;
            var x = i + 1 < n ? words[i + 1] : _end;
            var x2 = i + 2 < n ? words[i + 2] : _end;
            var (tv, pv, xv) = (t.View, p.View, x.View);
            // In NerFeatures.Extract's order: templates 1..5 are the head; then 10..22.
            t.Head.CopyTo(scores);
            Add(ref acc, p.Rows[WordFeatures.Prev10]);
            Add(ref acc, x.Rows[WordFeatures.Next11]);
            Add(ref acc, p2.Rows[WordFeatures.Prev2At12]);
            Add(ref acc, x2.Rows[WordFeatures.Next2At13]);
            Add(ref acc, p.Rows[WordFeatures.Prev14]);
            Add(ref acc, x.Rows[WordFeatures.Next15]);
            Add(ref acc, Row(WordFeatures.Continue(p.Pair16, tv.Norm)));
            Add(ref acc, Row(WordFeatures.Continue(t.Pair17, xv.Norm)));
            Add(ref acc, Row(WordFeatures.Continue(p.Pair18, tv.Stem)));
            Add(ref acc, p.Rows[WordFeatures.Prev19]);
            Add(ref acc, x.Rows[WordFeatures.Next20]);
            Add(ref acc, p.Rows[WordFeatures.Prev21]);
            Add(ref acc, x.Rows[WordFeatures.Next22]);
            // 31..76 (own affixes and flags), then the neighbours' flags (80, 90, 100, 110).
            AddRun(ref acc, t.Rows, WordFeatures.SelfStart, t.SelfEnd);
            AddRun(ref acc, p.Rows, p.SelfEnd, p.PrevFlagsEnd);
            AddRun(ref acc, x.Rows, x.PrevFlagsEnd, x.NextFlagsEnd);
            AddRun(ref acc, p2.Rows, p2.NextFlagsEnd, p2.Prev2FlagsEnd);
            AddRun(ref acc, x2.Rows, x2.Prev2FlagsEnd, x2.Next2FlagsEnd);
            if (pv.Flags != LexiconFlags.None)
            {
                Add(ref acc, Row((t.Stem120 ^ (uint)pv.Flags) * NerFeatures.Prime));
            }
            if (i == 0)
            {
                Add(ref acc, _row121);
            }
            // 130..143: the word classes.
            Add(ref acc, t.Rows[WordFeatures.Self130]);
            Add(ref acc, t.Rows[WordFeatures.Self131]);
            Add(ref acc, p.Rows[WordFeatures.Prev132]);
            Add(ref acc, x.Rows[WordFeatures.Next133]);
            Add(ref acc, Row(NerFeatures.Mix(NerFeatures.Mix(_hash134, pv.Cluster), tv.Cluster)));
            Add(ref acc, Row(NerFeatures.Mix(NerFeatures.Mix(_hash135, tv.Cluster), xv.Cluster)));
            Add(ref acc, t.Rows[WordFeatures.Self136]);
            Add(ref acc, p.Rows[WordFeatures.Prev137]);
            Add(ref acc, x.Rows[WordFeatures.Next138]);
            Add(ref acc, p2.Rows[WordFeatures.Prev2At139]);
            Add(ref acc, x2.Rows[WordFeatures.Next2At140]);
            Add(ref acc, Row(NerFeatures.Mix(p.Norm141, tv.StemCluster)));
            Add(ref acc, Row(NerFeatures.Mix(x.Norm142, tv.StemCluster)));
            Add(ref acc, Row(NerFeatures.Mix(p.Stem143, tv.StemCluster)));
            scores[..L].CopyTo(first.Slice(i * L, L));
            if (Stages == 2)
            {
                scores.Slice(L, L).CopyTo(second.Slice(i * L, L));
            }
        }
    }

    private void AddRun(ref float acc, int[] rows, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            Add(ref acc, rows[k]);
        }
    }

    // Lane by lane the same IEEE additions as the scalar loop of AddAll over the float weights, so the sums
    // are equal bit for bit (each half widens to exactly the float it was rounded from).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Add(ref float acc, int at)
    {
        if (at < 0)
        {
            return;
        }
        ref var w = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_weights), at);
        var stride = Stride;
        var k = 0;
        for (; k + 8 <= stride; k += 8)
        {
            var (low, high) = Vector128.Widen(Vector128.LoadUnsafe(ref w, (nuint)k));
            (Vector128.LoadUnsafe(ref acc, (nuint)k) + ToSingle(low)).StoreUnsafe(ref acc, (nuint)k);
            (Vector128.LoadUnsafe(ref acc, (nuint)k + 4) + ToSingle(high)).StoreUnsafe(ref acc, (nuint)k + 4);
        }
        for (; k < stride; k += 4)
        {
            var quarter = Vector128.WidenLower(Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<ushort, byte>(ref Unsafe.Add(ref w, k)))).AsUInt16());
            (Vector128.LoadUnsafe(ref acc, (nuint)k) + ToSingle(quarter)).StoreUnsafe(ref acc, (nuint)k);
        }
    }

    /// <summary>
    /// The float value of each lane's half-precision bits, exact for every finite half (zeros and
    /// subnormals included; the weights hold no infinity or NaN): the magnitude's bits moved to a
    /// float's place read as a float are the half's value × 2^-112, and a multiplication by a power of
    /// two is exact. Hardware conversion (F16C) is not exposed to .NET 10, and <c>(float)Half</c> is a
    /// call per weight.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector128<float> ToSingle(Vector128<uint> half)
    {
        var magnitude = ((half & Vector128.Create(0x7FFFu)) << 13).AsSingle() * Vector128.Create(Rebias);
        return (magnitude.AsUInt32() | ((half & Vector128.Create(0x8000u)) << 16)).AsSingle();
    }

    // 2^112: a half's exponent bias is 15, a float's 127.
    private const float Rebias = 5.192296858534828e33f;

    /// <summary>
    /// The reference <see cref="Score"/> must equal (the tests compare them): each feature of each token
    /// looked up in each stage's own table and its float weights added in order (zeros where a stage
    /// lacks it, as the joint rows hold).
    /// </summary>
    /// <param name="features">The feature hashes of all tokens, token after token.</param>
    /// <param name="offsets">Token i's features are <paramref name="features"/>[offsets[i]..offsets[i + 1]].</param>
    /// <param name="first">n × label scores of the first stage.</param>
    /// <param name="second">n × label scores of the second stage (empty with one stage).</param>
    public void AddAll(ReadOnlySpan<uint> features, ReadOnlySpan<int> offsets, Span<float> first, Span<float> second)
    {
        for (var i = 0; i + 1 < offsets.Length; i++)
        {
            for (var k = offsets[i]; k < offsets[i + 1]; k++)
            {
                var inFirst = _first.Table.Find(features[k]);
                var inSecond = _second?.Table.Find(features[k]) ?? -1;
                if (inFirst < 0 && inSecond < 0)
                {
                    continue;
                }
                AddStage(_first, inFirst, first.Slice(i * L, L));
                if (_second is not null)
                {
                    AddStage(_second, inSecond, second.Slice(i * L, L));
                }
            }
        }

        static void AddStage(NerModel model, int row, Span<float> scores)
        {
            for (var y = 0; y < L; y++)
            {
                scores[y] += row < 0 ? 0f : model.Weights[(row * L) + y];
            }
        }
    }
}
