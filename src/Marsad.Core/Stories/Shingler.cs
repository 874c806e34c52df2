using System.IO.Hashing;
using System.Runtime.InteropServices;
using Marsad.Core.Language;

namespace Marsad.Core.Stories;

/// <summary>
/// Turns a text into the set of its word shingles, as 64-bit hashes: the unit of
/// near-duplicate detection. Words are runs of letters and digits after
/// <see cref="ArabicNormalizer"/>, so diacritics, hamza forms and digit scripts do not
/// make two copies of one wire story look different.
/// </summary>
public static class Shingler
{
    /// <summary>Words per shingle. Four keeps a one-word edit from touching more than four shingles, while common phrases rarely repeat across unrelated articles.</summary>
    public const int Width = 4;

    /// <summary>
    /// The distinct shingle hashes of <paramref name="text"/>, sorted ascending. A text
    /// shorter than <see cref="Width"/> words gives one shingle of all its words; an
    /// empty text gives none.
    /// </summary>
    public static ulong[] Shingles(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = WordHashes(text);
        if (words.Count == 0)
        {
            return [];
        }
        var span = CollectionsMarshal.AsSpan(words);
        var count = Math.Max(1, span.Length - Width + 1);
        var shingles = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            var window = span.Slice(i, Math.Min(Width, span.Length - i));
            shingles[i] = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(window));
        }
        Array.Sort(shingles);
        return Distinct(shingles);
    }

    /// <summary>The exact Jaccard similarity of two sorted, distinct shingle sets.</summary>
    public static double Jaccard(ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b)
    {
        if (a.IsEmpty && b.IsEmpty)
        {
            return 1;
        }
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return (double)common / (a.Length + b.Length - common);
    }

    private static List<ulong> WordHashes(string text)
    {
        var words = new List<ulong>(text.Length / 5);
        Span<char> buffer = stackalloc char[64];
        var length = 0;
        foreach (var raw in text)
        {
            var c = ArabicNormalizer.Fold(raw);
            if (c == '\0')
            {
                continue; // diacritics and tatweel do not break a word
            }
            if (char.IsLetterOrDigit(c))
            {
                if (length < buffer.Length)
                {
                    buffer[length++] = c;
                }
            }
            else if (length > 0)
            {
                words.Add(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(buffer[..length])));
                length = 0;
            }
        }
        if (length > 0)
        {
            words.Add(XxHash3.HashToUInt64(MemoryMarshal.AsBytes(buffer[..length])));
        }
        return words;
    }

    private static ulong[] Distinct(ulong[] sorted)
    {
        var n = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i == 0 || sorted[i] != sorted[i - 1])
            {
                sorted[n++] = sorted[i];
            }
        }
        return n == sorted.Length ? sorted : sorted[..n];
    }
}
