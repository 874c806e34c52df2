using System.Text.Json.Serialization;

namespace Marsad.Core.Entities;

/// <summary>The type of a named-entity mention, as the contract names them.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EntityType>))]
public enum EntityType
{
    /// <summary>A person.</summary>
    [JsonStringEnumMemberName("PERSON")] Person,

    /// <summary>A geo-political entity: a state, or a city acting as a political unit.</summary>
    [JsonStringEnumMemberName("GPE")] Gpe,

    /// <summary>A place that is not a political unit: a region, a river, a sea, a site.</summary>
    [JsonStringEnumMemberName("LOC")] Loc,

    /// <summary>An organization: a government body, an international organization, an armed group, a company.</summary>
    [JsonStringEnumMemberName("ORG")] Org,
}
