using Marsad.Core.Entities;
using Marsad.Core.Events;
using Marsad.Core.Extraction;

namespace Marsad.Core.Documents;

/// <summary>
/// Everything Marsad knows about one input document: the contract's document object,
/// printed by <c>marsad extract</c> and stored by <c>marsad ingest</c>.
/// </summary>
public sealed record Document
{
    /// <summary>Content hash of the normalized main text, hex: equal texts have equal ids.</summary>
    public required string Id { get; init; }

    /// <summary>The path as given, with <c>#N</c> for the N-th record of an archive or feed.</summary>
    public required string Input { get; init; }

    /// <summary>The page's URL, or null.</summary>
    public string? Url { get; init; }

    /// <summary>The outlet's name, or null.</summary>
    public string? Source { get; init; }

    /// <summary>The headline.</summary>
    public required string Title { get; init; }

    /// <summary>The publication date, or null when the page does not say.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Where <see cref="Published"/> came from, or null.</summary>
    public DateSource? PublishedFrom { get; init; }

    /// <summary>The main language as an ISO 639-1 code (<c>ar</c>), or null when undetermined.</summary>
    public string? Language { get; init; }

    /// <summary>News report or opinion piece (column, op-ed, editorial, analysis): <c>news</c> or <c>opinion</c>.</summary>
    public ArticleGenre Genre { get; init; }

    /// <summary>The article's main text; every offset points into it.</summary>
    public required string Text { get; init; }

    /// <summary>Named entities, in text order.</summary>
    public IReadOnlyList<EntityMention> Entities { get; init; } = [];

    /// <summary>Quotations with their speakers, in text order.</summary>
    public IReadOnlyList<Quote> Quotes { get; init; } = [];

    /// <summary>Coded events, in text order.</summary>
    public IReadOnlyList<Event> Events { get; init; } = [];
}
