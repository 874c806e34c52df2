namespace Marsad.Core.Entities.Tagging;

/// <summary>
/// The name classes the statistical tagger knows: those of ANERcorp (PERS, LOC, ORG,
/// MISC). The entity stage maps them to <see cref="EntityType"/> (LOC to GPE or LOC).
/// </summary>
public enum NameType
{
    /// <summary>A person (ANERcorp <c>PERS</c>).</summary>
    Person,

    /// <summary>A place: a state, a city, a region (ANERcorp <c>LOC</c>).</summary>
    Location,

    /// <summary>An organization (ANERcorp <c>ORG</c>).</summary>
    Organization,

    /// <summary>Any other name: an event, a product, a nationality (ANERcorp <c>MISC</c>).</summary>
    Misc,
}
