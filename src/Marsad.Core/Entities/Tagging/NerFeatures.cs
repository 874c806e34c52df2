namespace Marsad.Core.Entities.Tagging;

/// <summary>
/// The feature templates of the tagger, hashed to 32 bits so that the model stores no
/// strings and extraction allocates nothing per feature. Templates for token i:
/// <list type="bullet">
/// <item>a bias; the normalized word and its clitic-free stem; the clitics;</item>
/// <item>the normalized words at i-2..i+2 and the stems at i-1 and i+1; the word bigrams (i-1, i) and (i, i+1); the stem bigram (i-1, i);</item>
/// <item>prefixes and suffixes of 1 to 4 letters of the word and of 1 to 3 letters of the stem; the stem's last two letters at i-1 and i+1;</item>
/// <item>the shape (digits, Latin, Arabic, punctuation; a length bucket) at i-1, i, i+1;</item>
/// <item>each lexicon flag (list entries, title words) at i-2..i+2, and the flags of i-1 with the stem of i;</item>
/// <item>the position in the sentence (first word);</item>
/// <item>the distributional class of the word and of its stem, at i-2..i+2, the class bigrams, and the stem's class with the word before or after;</item>
/// <item>the stem's bucketed type shares over unlabeled news (<see cref="SilverLexicon"/>) at i-1, i, i+1;</item>
/// <item>in the second stage, the types the first stage gave the same stem elsewhere in the document, alone and with those of the neighbours.</item>
/// </list>
/// </summary>
internal static class NerFeatures
{
    private const uint Offset = 2166136261;

    /// <summary>The FNV prime of every hash step (also used by <see cref="WordFeatures"/>, which continues hashes from cached states).</summary>
    internal const uint Prime = 16777619;

    /// <summary>Appends the feature hashes of token <paramref name="i"/> to <paramref name="output"/>.</summary>
    public static void Extract(ReadOnlySpan<NerToken> tokens, int i, List<uint> output)
    {
        var t = tokens[i];
        output.Add(Hash(1));
        output.Add(Hash(2, t.Norm));
        output.Add(Hash(3, t.Stem));
        output.Add(Hash(4, t.Clitics));
        output.Add(Hash(5, t.Shape));
        var prev = i > 0 ? tokens[i - 1] : Boundary("<s>");
        var next = i + 1 < tokens.Length ? tokens[i + 1] : Boundary("</s>");
        var prev2 = i > 1 ? tokens[i - 2] : Boundary("<s>");
        var next2 = i + 2 < tokens.Length ? tokens[i + 2] : Boundary("</s>");
        output.Add(Hash(10, prev.Norm));
        output.Add(Hash(11, next.Norm));
        output.Add(Hash(12, prev2.Norm));
        output.Add(Hash(13, next2.Norm));
        output.Add(Hash(14, prev.Stem));
        output.Add(Hash(15, next.Stem));
        output.Add(Hash(16, prev.Norm, t.Norm));
        output.Add(Hash(17, t.Norm, next.Norm));
        output.Add(Hash(18, prev.Stem, t.Stem));
        output.Add(Hash(19, prev.Shape));
        output.Add(Hash(20, next.Shape));
        output.Add(Hash(21, Tail(prev.Stem, 2)));
        output.Add(Hash(22, Tail(next.Stem, 2)));
        for (var n = 1; n <= 4; n++)
        {
            if (t.Norm.Length > n)
            {
                output.Add(Hash((byte)(30 + n), t.Norm.AsSpan(0, n)));
                output.Add(Hash((byte)(40 + n), t.Norm.AsSpan(t.Norm.Length - n)));
            }
            if (n <= 3 && t.Stem.Length > n && !ReferenceEquals(t.Stem, t.Norm))
            {
                output.Add(Hash((byte)(50 + n), t.Stem.AsSpan(0, n)));
                output.Add(Hash((byte)(60 + n), t.Stem.AsSpan(t.Stem.Length - n)));
            }
        }
        AddFlags(output, 70, t.Flags);
        AddFlags(output, 80, prev.Flags);
        AddFlags(output, 90, next.Flags);
        AddFlags(output, 100, prev2.Flags);
        AddFlags(output, 110, next2.Flags);
        if (prev.Flags != LexiconFlags.None)
        {
            output.Add((Hash(120, t.Stem) ^ (uint)prev.Flags) * Prime);
        }
        if (i == 0)
        {
            output.Add(Hash(121));
        }
        output.Add(Mix(Hash(130), t.Cluster));
        output.Add(Mix(Hash(131), t.StemCluster));
        output.Add(Mix(Hash(132), prev.Cluster));
        output.Add(Mix(Hash(133), next.Cluster));
        output.Add(Mix(Mix(Hash(134), prev.Cluster), t.Cluster));
        output.Add(Mix(Mix(Hash(135), t.Cluster), next.Cluster));
        output.Add(Mix(Hash(136, t.Clitics), t.StemCluster));
        output.Add(Mix(Hash(137), prev.StemCluster));
        output.Add(Mix(Hash(138), next.StemCluster));
        output.Add(Mix(Hash(139), prev2.Cluster));
        output.Add(Mix(Hash(140), next2.Cluster));
        output.Add(Mix(Hash(141, prev.Norm), t.StemCluster));
        output.Add(Mix(Hash(142, next.Norm), t.StemCluster));
        output.Add(Mix(Hash(143, prev.Stem), t.StemCluster));
        AddSilver(output, 180, t.Silver);
        AddSilver(output, 192, prev.Silver);
        AddSilver(output, 204, next.Silver);
    }

