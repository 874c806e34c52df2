using System.Text.Json.Serialization;

namespace Marsad.Core.Events;

/// <summary>Why an event has not (yet) happened as told: the <see cref="Event.Mode"/> of a trigger.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EventMode>))]
public enum EventMode
{
    /// <summary>Told as going to happen: سـ, سوف, لن.</summary>
    [JsonStringEnumMemberName("future")] Future,

    /// <summary>An actor's stated plan or wish: يعتزم, ينوي, يريد.</summary>
    [JsonStringEnumMemberName("intent")] Intent,

    /// <summary>May happen: قد before a present verb, ربما.</summary>
    [JsonStringEnumMemberName("possible")] Possible,

    /// <summary>Only a condition: إذا, لو, في حال.</summary>
    [JsonStringEnumMemberName("hypothetical")] Hypothetical,
}
