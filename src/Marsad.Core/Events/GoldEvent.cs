namespace Marsad.Core.Events;

/// <summary>One expected event of a gold sentence.</summary>
/// <param name="Source">The source actor code (<c>RUSGOV</c>); null for <c>?</c> (not named in the sentence).</param>
/// <param name="Target">The target actor code; null for <c>?</c>.</param>
/// <param name="Plover">The PLOVER type.</param>
/// <param name="Code">The CAMEO code.</param>
/// <param name="Negated">True when the sentence says it did not happen.</param>
/// <param name="Mode">The mode; null for an event told as happened.</param>
internal sealed record GoldEvent(string? Source, string? Target, PloverType Plover, CameoCode Code, bool Negated, EventMode? Mode);
