namespace Marsad.Core.Events;

/// <summary>The wire names of <see cref="EventMode"/>, as <see cref="Event.Mode"/> holds them.</summary>
public static class EventModes
{
    /// <summary>The lower-case name (<c>future</c>, <c>intent</c>, <c>possible</c>, <c>hypothetical</c>).</summary>
    public static string ToModeString(this EventMode mode) => mode.ToString().ToLowerInvariant();

    /// <summary>Parses a lower-case mode name; false for anything else.</summary>
    public static bool TryParse(string name, out EventMode mode)
    {
        ArgumentNullException.ThrowIfNull(name);
        return LowerCaseEnum.TryParse(name, out mode);
    }
}
