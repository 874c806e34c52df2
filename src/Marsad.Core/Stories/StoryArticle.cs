namespace Marsad.Core.Stories;

/// <summary>
/// What story clustering needs to know of one article: its date, outlet, key terms,
/// actors and event types. Built from a stored document by the caller.
/// </summary>
public sealed record StoryArticle
{
    /// <summary>The article's id (its content hash).</summary>
    public required string Id { get; init; }

    /// <summary>The publication date, or null for an undated article (it joins a story but lends it no date).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The outlet, or null.</summary>
    public string? Source { get; init; }

    /// <summary>The headline.</summary>
    public required string Title { get; init; }

    /// <summary>The main text.</summary>
    public required string Text { get; init; }

    /// <summary>Keys of the linked actors it mentions (Wikidata id, else CAMEO code).</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];

    /// <summary>Keys of its events: source, target and PLOVER type.</summary>
    public IReadOnlyList<string> EventKeys { get; init; } = [];

    /// <summary>
    /// Its lead sentences for summaries (<see cref="StorySummarizer.Leads(string)"/>) when already found,
    /// e.g. stored with the article; null to find them in <see cref="Text"/>.
    /// </summary>
    public IReadOnlyList<string>? Leads { get; init; }

    /// <summary>
    /// Its MinHash signature (<see cref="MinHasher"/>, default length) when already computed, e.g.
    /// stored with the article; an empty array when the text has no shingle; null to compute it from <see cref="Text"/>.
    /// </summary>
    public IReadOnlyList<uint>? Signature { get; init; }

    /// <summary>
    /// Its key terms with their counts (<see cref="KeyTerms.CountTerms"/> of <see cref="Title"/> and
    /// <see cref="Text"/>) when already counted, e.g. ahead on other cores; null to count them when placing.
    /// </summary>
    public IReadOnlyList<KeyValuePair<ulong, int>>? TermCounts { get; init; }
}
