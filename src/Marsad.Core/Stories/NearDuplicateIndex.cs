using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Marsad.Core.Stories;

/// <summary>
/// An in-memory LSH index over MinHash signatures that answers "which stored documents
/// are near-duplicates of this one?" in time proportional to the number of candidates,
/// not to the number of documents. Built incrementally: <see cref="Add"/> one document at
/// a time, as ingest stores them. Not thread-safe for writes; queries may run
/// concurrently with each other but not with <see cref="Add"/>.
/// </summary>
/// <remarks>
/// Memory: per document the signature (4 × k bytes) plus one bucket entry per band
/// (about 24 bytes): roughly 1 KB per document with the defaults, so 1M documents take
/// about 1 GB.
/// </remarks>
public sealed class NearDuplicateIndex
{
    private readonly LshParameters _parameters;
    private readonly Dictionary<ulong, int> _bucketHeads = [];
    private readonly List<long> _keys = [];
    private uint[] _signatures = new uint[1024];
    private int[] _next = new int[1024]; // entry = document × bands + band → next entry in its bucket, or -1

    /// <summary>Creates an empty index.</summary>
    public NearDuplicateIndex(LshParameters? parameters = null) => _parameters = parameters ?? LshParameters.Default;

    /// <summary>The number of documents added.</summary>
    public int Count => _keys.Count;

    /// <summary>Adds a document under <paramref name="key"/> (e.g. its row id) with its signature.</summary>
    public void Add(long key, ReadOnlySpan<uint> signature)
    {
        var k = _parameters.SignatureLength;
        ArgumentOutOfRangeException.ThrowIfNotEqual(signature.Length, k);
        var doc = _keys.Count;
        _keys.Add(key);
        EnsureCapacity(ref _signatures, (doc + 1) * k);
        EnsureCapacity(ref _next, (doc + 1) * _parameters.Bands);
        signature.CopyTo(_signatures.AsSpan(doc * k, k));
        for (var band = 0; band < _parameters.Bands; band++)
        {
            var entry = doc * _parameters.Bands + band;
            ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(_bucketHeads, BandKey(signature, band), out var exists);
            _next[entry] = exists ? head : -1;
            head = entry;
        }
    }

    /// <summary>
    /// The documents whose estimated Jaccard similarity with <paramref name="signature"/>
    /// is at least <paramref name="threshold"/>, most similar first.
    /// </summary>
    public List<NearDuplicate> Query(ReadOnlySpan<uint> signature, double threshold = 0.8)
    {
        var k = _parameters.SignatureLength;
        ArgumentOutOfRangeException.ThrowIfNotEqual(signature.Length, k);
        var seen = new HashSet<int>();
        var found = new List<NearDuplicate>();
        for (var band = 0; band < _parameters.Bands; band++)
        {
            if (!_bucketHeads.TryGetValue(BandKey(signature, band), out var entry))
            {
                continue;
            }
            for (; entry >= 0; entry = _next[entry])
            {
                var doc = entry / _parameters.Bands;
                if (!seen.Add(doc))
                {
                    continue;
                }
                var similarity = MinHasher.Similarity(signature, _signatures.AsSpan(doc * k, k));
                if (similarity >= threshold)
                {
                    found.Add(new NearDuplicate(_keys[doc], similarity));
                }
            }
        }
        found.Sort((a, b) => b.Similarity.CompareTo(a.Similarity));
        return found;
    }

    /// <summary>
    /// Like <see cref="Query"/>, but decides on the exact Jaccard similarity: candidates
    /// within <see cref="VerificationSlack"/> below the threshold by their signatures are
    /// checked against their shingle sets, which <paramref name="shinglesOf"/> supplies
    /// (from memory or from the store). This removes the MinHash estimate's ±0.04 error
    /// at the threshold, where most misjudged pairs lie.
    /// </summary>
    public List<NearDuplicate> QueryExact(ReadOnlySpan<uint> signature, ReadOnlySpan<ulong> shingles, Func<long, ulong[]?> shinglesOf, double threshold = 0.8)
    {
        ArgumentNullException.ThrowIfNull(shinglesOf);
        var found = new List<NearDuplicate>();
        foreach (var candidate in Query(signature, threshold - VerificationSlack))
        {
            if (shinglesOf(candidate.Key) is { } other && Shingler.Jaccard(shingles, other) is var exact && exact >= threshold)
            {
                found.Add(candidate with { Similarity = exact });
            }
        }
        found.Sort((a, b) => b.Similarity.CompareTo(a.Similarity));
        return found;
    }

    /// <summary>How far below the threshold an estimate may be and still be checked exactly: four standard errors at J = 0.8 with k = 120.</summary>
    public const double VerificationSlack = 0.15;

    private ulong BandKey(ReadOnlySpan<uint> signature, int band)
    {
        var rows = signature.Slice(band * _parameters.Rows, _parameters.Rows);
        // The band number is the seed, so equal rows in different bands never share a bucket.
        return XxHash3.HashToUInt64(MemoryMarshal.AsBytes(rows), band);
    }

    private static void EnsureCapacity<T>(ref T[] array, int size)
    {
        if (array.Length < size)
        {
            Array.Resize(ref array, Math.Max(size, array.Length * 2));
        }
    }
}

/// <summary>A stored document found near-duplicate of a query, with the estimated Jaccard similarity.</summary>
/// <param name="Key">The key the document was added under.</param>
/// <param name="Similarity">The estimated Jaccard similarity, 0 to 1.</param>
public readonly record struct NearDuplicate(long Key, double Similarity);
