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
        ArgumentNullException.ThrowIfNull(weighted);
        var pairs = weighted.ToArray();
        var terms = new ulong[pairs.Length];
        var weights = new float[pairs.Length];
        for (var i = 0; i < pairs.Length; i++)
        {
            (terms[i], weights[i]) = (pairs[i].Key, pairs[i].Value);
        }
        return FromArrays(terms, weights, pairs.Length, maxTerms);
    }

    /// <summary>
    /// <see cref="From"/> over the first <paramref name="count"/> entries of two parallel arrays, which it
    /// reorders in place (the caller gives them up). Array sorts instead of a dictionary and LINQ ordering:
    /// placing builds two vectors per article and scores hundreds, so this is on the placing's critical path.
    /// The result is the LINQ version's bit for bit: repeated terms are summed in input order starting from
    /// 0, the terms kept are the heaviest (the lower term among equal weights), and the norm is the square
    /// root of the squares summed in double precision in ascending term order, as Enumerable.Sum does.
    /// </summary>
    internal static TermVector FromArrays(ulong[] terms, float[] weights, int count, int maxTerms)
    {
        if (count == 0)
        {
            return Empty;
        }
        // Ascending term, input order among repeats (the index breaks ties: the sort is not stable).
        var entries = new Entry[count];
        for (var i = 0; i < count; i++)
        {
            entries[i] = new Entry(terms[i], weights[i], i);
        }
        entries.AsSpan().Sort(new ByTermThenIndex());
        var keys = new ulong[count];
        var sums = new float[count];
        var n = 0;
        for (var k = 0; k < count;)
        {
            var term = entries[k].Term;
            var sum = 0f;
            for (; k < count && entries[k].Term == term; k++)
            {
                sum += entries[k].Weight;
            }
            if (sum > 0)
            {
                (keys[n], sums[n]) = (term, sum);
                n++;
            }
        }
        return Normalized(keys, sums, n, maxTerms);
    }

    // A weighted term and where it came (its input position, or its rank among distinct terms).
    private readonly record struct Entry(ulong Term, float Weight, int Index);

    // Struct comparers: the generic sort is specialized for them, with no delegate call per comparison.
    private readonly struct ByTermThenIndex : IComparer<Entry>
    {
        public int Compare(Entry x, Entry y) => x.Term != y.Term ? x.Term.CompareTo(y.Term) : x.Index.CompareTo(y.Index);
    }

    private readonly struct ByWeightDescendingThenTerm : IComparer<Entry>
    {
        public int Compare(Entry x, Entry y) => x.Weight != y.Weight ? y.Weight.CompareTo(x.Weight) : x.Term.CompareTo(y.Term);
    }

    private readonly struct ByIndex : IComparer<Entry>
    {
        public int Compare(Entry x, Entry y) => x.Index.CompareTo(y.Index);
    }

    // The unit vector of n distinct terms, ascending, with positive weights; only the maxTerms heaviest kept.
    private static TermVector Normalized(ulong[] keys, float[] sums, int n, int maxTerms)
    {
        maxTerms = Math.Max(maxTerms, 0);
        if (n > maxTerms)
        {
            // The heaviest first, the lower term among equal weights; then back to ascending terms.
            var byWeight = new Entry[n];
            for (var i = 0; i < n; i++)
            {
                byWeight[i] = new Entry(keys[i], sums[i], i);
            }
            byWeight.AsSpan().Sort(new ByWeightDescendingThenTerm());
            byWeight.AsSpan(0, maxTerms).Sort(new ByIndex());
            var (topKeys, topSums) = (new ulong[maxTerms], new float[maxTerms]);
            for (var i = 0; i < maxTerms; i++)
            {
                (topKeys[i], topSums[i]) = (byWeight[i].Term, byWeight[i].Weight);
            }
            (keys, sums, n) = (topKeys, topSums, maxTerms);
        }
        if (n == 0)
        {
            return Empty;
        }
        double squares = 0;
        for (var i = 0; i < n; i++)
        {
            squares += sums[i] * sums[i];
        }
        var norm = MathF.Sqrt((float)squares);
        var (resultTerms, resultWeights) = (keys.Length == n ? keys : keys[..n], new float[n]);
        for (var i = 0; i < n; i++)
        {
            resultWeights[i] = sums[i] / norm;
        }
        return new TermVector(resultTerms, resultWeights);
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
        // A merge of the two ascending term lists: a shared term's weight is this one's plus the other's scaled,
        // summed in that order from 0 as the sum over the concatenated pairs was.
        var (a, b) = (Terms, other.Terms);
        var keys = new ulong[a.Length + b.Length];
        var sums = new float[a.Length + b.Length];
        int i = 0, j = 0, n = 0;
        while (i < a.Length || j < b.Length)
        {
            float sum;
            ulong term;
            if (j == b.Length || (i < a.Length && a[i] < b[j]))
            {
                (term, sum) = (a[i], 0f + Weights[i]);
                i++;
            }
            else if (i == a.Length || b[j] < a[i])
            {
                (term, sum) = (b[j], 0f + (other.Weights[j] * otherWeight));
                j++;
            }
            else
            {
                (term, sum) = (a[i], 0f + Weights[i] + (other.Weights[j] * otherWeight));
                i++;
                j++;
            }
            if (sum > 0)
            {
                (keys[n], sums[n]) = (term, sum);
                n++;
            }
        }
        return Normalized(keys, sums, n, maxTerms);
    }
}
