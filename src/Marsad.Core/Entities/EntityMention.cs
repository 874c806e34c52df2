namespace Marsad.Core.Entities;

/// <summary>
/// A named entity found in an article's text, linked to a canonical actor where the
/// knowledge base knows it.
/// </summary>
/// <param name="Text">The words as they appear in the text.</param>
/// <param name="Start">Offset of the first UTF-16 code unit in the article text.</param>
/// <param name="End">Offset just past the mention (exclusive).</param>
/// <param name="Type">The entity type.</param>
/// <param name="Name">The canonical English name of the linked actor; null when unlinked.</param>
/// <param name="Id">The Wikidata id of the linked actor; null when unknown.</param>
/// <param name="Country">ISO 3166-1 alpha-3 (= CAMEO country code); null where none applies.</param>
/// <param name="Code">The CAMEO actor code (country + role, e.g. <c>RUSGOV</c>); null where none applies.</param>
public sealed record EntityMention(
    string Text,
    int Start,
    int End,
    EntityType Type,
    string? Name,
    string? Id,
    string? Country,
    string? Code);
