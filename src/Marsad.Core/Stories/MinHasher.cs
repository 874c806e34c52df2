namespace Marsad.Core.Stories;

/// <summary>
/// MinHash signatures of shingle sets: <see cref="Length"/> independent hash
/// functions, each keeping the minimum over the set, so that the share of equal
/// positions in two signatures estimates the sets' Jaccard similarity (standard
/// error √(J(1−J)/k): ±0.036 at J = 0.8 with k = 120).
/// </summary>
public sealed class MinHasher
{
    private readonly ulong[] _multipliers;
    private readonly ulong[] _addends;

    /// <summary>Creates a hasher with <paramref name="length"/> hash functions drawn from a fixed seed, so signatures are stable across runs and machines.</summary>
    public MinHasher(int length = LshParameters.DefaultSignatureLength, int seed = 0x4D415253)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        var random = new Random(seed);
        _multipliers = new ulong[length];
        _addends = new ulong[length];
        for (var i = 0; i < length; i++)
        {
            // Multiply-shift hashing needs odd multipliers.
            _multipliers[i] = (ulong)random.NextInt64() << 1 | 1;
            _addends[i] = (ulong)random.NextInt64();
        }
    }

    /// <summary>The number of hash functions, which is the signature length.</summary>
    public int Length => _multipliers.Length;

    /// <summary>The signature of a shingle set; all positions are <see cref="uint.MaxValue"/> for an empty set.</summary>
    public uint[] Signature(ReadOnlySpan<ulong> shingles)
    {
        var signature = new uint[Length];
        Signature(shingles, signature);
        return signature;
    }

    /// <summary>Writes the signature of a shingle set into <paramref name="destination"/> (of length <see cref="Length"/>).</summary>
    public void Signature(ReadOnlySpan<ulong> shingles, Span<uint> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(destination.Length, Length);
        destination.Fill(uint.MaxValue);
        var multipliers = _multipliers.AsSpan();
        var addends = _addends.AsSpan();
        foreach (var x in shingles)
        {
            for (var i = 0; i < destination.Length; i++)
            {
                var h = (uint)((multipliers[i] * x + addends[i]) >> 32);
                if (h < destination[i])
                {
                    destination[i] = h;
                }
            }
        }
    }

    /// <summary>The estimated Jaccard similarity of the sets behind two signatures of equal length.</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(a.Length, b.Length);
        var equal = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                equal++;
            }
        }
        return (double)equal / a.Length;
    }
}
