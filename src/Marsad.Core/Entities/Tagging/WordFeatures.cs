namespace Marsad.Core.Entities.Tagging;

/// <summary>
/// What one word contributes to the tagger's features wherever it stands, found once per word
/// instead of once per token: the sums of the weight rows (in a <see cref="JointWeights"/> table)
/// of the <see cref="NerFeatures"/> templates that read only this word, as the token itself and as
/// the neighbour at i-1, i+1, i-2 and i+2, and the hash states the two-word templates continue from.
/// News vocabulary is Zipfian, so most tokens then cost one dictionary lookup, five vector adds
/// (the word's own sum and its four neighbours' sums for their offsets) and about ten hash probes
/// (the templates that read two words) instead of about sixty hashes and probes.
/// </summary>
/// <remarks>
/// The templates are those of <see cref="NerFeatures.Extract"/>; a change to them must be made in
/// both places. The sums add the same rows in another order than <see cref="JointWeights.AddAll"/>
/// over <see cref="NerFeatures.Extract"/> (float additions do not associate), so the scores differ
/// from that reference in their last bits: <c>WordFeaturesTests</c> holds them equal within a
/// tolerance, and <see cref="JointWeights.Score"/> adds them in one fixed order, so a sentence's
/// scores do not depend on which words were cached.
/// </remarks>
internal sealed class WordFeatures
{
    // The five sums in Sums, each one stride long, by the offset at which the word is read.
    internal const int Self = 0, AsPrev = 1, AsNext = 2, AsPrev2 = 3, AsNext2 = 4;

    /// <summary>How many sums <see cref="Sums"/> holds.</summary>
    internal const int SumCount = 5;

    private WordFeatures(NerToken view, float[] sums)
    {
        View = view;
        Sums = sums;
        var prime = NerFeatures.Prime;
        Pair16 = (NerFeatures.Hash(16, view.Norm) ^ 0x1Fu) * prime;
        Pair17 = (NerFeatures.Hash(17, view.Norm) ^ 0x1Fu) * prime;
        Pair18 = (NerFeatures.Hash(18, view.Stem) ^ 0x1Fu) * prime;
        Stem120 = NerFeatures.Hash(120, view.Stem);
        Norm141 = NerFeatures.Hash(141, view.Norm);
        Norm142 = NerFeatures.Hash(142, view.Norm);
        Stem143 = NerFeatures.Hash(143, view.Stem);
    }

    /// <summary>The token view (normalized word, stem, flags, classes).</summary>
    public NerToken View { get; }

    /// <summary>
    /// <see cref="SumCount"/> strides of scores, one after the other (one array, so that a word's sums share cache
    /// lines): at <see cref="Self"/> the rows of the templates that read the token alone (1..5, 31..76, 130, 131,
    /// 136, 180s), at <see cref="AsPrev"/> those that read the word before alone (10, 14, 19, 21, 80s, 132, 137, 192s), at
    /// <see cref="AsNext"/> the word after (11, 15, 20, 22, 90s, 133, 138, 204s), at <see cref="AsPrev2"/> two before
    /// (12, 100s, 139), at <see cref="AsNext2"/> two after (13, 110s, 140); each summed in that order from zero.
    /// </summary>
    public float[] Sums { get; }

    /// <summary>Hash state of template 16 after this word as the first of the pair and the separator.</summary>
    public uint Pair16 { get; }

    /// <summary>Hash state of template 17 after this word as the first of the pair and the separator.</summary>
    public uint Pair17 { get; }

    /// <summary>Hash state of template 18 after this word's stem as the first of the pair and the separator.</summary>
    public uint Pair18 { get; }

    /// <summary>Template 120's hash of this word's stem, before the previous word's flags are mixed in.</summary>
    public uint Stem120 { get; }

    /// <summary>Template 141's hash of this word (as the previous word).</summary>
    public uint Norm141 { get; }

    /// <summary>Template 142's hash of this word (as the next word).</summary>
    public uint Norm142 { get; }

    /// <summary>Template 143's hash of this word's stem (as the previous word).</summary>
    public uint Stem143 { get; }

    /// <summary>Continues an FNV hash over <paramref name="text"/> as <see cref="NerFeatures"/> hashes strings.</summary>
    public static uint Continue(uint h, ReadOnlySpan<char> text)
    {
        var prime = NerFeatures.Prime;
        foreach (var c in text)
        {
            h = (h ^ (c & 0xFFu)) * prime;
            h = (h ^ (uint)(c >> 8)) * prime;
        }
        return h;
    }

