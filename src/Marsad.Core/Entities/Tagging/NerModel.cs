namespace Marsad.Core.Entities.Tagging;

/// <summary>
/// The tagger's parameters: a weight per (feature hash, label), label transition weights
/// and the lexicon flags the features read. Immutable once built; shared by all threads.
/// Record format (little-endian, inside the file <see cref="NameTagger.Save"/> writes): the
/// lexicon (count, then word and flags), the word classes (count, then word and class) and the silver
/// lexicon (count, then stem and packed shares; since version 4) unless shared with a first stage, the transitions (start row then one row per label), then the
/// feature rows (count, then hash, a 9-bit label mask and a half-precision weight per set bit).
/// </summary>
internal sealed class NerModel
{
    public NerModel(
        IReadOnlyDictionary<string, LexiconFlags> lexicon,
        IReadOnlyDictionary<string, int> clusters,
        float[] transitions,
        Dictionary<uint, int> rows,
        float[] weights,
        IReadOnlyDictionary<string, byte>? silver = null)
    {
        Silver = silver ?? new Dictionary<string, byte>();
        Lexicon = lexicon;
        Clusters = clusters;
        Transitions = transitions;
        ExpTransitions = NerDecoder.ExpTransitions(transitions);
        Rows = rows;
        Table = new FeatureTable(rows);
        Weights = weights;
    }

    /// <summary>Normalized word to flags.</summary>
    public IReadOnlyDictionary<string, LexiconFlags> Lexicon { get; }

    /// <summary>Normalized word to its distributional class.</summary>
    public IReadOnlyDictionary<string, int> Clusters { get; }

    /// <summary>Stem to its bucketed type shares over unlabeled news (<see cref="SilverLexicon"/>).</summary>
    public IReadOnlyDictionary<string, byte> Silver { get; }

    /// <summary>(Count + 1) × Count: row <c>Count</c> is the sentence start.</summary>
    public float[] Transitions { get; }

    /// <summary>exp of <see cref="Transitions"/>, 0 for forbidden moves, for the marginals.</summary>
    public double[] ExpTransitions { get; }

    /// <summary>Feature hash to its row in <see cref="Weights"/>.</summary>
    public Dictionary<uint, int> Rows { get; }

    /// <summary>The same map as <see cref="Rows"/>, laid out for fast lookups.</summary>
    public FeatureTable Table { get; }

    /// <summary>Rows × Count weights.</summary>
    public float[] Weights { get; }

    /// <summary>Writes the model; <paramref name="words"/> false leaves out the lexicon and classes a second stage shares with the first.</summary>
    public void Write(BinaryWriter w, bool words)
    {
        if (words)
        {
            w.Write(Lexicon.Count);
            foreach (var (word, flags) in Lexicon.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                w.Write(word);
                w.Write((byte)flags);
            }
            w.Write(Clusters.Count);
            foreach (var (word, cluster) in Clusters.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                w.Write(word);
                w.Write((ushort)cluster);
            }
            w.Write(Silver.Count);
            foreach (var (stem, shares) in Silver.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                w.Write(stem);
                w.Write(shares);
            }
        }
        foreach (var t in Transitions)
        {
            w.Write(t);
        }
        // Sorted by hash so the same model always writes the same bytes.
        var ordered = Rows.OrderBy(r => r.Key).ToList();
        w.Write(ordered.Count);
        foreach (var (hash, row) in ordered)
        {
            w.Write(hash);
            ushort mask = 0;
            for (var y = 0; y < BioLabels.Count; y++)
            {
                if (Weights[(row * BioLabels.Count) + y] != 0)
                {
                    mask |= (ushort)(1 << y);
                }
            }
            w.Write(mask);
            for (var y = 0; y < BioLabels.Count; y++)
            {
                if ((mask & (1 << y)) != 0)
                {
                    w.Write((Half)Weights[(row * BioLabels.Count) + y]);
                }
            }
        }
    }

    /// <summary>
    /// Reads a model written by <see cref="Write"/>; a second stage takes its lexicon and classes from <paramref name="shared"/>.
    /// Without <paramref name="silver"/> (files of version 3) no silver lexicon follows the classes.
    /// </summary>
    public static NerModel Read(BinaryReader r, NerModel? shared, bool silver = true)
    {
        var lexicon = shared?.Lexicon;
        var clusters = shared?.Clusters;
        var silverLexicon = shared?.Silver;
        if (shared is null)
        {
            var lexiconCount = r.ReadInt32();
            var ownLexicon = new Dictionary<string, LexiconFlags>(lexiconCount, StringComparer.Ordinal);
            for (var i = 0; i < lexiconCount; i++)
            {
                ownLexicon[r.ReadString()] = (LexiconFlags)r.ReadByte();
            }
            var clusterCount = r.ReadInt32();
            var ownClusters = new Dictionary<string, int>(clusterCount, StringComparer.Ordinal);
            for (var i = 0; i < clusterCount; i++)
            {
                ownClusters[r.ReadString()] = r.ReadUInt16();
            }
            var ownSilver = new Dictionary<string, byte>(StringComparer.Ordinal);
            for (var i = silver ? r.ReadInt32() : 0; i > 0; i--)
            {
                ownSilver[r.ReadString()] = r.ReadByte();
            }
            (lexicon, clusters, silverLexicon) = (ownLexicon, ownClusters, ownSilver);
        }
        var transitions = new float[(BioLabels.Count + 1) * BioLabels.Count];
        for (var i = 0; i < transitions.Length; i++)
        {
            transitions[i] = r.ReadSingle();
        }
        var rowCount = r.ReadInt32();
        var rows = new Dictionary<uint, int>(rowCount);
        var weights = new float[rowCount * BioLabels.Count];
        for (var row = 0; row < rowCount; row++)
        {
            rows[r.ReadUInt32()] = row;
            var mask = r.ReadUInt16();
            for (var y = 0; y < BioLabels.Count; y++)
            {
                if ((mask & (1 << y)) != 0)
                {
                    weights[(row * BioLabels.Count) + y] = (float)r.ReadHalf();
                }
            }
        }
        return new NerModel(lexicon!, clusters!, transitions, rows, weights, silverLexicon);
    }
}
