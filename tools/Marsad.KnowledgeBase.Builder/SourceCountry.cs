namespace Marsad.KnowledgeBase.Builder;

/// <summary>A state as the public country lists describe it.</summary>
internal sealed record SourceCountry(
    string Iso3,
    string Iso2,
    string NameEn,
    string CapitalEn,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<string> NamesAr);
