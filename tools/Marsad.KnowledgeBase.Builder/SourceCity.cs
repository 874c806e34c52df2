namespace Marsad.KnowledgeBase.Builder;

/// <summary>A city from world-cities-ar, joined to its state.</summary>
internal sealed record SourceCity(string NameEn, string Iso3, long Population, bool IsCapital, IReadOnlyList<string> NamesAr);
