namespace Marsad.Core.Entities.Tagging;

/// <summary>
/// What one word contributes to the tagger's features wherever it stands, found once per word
/// instead of once per token: the weight rows (in a <see cref="JointWeights"/> table) of the
/// <see cref="NerFeatures"/> templates that read only this word, as the token itself and as the
/// neighbour at i-2, i-1, i+1 and i+2, and the hash states the two-word templates continue from.
/// News vocabulary is Zipfian, so most tokens then cost one dictionary lookup and about ten
/// hash probes (the two-word templates) instead of about sixty hashes and probes.
/// </summary>
/// <remarks>
/// The templates are those of <see cref="NerFeatures.Extract"/>, and <see cref="JointWeights.Score"/>
/// adds the rows in exactly its order, so the scores are equal bit for bit (float additions do not
/// commute): <c>WordFeaturesTests</c> holds them equal to <see cref="JointWeights.AddAll"/> over
/// <see cref="NerFeatures.Extract"/>. A change to the templates must be made in both places.
/// Rows are the row index times the table's stride, -1 for a feature the model lacks.
/// </remarks>
internal sealed class WordFeatures
{
    // Fixed slots of Rows, by template (see Extract's order).
    internal const int Prev10 = 0, Prev14 = 1, Prev19 = 2, Prev21 = 3;
    internal const int Next11 = 4, Next15 = 5, Next20 = 6, Next22 = 7;
    internal const int Prev2At12 = 8, Next2At13 = 9;
    internal const int Self130 = 10, Self131 = 11, Self136 = 12;
    internal const int Prev132 = 13, Prev137 = 14, Next133 = 15, Next138 = 16, Prev2At139 = 17, Next2At140 = 18;
    private const int Fixed = 19;