    /// <summary>The features of <paramref name="view"/> under <paramref name="table"/>.</summary>
    public static WordFeatures Create(NerToken view, JointWeights table)
    {
        var stride = table.Stride;
        var sums = new float[SumCount * stride];
        var norm = view.Norm;
        var stem = view.Stem;
        var cluster = view.Cluster;
        var stemCluster = view.StemCluster;

        // As the token itself: templates 1..5, the affixes (31..64), the flags (70s), the classes 130, 131, 136.
        var self = sums.AsSpan(Self * stride, stride);
        table.AddRow(self, table.Row(NerFeatures.Hash(1)));
        table.AddRow(self, table.Row(NerFeatures.Hash(2, norm)));
        table.AddRow(self, table.Row(NerFeatures.Hash(3, stem)));
        table.AddRow(self, table.Row(NerFeatures.Hash(4, view.Clitics)));
        table.AddRow(self, table.Row(NerFeatures.Hash(5, view.Shape)));
        for (var n = 1; n <= 4; n++)
        {
            if (norm.Length > n)
            {
                table.AddRow(self, table.Row(NerFeatures.Hash((byte)(30 + n), norm.AsSpan(0, n))));
                table.AddRow(self, table.Row(NerFeatures.Hash((byte)(40 + n), norm.AsSpan(norm.Length - n))));
            }
            if (n <= 3 && stem.Length > n && !ReferenceEquals(stem, norm))
            {
                table.AddRow(self, table.Row(NerFeatures.Hash((byte)(50 + n), stem.AsSpan(0, n))));
                table.AddRow(self, table.Row(NerFeatures.Hash((byte)(60 + n), stem.AsSpan(stem.Length - n))));
            }
        }
        AddFlags(self, table, 70, view.Flags);
        table.AddRow(self, table.Row(NerFeatures.Mix(NerFeatures.Hash(130), cluster)));
        table.AddRow(self, table.Row(NerFeatures.Mix(NerFeatures.Hash(131), stemCluster)));
        table.AddRow(self, table.Row(NerFeatures.Mix(NerFeatures.Hash(136, view.Clitics), stemCluster)));
        AddSilver(self, table, 180, view.Silver);

        // As the word before the token.
        var prev = sums.AsSpan(AsPrev * stride, stride);
        table.AddRow(prev, table.Row(NerFeatures.Hash(10, norm)));
        table.AddRow(prev, table.Row(NerFeatures.Hash(14, stem)));
        table.AddRow(prev, table.Row(NerFeatures.Hash(19, view.Shape)));
        table.AddRow(prev, table.Row(NerFeatures.Hash(21, NerFeatures.Tail(stem, 2))));
        AddFlags(prev, table, 80, view.Flags);
        table.AddRow(prev, table.Row(NerFeatures.Mix(NerFeatures.Hash(132), cluster)));
        table.AddRow(prev, table.Row(NerFeatures.Mix(NerFeatures.Hash(137), stemCluster)));
        AddSilver(prev, table, 192, view.Silver);

        // As the word after the token.
        var next = sums.AsSpan(AsNext * stride, stride);
        table.AddRow(next, table.Row(NerFeatures.Hash(11, norm)));
        table.AddRow(next, table.Row(NerFeatures.Hash(15, stem)));
        table.AddRow(next, table.Row(NerFeatures.Hash(20, view.Shape)));
        table.AddRow(next, table.Row(NerFeatures.Hash(22, NerFeatures.Tail(stem, 2))));
        AddFlags(next, table, 90, view.Flags);
        table.AddRow(next, table.Row(NerFeatures.Mix(NerFeatures.Hash(133), cluster)));
        table.AddRow(next, table.Row(NerFeatures.Mix(NerFeatures.Hash(138), stemCluster)));
        AddSilver(next, table, 204, view.Silver);

        // As the word two before, and two after, the token.
        var prev2 = sums.AsSpan(AsPrev2 * stride, stride);
        table.AddRow(prev2, table.Row(NerFeatures.Hash(12, norm)));
        AddFlags(prev2, table, 100, view.Flags);
        table.AddRow(prev2, table.Row(NerFeatures.Mix(NerFeatures.Hash(139), cluster)));
        var next2 = sums.AsSpan(AsNext2 * stride, stride);
        table.AddRow(next2, table.Row(NerFeatures.Hash(13, norm)));
        AddFlags(next2, table, 110, view.Flags);
        table.AddRow(next2, table.Row(NerFeatures.Mix(NerFeatures.Hash(140), cluster)));
        return new WordFeatures(view, sums);
    }

    private static void AddSilver(Span<float> sum, JointWeights table, byte template, int silver)
    {
        for (var type = 0; type < BioLabels.TypeCount && silver != 0; type++)
        {
            if (SilverLexicon.Bucket(silver, type) is > 0 and var bucket)
            {
                table.AddRow(sum, table.Row(NerFeatures.Hash((byte)(template + (3 * type) + bucket - 1))));
            }
        }
    }

    private static void AddFlags(Span<float> sum, JointWeights table, byte template, LexiconFlags flags)
    {
        for (var bit = 0; bit < 7; bit++)
        {
            if (((int)flags & (1 << bit)) != 0)
            {
                table.AddRow(sum, table.Row(NerFeatures.Hash((byte)(template + bit))));
            }
        }
    }
}
