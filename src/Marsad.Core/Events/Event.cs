namespace Marsad.Core.Events;

/// <summary>
/// A political event coded from one sentence: who did what to whom, when and where,
/// with the words that prove it.
/// </summary>
public sealed record Event
{
    /// <summary>The actor that acts; null when the sentence does not say.</summary>
    public EventActor? Source { get; init; }

    /// <summary>The actor acted upon; null when there is none.</summary>
    public EventActor? Target { get; init; }

    /// <summary>The PLOVER event type.</summary>
    public required PloverType Plover { get; init; }

    /// <summary>The CAMEO event code: 2 to 4 digits as a string (<c>043</c>).</summary>
    public required string Cameo { get; init; }

    /// <summary>The CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    public required int QuadClass { get; init; }

    /// <summary>The Goldstein score of the CAMEO code, -10 to +10.</summary>
    public required double Goldstein { get; init; }

    /// <summary>True when the text says it did not happen.</summary>
    public bool Negated { get; init; }

    /// <summary>The PLOVER mode (future, intent, ...) or null for an event that happened.</summary>
    public string? Mode { get; init; }

    /// <summary>When it happened; null when unknown.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Where it happened; null when the text does not say.</summary>
    public EventLocation? Location { get; init; }

    /// <summary>The word that signals the event, as in the text.</summary>
    public required string Trigger { get; init; }

    /// <summary>Offset of <see cref="Trigger"/> in the article text; null in documents written before it was kept.</summary>
    public int? TriggerStart { get; init; }

    /// <summary>Offset just past <see cref="Trigger"/> (exclusive); null with <see cref="TriggerStart"/>.</summary>
    public int? TriggerEnd { get; init; }

    /// <summary>The sentence that proves the event.</summary>
    public required string Sentence { get; init; }

    /// <summary>Offset of <see cref="Sentence"/> in the article text.</summary>
    public required int Start { get; init; }

    /// <summary>Offset just past <see cref="Sentence"/> (exclusive).</summary>
    public required int End { get; init; }
}

/// <summary>An event's source or target as analysts code it.</summary>
/// <param name="Text">The words naming the actor in the sentence.</param>
/// <param name="Name">The canonical English name; null when unlinked.</param>
/// <param name="Country">ISO 3166-1 alpha-3; null where none applies.</param>
/// <param name="Code">The CAMEO actor code (<c>RUSGOV</c>); null where none applies.</param>
public sealed record EventActor(string Text, string? Name, string? Country, string? Code);

/// <summary>Where an event happened.</summary>
/// <param name="Name">The canonical English place name.</param>
/// <param name="Country">ISO 3166-1 alpha-3 of the place's country; null when unknown.</param>
/// <param name="Lat">Latitude in degrees; null when unknown.</param>
/// <param name="Lon">Longitude in degrees; null when unknown.</param>
public sealed record EventLocation(string Name, string? Country, double? Lat, double? Lon);