    /// <summary>One feature per type with a non-zero bucket in <paramref name="silver"/>: template + 3 × type + bucket - 1.</summary>
    private static void AddSilver(List<uint> output, byte template, int silver)
    {
        for (var type = 0; type < BioLabels.TypeCount && silver != 0; type++)
        {
            if (SilverLexicon.Bucket(silver, type) is > 0 and var bucket)
            {
                output.Add(Hash((byte)(template + (3 * type) + bucket - 1)));
            }
        }
    }

    /// <summary>Appends the second stage's document-memory features of token <paramref name="i"/>.</summary>
    public static void ExtractMemory(ReadOnlySpan<NerToken> tokens, int i, List<uint> output) =>
        ExtractMemory(tokens[i].Memory, i > 0 ? tokens[i - 1].Memory : 0, i + 1 < tokens.Length ? tokens[i + 1].Memory : 0, output);

    /// <summary>The memory features from the memory bits of a token and of its neighbours.</summary>
    public static void ExtractMemory(int t, int prev, int next, List<uint> output)
    {
        if (t != 0)
        {
            output.Add(Mix(Hash(150), t));
            output.Add(Mix(Mix(Hash(151), t), prev));
            output.Add(Mix(Mix(Hash(152), t), next));
        }
    }

    internal static NerToken Boundary(string mark) => new(mark, mark, string.Empty, mark, LexiconFlags.None, -2, -2, 0);

    internal static ReadOnlySpan<char> Tail(string s, int n) => s.Length > n ? s.AsSpan(s.Length - n) : s;

    private static void AddFlags(List<uint> output, byte template, LexiconFlags flags)
    {
        for (var bit = 0; bit < 7; bit++)
        {
            if (((int)flags & (1 << bit)) != 0)
            {
                output.Add(Hash((byte)(template + bit)));
            }
        }
    }

    internal static uint Mix(uint h, int value) => (((h ^ (uint)(value & 0xFFFF)) * Prime) ^ (uint)(value >> 16)) * Prime;

    internal static uint Hash(byte template) => (Offset ^ template) * Prime;

    internal static uint Hash(byte template, ReadOnlySpan<char> a)
    {
        var h = Hash(template);
        foreach (var c in a)
        {
            h = (h ^ (c & 0xFFu)) * Prime;
            h = (h ^ (uint)(c >> 8)) * Prime;
        }
        return h;
    }

    private static uint Hash(byte template, ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var h = Hash(template, a);
        h = (h ^ 0x1Fu) * Prime;
        foreach (var c in b)
        {
            h = (h ^ (c & 0xFFu)) * Prime;
            h = (h ^ (uint)(c >> 8)) * Prime;
        }
        return h;
    }
}
