namespace Marsad.Core.Entities.Knowledge;

/// <summary>A state as the events stage needs it: names, codes, where it is.</summary>
/// <param name="Iso3">ISO 3166-1 alpha-3, which is also the CAMEO country code.</param>
/// <param name="Iso2">ISO 3166-1 alpha-2.</param>
/// <param name="Name">The English short name.</param>
/// <param name="WikidataId">The Wikidata id; null when unknown.</param>
/// <param name="Centroid">The centroid; null when unknown.</param>
/// <param name="Capital">The capital's English name; null when unknown.</param>
/// <param name="CapitalLocation">The capital's coordinates; null when unknown.</param>
/// <param name="Names">Arabic names and variants.</param>
/// <param name="Demonyms">Arabic nisba adjectives and plural demonyms, every generated form included.</param>
public sealed record Country(
    string Iso3,
    string Iso2,
    string Name,
    string? WikidataId,
    GeoPoint? Centroid,
    string? Capital,
    GeoPoint? CapitalLocation,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Demonyms)
{
    /// <summary>
    /// Names that are also common words (مالي "financial", بنين "sons"), excluded from plain
    /// matching: they name the state only in a place context (في مالي، بمالي، شمال مالي).
    /// </summary>
    public IReadOnlyList<string> ContextNames { get; init; } = [];

    /// <summary>
    /// Nisba forms that are also common words (القمري "lunar"), excluded from plain matching: they name
    /// the state only right after the office word of a title (وزير الخارجية القمري، الرئيس القمري).
    /// </summary>
    public IReadOnlyList<string> TitleNisbas { get; init; } = [];
}