    private WordFeatures(NerToken view, float[] head, int[] rows, int selfEnd, int prevFlagsEnd, int nextFlagsEnd, int prev2FlagsEnd, int next2FlagsEnd)
    {
        View = view;
        Head = head;
        Rows = rows;
        SelfEnd = selfEnd;
        PrevFlagsEnd = prevFlagsEnd;
        NextFlagsEnd = nextFlagsEnd;
        Prev2FlagsEnd = prev2FlagsEnd;
        Next2FlagsEnd = next2FlagsEnd;
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

    /// <summary>The sum, in template order from zero, of the rows of templates 1 to 5 (bias, word, stem, clitics, shape): a stride of scores.</summary>
    public float[] Head { get; }

    /// <summary>The fixed slots, then the variable runs: own affixes and flags (31..76), flags as i-1, i+1, i-2, i+2.</summary>
    public int[] Rows { get; }

    /// <summary>End of the own affix and flag rows (they start at the fixed slots' end).</summary>
    public int SelfEnd { get; }

    /// <summary>End of the flag rows as the word before (template 80).</summary>
    public int PrevFlagsEnd { get; }

    /// <summary>End of the flag rows as the word after (template 90).</summary>
    public int NextFlagsEnd { get; }

    /// <summary>End of the flag rows as the word two before (template 100).</summary>
    public int Prev2FlagsEnd { get; }

    /// <summary>End of the flag rows as the word two after (template 110).</summary>
    public int Next2FlagsEnd { get; }

    /// <summary>Where the variable rows start.</summary>
    public static int SelfStart => Fixed;

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
        var rows = new List<int>(Fixed + 32);
        for (var k = 0; k < Fixed; k++)
        {
            rows.Add(-1);
        }
        rows[Prev10] = table.Row(NerFeatures.Hash(10, view.Norm));
        rows[Prev14] = table.Row(NerFeatures.Hash(14, view.Stem));
        rows[Prev19] = table.Row(NerFeatures.Hash(19, view.Shape));
        rows[Prev21] = table.Row(NerFeatures.Hash(21, NerFeatures.Tail(view.Stem, 2)));
        rows[Next11] = table.Row(NerFeatures.Hash(11, view.Norm));
        rows[Next15] = table.Row(NerFeatures.Hash(15, view.Stem));
        rows[Next20] = table.Row(NerFeatures.Hash(20, view.Shape));
        rows[Next22] = table.Row(NerFeatures.Hash(22, NerFeatures.Tail(view.Stem, 2)));
        rows[Prev2At12] = table.Row(NerFeatures.Hash(12, view.Norm));
        rows[Next2At13] = table.Row(NerFeatures.Hash(13, view.Norm));
        rows[Self130] = table.Row(NerFeatures.Mix(NerFeatures.Hash(130), view.Cluster));
        rows[Self131] = table.Row(NerFeatures.Mix(NerFeatures.Hash(131), view.StemCluster));
        rows[Self136] = table.Row(NerFeatures.Mix(NerFeatures.Hash(136, view.Clitics), view.StemCluster));
        rows[Prev132] = table.Row(NerFeatures.Mix(NerFeatures.Hash(132), view.Cluster));
        rows[Prev137] = table.Row(NerFeatures.Mix(NerFeatures.Hash(137), view.StemCluster));
        rows[Next133] = table.Row(NerFeatures.Mix(NerFeatures.Hash(133), view.Cluster));
        rows[Next138] = table.Row(NerFeatures.Mix(NerFeatures.Hash(138), view.StemCluster));
        rows[Prev2At139] = table.Row(NerFeatures.Mix(NerFeatures.Hash(139), view.Cluster));
        rows[Next2At140] = table.Row(NerFeatures.Mix(NerFeatures.Hash(140), view.Cluster));

        // Templates 31..64: prefixes and suffixes of the word and of its stem, in Extract's order.
        var norm = view.Norm;
        var stem = view.Stem;
        for (var n = 1; n <= 4; n++)
        {
            if (norm.Length > n)
            {
                AddPresent(rows, table, NerFeatures.Hash((byte)(30 + n), norm.AsSpan(0, n)));
                AddPresent(rows, table, NerFeatures.Hash((byte)(40 + n), norm.AsSpan(norm.Length - n)));
            }
            if (n <= 3 && stem.Length > n && !ReferenceEquals(stem, norm))
            {
                AddPresent(rows, table, NerFeatures.Hash((byte)(50 + n), stem.AsSpan(0, n)));
                AddPresent(rows, table, NerFeatures.Hash((byte)(60 + n), stem.AsSpan(stem.Length - n)));
            }
        }
        AddFlags(rows, table, 70, view.Flags);
        var selfEnd = rows.Count;
        AddFlags(rows, table, 80, view.Flags);
        var prevFlagsEnd = rows.Count;
        AddFlags(rows, table, 90, view.Flags);
        var nextFlagsEnd = rows.Count;
        AddFlags(rows, table, 100, view.Flags);
        var prev2FlagsEnd = rows.Count;
        AddFlags(rows, table, 110, view.Flags);
        var next2FlagsEnd = rows.Count;

        // Templates 1..5 come first in Extract, so their sum from zero is what a token's scores hold after them.
        var head = new float[table.Stride];
        table.AddRow(head, table.Row(NerFeatures.Hash(1)));
        table.AddRow(head, table.Row(NerFeatures.Hash(2, view.Norm)));
        table.AddRow(head, table.Row(NerFeatures.Hash(3, view.Stem)));
        table.AddRow(head, table.Row(NerFeatures.Hash(4, view.Clitics)));
        table.AddRow(head, table.Row(NerFeatures.Hash(5, view.Shape)));
        return new WordFeatures(view, head, [.. rows], selfEnd, prevFlagsEnd, nextFlagsEnd, prev2FlagsEnd, next2FlagsEnd);
    }

    // A feature the model lacks adds nothing: only present rows are kept in the variable runs.
    private static void AddPresent(List<int> rows, JointWeights table, uint feature)
    {
        var row = table.Row(feature);
        if (row >= 0)
        {
            rows.Add(row);
        }
    }

    private static void AddFlags(List<int> rows, JointWeights table, byte template, LexiconFlags flags)
    {
        for (var bit = 0; bit < 7; bit++)
        {
            if (((int)flags & (1 << bit)) != 0)
            {
                AddPresent(rows, table, NerFeatures.Hash((byte)(template + bit)));
            }
        }
    }
}
