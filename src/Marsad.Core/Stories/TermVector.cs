using System.Buffers.Binary;

namespace Marsad.Core.Stories;

/// <summary>
/// A sparse, L2-normalized vector of weighted terms (term hashes sorted ascending),
/// compared by cosine similarity. Used for an article's key terms and a story's centroid.
/// </summary>
public sealed class TermVector
{
    /// <summary>The empty vector.</summary>
    public static TermVector Empty { get; } = new([], []);

    private TermVector(ulong[] terms, float[] weights) => (Terms, Weights) = (terms, weights);

    /// <summary>Term hashes, ascending.</summary>
    public ulong[] Terms { get; }

    /// <summary>The weight of each term in <see cref="Terms"/>; the vector has unit length.</summary>
    public float[] Weights { get; }

    /// <summary>Builds a unit vector from (term, weight) pairs; repeated terms add up; at most <paramref name="maxTerms"/> heaviest terms are kept.</summary>
    public static TermVector From(IEnumerable<KeyValuePair<ulong, float>> weighted, int maxTerms = 64)
    {
        var sums = new Dictionary<ulong, float>();
        foreach (var (term, weight) in weighted)
        {
            sums[term] = sums.GetValueOrDefault(term) + weight;
        }
        var top = sums.Where(p => p.Value > 0).OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(maxTerms).OrderBy(p => p.Key).ToArray();
        if (top.Length == 0)
        {
            return Empty;
        }
        var norm = MathF.Sqrt(top.Sum(p => p.Value * p.Value));
        return new TermVector(top.Select(p => p.Key).ToArray(), top.Select(p => p.Value / norm).ToArray());
    }

    /// <summary>
    /// The vector as bytes, to persist it: the term count (int32), the terms (uint64 each),
    /// then the weights (float32 each), little-endian; <see cref="FromBytes"/> reads it back bit for bit.
    /// </summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[4 + Terms.Length * 12];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, Terms.Length);
        for (var i = 0; i < Terms.Length; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(4 + i * 8), Terms[i]);
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(4 + Terms.Length * 8 + i * 4), Weights[i]);
        }
        return bytes;
    }

    /// <summary>Reads a vector written by <see cref="ToBytes"/>.</summary>
    public static TermVector FromBytes(ReadOnlySpan<byte> bytes)
    {
        var count = BinaryPrimitives.ReadInt32LittleEndian(bytes);
        if (count == 0)
        {
            return Empty;
        }
        var terms = new ulong[count];
        var weights = new float[count];
        for (var i = 0; i < count; i++)
        {
            terms[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes[(4 + i * 8)..]);
            weights[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[(4 + count * 8 + i * 4)..]);
        }
        return new TermVector(terms, weights);
    }

    /// <summary>The cosine similarity of two unit vectors, 0 to 1.</summary>
    public double Cosine(TermVector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        // A merge of the two ascending term lists. Placing an article scores it against hundreds of
        // centroids, so the loop avoids the unpredictable less-than branch: both indices advance by
        // comparison results (conditional moves), and only the rarer match branches. The matches are
        // met, and summed, in ascending term order as before: the same sum bit for bit.
        ReadOnlySpan<ulong> a = Terms, b = other.Terms;
        ReadOnlySpan<float> wa = Weights, wb = other.Weights;
        double dot = 0;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            ulong x = a[i], y = b[j];
            if (x == y)
            {
                dot += wa[i] * wb[j];
            }
            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
        }
        return dot;
    }

    /// <summary>The weighted sum of this vector and another, renormalized: how a story's centroid absorbs an article.</summary>
    public TermVector Add(TermVector other, float otherWeight = 1, int maxTerms = 128)
    {
        ArgumentNullException.ThrowIfNull(other);
        var pairs = Terms.Select((t, i) => KeyValuePair.Create(t, Weights[i]))
            .Concat(other.Terms.Select((t, i) => KeyValuePair.Create(t, other.Weights[i] * otherWeight)));
        return From(pairs, maxTerms);
    }
}
