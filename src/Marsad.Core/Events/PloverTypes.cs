namespace Marsad.Core.Events;

/// <summary>The wire names of <see cref="PloverType"/> (<c>AGREE</c>, <c>CONSULT</c>, ...).</summary>
public static class PloverTypes
{
    /// <summary>The upper-case PLOVER name of <paramref name="type"/>.</summary>
    public static string ToName(this PloverType type) => type.ToString().ToUpperInvariant();

    /// <summary>Parses a PLOVER name, case-insensitively; false for anything else (numbers included).</summary>
    public static bool TryParse(string name, out PloverType type)
    {
        ArgumentNullException.ThrowIfNull(name);
        type = default;
        return name.Length > 0 && char.IsAsciiLetter(name[0])
            && Enum.TryParse(name.Trim(), ignoreCase: true, out type)
            && Enum.IsDefined(type);
    }
}
