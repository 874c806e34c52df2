namespace Marsad.Core.Stories;

/// <summary>
/// How many documents contain each term, for IDF weights; updated incrementally as
/// articles arrive. Not thread-safe.
/// </summary>
public sealed class DocumentFrequencies
{
    private readonly Dictionary<ulong, int> _counts = [];

    /// <summary>The number of documents counted.</summary>
    public int Documents { get; private set; }

    /// <summary>Counts one document's distinct terms.</summary>
    public void Add(IEnumerable<ulong> distinctTerms)
    {
        ArgumentNullException.ThrowIfNull(distinctTerms);
        Documents++;
        foreach (var term in distinctTerms)
        {
            _counts[term] = _counts.GetValueOrDefault(term) + 1;
        }
    }

    /// <summary>The smoothed inverse document frequency, ln((N + 1) / (df + 1)) + 1: unseen terms weigh most, terms in every document least.</summary>
    public double Idf(ulong term) => Math.Log((Documents + 1.0) / (_counts.GetValueOrDefault(term) + 1.0)) + 1;
}
