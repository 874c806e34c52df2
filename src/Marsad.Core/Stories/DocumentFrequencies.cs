using System.Runtime.InteropServices;

namespace Marsad.Core.Stories;

/// <summary>
/// How many documents contain each term, for IDF weights; updated incrementally as
/// articles arrive. Not thread-safe.
/// </summary>
public sealed class DocumentFrequencies
{
    private readonly Dictionary<ulong, int> _counts = [];

    /// <summary>An empty table.</summary>
    public DocumentFrequencies()
    {
    }

    /// <summary>A table restored from its counts (as <see cref="Frequency"/> gives them) and its number of documents.</summary>
    public DocumentFrequencies(IEnumerable<KeyValuePair<ulong, int>> counts, int documents)
    {
        ArgumentNullException.ThrowIfNull(counts);
        foreach (var (term, count) in counts)
        {
            _counts[term] = count;
        }
        Documents = documents;
    }

    /// <summary>The number of documents counted.</summary>
    public int Documents { get; private set; }

    /// <summary>Counts one document's distinct terms.</summary>
    public void Add(IEnumerable<ulong> distinctTerms)
    {
        ArgumentNullException.ThrowIfNull(distinctTerms);
        Documents++;
        foreach (var term in distinctTerms)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_counts, term, out _)++;
        }
    }

    /// <summary>How many documents counted contain <paramref name="term"/>.</summary>
    public int Frequency(ulong term) => _counts.TryGetValue(term, out var count) ? count : 0;

    /// <summary>The smoothed inverse document frequency, ln((N + 1) / (df + 1)) + 1: unseen terms weigh most, terms in every document least.</summary>
    public double Idf(ulong term) => Idf(Documents, Frequency(term));

    /// <summary><see cref="Idf(ulong)"/> of a term in <paramref name="frequency"/> of <paramref name="documents"/> documents.</summary>
    internal static double Idf(int documents, int frequency) => Math.Log((documents + 1.0) / (frequency + 1.0)) + 1;
}
