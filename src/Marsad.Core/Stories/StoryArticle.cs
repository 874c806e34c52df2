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
}
