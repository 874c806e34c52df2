namespace Marsad.Storage.Search;

/// <summary>The answer to a search: how many articles match, and the best of them.</summary>
/// <param name="Total">How many articles match in all.</param>
/// <param name="Results">The requested page of results, best first.</param>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Results);

/// <summary>One matching article.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Title">Its headline.</param>
/// <param name="Source">Its outlet, or null.</param>
/// <param name="Published">Its publication date, or null.</param>
/// <param name="Snippet">A passage of its text around the query words, plain text.</param>
/// <param name="Score">Relevance (BM25, higher is better).</param>
/// <param name="Highlights">Spans of <paramref name="Snippet"/> that match the query, as [start, end) pairs.</param>
public sealed record SearchHit(string Id, string Title, string? Source, DateOnly? Published, string Snippet, double Score, IReadOnlyList<HighlightSpan> Highlights);

/// <summary>A highlighted span of a snippet, end exclusive.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
public readonly record struct HighlightSpan(int Start, int End);
