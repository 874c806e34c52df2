namespace Marsad.Core.Entities.Tagging;

/// <summary>
/// The weights of one or two stages under one hash table: a row holds the first stage's
/// label weights, then the second's (zeros where a stage lacks the feature), so scoring a
/// feature for both stages costs one probe and one or two adjacent cache lines instead of
/// two probes and two rows in separate tables.
/// </summary>
internal sealed class JointWeights
{
    private const int L = BioLabels.Count;
    private readonly FeatureTable _table;
    private readonly float[] _weights;

    public JointWeights(NerModel first, NerModel? second)
    {
        Stages = second is null ? 1 : 2;
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

    /// <summary>
    /// Adds the weights of each token's features to each stage's label scores: all rows are found first, then summed.
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
