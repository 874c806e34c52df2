using System.IO.Hashing;
using System.Runtime.InteropServices;
using Marsad.Core.Language;

namespace Marsad.Core.Stories;

/// <summary>
/// Key terms of an article for story clustering: normalized words of three letters or
/// more from the headline (counted three times: it names the happening) and the lead
/// (the first <see cref="LeadWords"/> words, where news puts who, what, where), weighted
/// by TF-IDF against a <see cref="DocumentFrequencies"/> table.
/// </summary>
public static class KeyTerms
{
    /// <summary>How many words of the text count: the lead carries the happening, the tail drifts to background.</summary>
    public const int LeadWords = 250;

    /// <summary>The distinct term hashes of an article (for document frequencies).</summary>
    public static HashSet<ulong> Distinct(string title, string text)
    {
        var set = new HashSet<ulong>();
        foreach (var (term, _) in Counts(title, text))
        {
            set.Add(term);
        }
        return set;
    }

    /// <summary>
    /// Each distinct term with its weighted count (headline words three times, lead words once), in the
    /// order the terms first occur: what <see cref="Distinct"/> and <see cref="Vector(string, string, DocumentFrequencies, int)"/>
    /// read, counted once so that it can be computed ahead, on any thread (it depends on nothing but the text).
    /// </summary>
    public static KeyValuePair<ulong, int>[] CountTerms(string title, string text) => [.. Counts(title, text)];

    /// <summary>The article's TF-IDF vector, its <paramref name="maxTerms"/> heaviest terms kept.</summary>
    public static TermVector Vector(string title, string text, DocumentFrequencies frequencies, int maxTerms = 48) =>
        Vector(Counts(title, text), frequencies, maxTerms);

    /// <summary>The TF-IDF vector of terms counted by <see cref="CountTerms"/>, its <paramref name="maxTerms"/> heaviest terms kept.</summary>
    public static TermVector Vector(IEnumerable<KeyValuePair<ulong, int>> counts, DocumentFrequencies frequencies, int maxTerms = 48)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(frequencies);
        var list = counts as IReadOnlyCollection<KeyValuePair<ulong, int>> ?? counts.ToList();
        var terms = new ulong[list.Count];
        var weights = new float[list.Count];
        var n = 0;
        foreach (var (term, count) in list)
        {
            (terms[n], weights[n]) = (term, (float)(Math.Log(1 + count) * frequencies.Idf(term)));
            n++;
        }
        return TermVector.FromArrays(terms, weights, n, maxTerms);
    }

    /// <summary>
    /// <see cref="Vector(IEnumerable{KeyValuePair{ulong, int}}, DocumentFrequencies, int)"/> with each term's frequency
    /// (<paramref name="frequencies"/>, in the order of <paramref name="counts"/>) and the number of documents taken when the
    /// article was counted: the same vector, built later on any thread.
    /// </summary>
    internal static TermVector Vector(IReadOnlyList<KeyValuePair<ulong, int>> counts, int[] frequencies, int documents, int maxTerms = 48)
    {
        var terms = new ulong[counts.Count];
        var weights = new float[counts.Count];
        for (var i = 0; i < counts.Count; i++)
        {
            (terms[i], weights[i]) = (counts[i].Key, (float)(Math.Log(1 + counts[i].Value) * DocumentFrequencies.Idf(documents, frequencies[i])));
        }
        return TermVector.FromArrays(terms, weights, counts.Count, maxTerms);
    }

    private static Dictionary<ulong, int> Counts(string title, string text)
    {
        var counts = new Dictionary<ulong, int>();
        AddWords(title, 3, int.MaxValue, counts);
        AddWords(text, 1, LeadWords, counts);
        return counts;
    }

    private static void AddWords(string text, int weight, int maxWords, Dictionary<ulong, int> counts)
    {
        Span<char> word = stackalloc char[48];
        int length = 0, words = 0;
        for (var i = 0; i <= text.Length && words < maxWords; i++)
        {
            var c = i < text.Length ? ArabicNormalizer.Fold(text[i]) : ' ';
            if (c == '\0')
            {
                continue;
            }
            if (char.IsLetter(c))
            {
                if (length < word.Length)
                {
                    word[length++] = c;
                }
                continue;
            }
            if (length >= 3)
            {
                words++;
                var key = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(StripArticle(word[..length])));
                counts[key] = counts.GetValueOrDefault(key) + weight;
            }
            length = 0;
        }
    }

    // The definite article and a conjunction before it do not make a different term: الرياض = والرياض = رياض.
    private static ReadOnlySpan<char> StripArticle(ReadOnlySpan<char> w) =>
        w.Length > 4 && (w.StartsWith("وال") || w.StartsWith("بال") || w.StartsWith("فال") || w.StartsWith("كال")) ? w[3..]
        : w.Length > 4 && w.StartsWith("لل") ? w[2..]
        : w.Length > 3 && w.StartsWith("ال") ? w[2..]
        : w;
}
