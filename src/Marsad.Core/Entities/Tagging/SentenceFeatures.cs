namespace Marsad.Core.Entities.Tagging;

/// <summary>
/// One sentence's token views and feature hashes, extracted once and scored by both
/// stages: only the few document-memory features differ between them.
/// </summary>
internal sealed class SentenceFeatures
{
    private readonly uint[] _hashes;
    private readonly int[] _offsets;

    private SentenceFeatures(NerToken[] tokens, uint[] hashes, int[] offsets)
    {
        Tokens = tokens;
        _hashes = hashes;
        _offsets = offsets;
    }

    public NerToken[] Tokens { get; }

    public static SentenceFeatures Create(IReadOnlyList<string> tokens, NerModel model)
    {
        var n = tokens.Count;
        var views = new NerToken[n];
        for (var i = 0; i < n; i++)
        {
            views[i] = NerToken.Create(tokens[i] ?? string.Empty, model.Lexicon, model.Clusters, null);
        }
        var hashes = new List<uint>(n * 64);
        var offsets = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            NerFeatures.Extract(views, i, hashes);
            offsets[i + 1] = hashes.Count;
        }
        return new SentenceFeatures(views, [.. hashes], offsets);
    }

    /// <summary>n × label scores under <paramref name="model"/>, with the memory features when <paramref name="memory"/> is given.</summary>
    public float[] Emissions(NerModel model, IReadOnlyDictionary<string, int>? memory)
    {
        var n = Tokens.Length;
        var emissions = new float[n * BioLabels.Count];
        var views = Tokens;
        if (memory is not null)
        {
            views = new NerToken[n];
            for (var i = 0; i < n; i++)
            {
                views[i] = Tokens[i] with { Memory = memory.GetValueOrDefault(Tokens[i].Stem) };
            }
        }
        var extra = new List<uint>(4);
        for (var i = 0; i < n; i++)
        {
            var target = emissions.AsSpan(i * BioLabels.Count, BioLabels.Count);
            Add(model, _hashes.AsSpan(_offsets[i], _offsets[i + 1] - _offsets[i]), target);
            if (memory is not null)
            {
                extra.Clear();
                NerFeatures.ExtractMemory(views, i, extra);
                Add(model, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(extra), target);
            }
        }
        return emissions;
    }

    private static void Add(NerModel model, ReadOnlySpan<uint> features, Span<float> target)
    {
        var weights = model.Weights;
        foreach (var f in features)
        {
            var row = model.Table.Find(f);
            if (row >= 0)
            {
                var w = weights.AsSpan(row * BioLabels.Count, BioLabels.Count);
                for (var y = 0; y < BioLabels.Count; y++)
                {
                    target[y] += w[y];
                }
            }
        }
    }
}
