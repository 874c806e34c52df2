using System.Text.Json.Serialization;

namespace Marsad.Core.Events;

/// <summary>The sixteen PLOVER event types.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PloverType>))]
public enum PloverType
{
    /// <summary>Agree to, sign or settle.</summary>
    [JsonStringEnumMemberName("AGREE")] Agree,

    /// <summary>Meet, visit, talk or negotiate.</summary>
    [JsonStringEnumMemberName("CONSULT")] Consult,

    /// <summary>Praise, endorse, express support.</summary>
    [JsonStringEnumMemberName("SUPPORT")] Support,

    /// <summary>Yield, ease restrictions, release, apologize.</summary>
    [JsonStringEnumMemberName("CONCEDE")] Concede,

    /// <summary>Cooperate materially: share intelligence, cooperate militarily or economically.</summary>
    [JsonStringEnumMemberName("COOPERATE")] Cooperate,

    /// <summary>Give economic, military or humanitarian aid.</summary>
    [JsonStringEnumMemberName("AID")] Aid,

    /// <summary>Withdraw, demobilize, retreat.</summary>
    [JsonStringEnumMemberName("RETREAT")] Retreat,

    /// <summary>Ask, demand, appeal.</summary>
    [JsonStringEnumMemberName("REQUEST")] Request,

    /// <summary>Accuse, criticize, blame, denounce.</summary>
    [JsonStringEnumMemberName("ACCUSE")] Accuse,

    /// <summary>Reject, refuse, veto.</summary>
    [JsonStringEnumMemberName("REJECT")] Reject,

    /// <summary>Threaten or warn.</summary>
    [JsonStringEnumMemberName("THREATEN")] Threaten,

    /// <summary>Demonstrate, strike, rally.</summary>
    [JsonStringEnumMemberName("PROTEST")] Protest,

    /// <summary>Sanction, cut ties, expel, embargo.</summary>
    [JsonStringEnumMemberName("SANCTION")] Sanction,

    /// <summary>Mobilize or increase forces, raise alert.</summary>
    [JsonStringEnumMemberName("MOBILIZE")] Mobilize,

    /// <summary>Arrest, seize, blockade, repress.</summary>
    [JsonStringEnumMemberName("COERCE")] Coerce,

    /// <summary>Attack, bomb, kill, fight.</summary>
    [JsonStringEnumMemberName("ASSAULT")] Assault,
}
