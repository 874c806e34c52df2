namespace Marsad.Core.Entities.Knowledge;

/// <summary>One entry of the knowledge base: a state, a place, an organization or a person.</summary>
/// <param name="Id">The stable key: ISO3 for a state, the file's id for organizations and people, <c>place:NAME:ISO3</c> for places.</param>
/// <param name="Kind">What the actor is.</param>
/// <param name="Type">The entity type its mentions get.</param>
/// <param name="Name">The canonical English name.</param>
/// <param name="WikidataId">The Wikidata id; null when unknown.</param>
/// <param name="Country">ISO3 of the actor's state; null for international actors.</param>
/// <param name="Code">The CAMEO actor code outside any dated role; null where none applies (places).</param>
/// <param name="Location">Coordinates for states (centroid) and places; null otherwise or when unknown.</param>
/// <param name="Names">The Arabic names as written in the resource files.</param>
public sealed record Actor(
    string Id,
    ActorKind Kind,
    EntityType Type,
    string Name,
    string? WikidataId,
    string? Country,
    string? Code,
    GeoPoint? Location,
    IReadOnlyList<string> Names)
{
    /// <summary>Inhabitants of a derived city (cities.tsv); null for other actors. Chooses between places of one name.</summary>
    public long? Population { get; init; }
}
