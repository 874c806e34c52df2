namespace Marsad.Core.Entities.Knowledge;

/// <summary>A state body named by a noun and a nisba (الجيش الروسي → RUSMIL).</summary>
/// <param name="Text">The noun as written in the resource file.</param>
/// <param name="CameoRole">The CAMEO role code appended to the state's code (MIL, GOV, OPP, ...).</param>
/// <param name="NamePattern">The English name, with <c>{0}</c> standing for the state's name.</param>
public sealed record Institution(string Text, string CameoRole, string NamePattern)
{
    /// <summary>The English name of this body of <paramref name="country"/>.</summary>
    public string NameFor(Country country)
    {
        ArgumentNullException.ThrowIfNull(country);
        return NamePattern.Replace("{0}", country.Name, StringComparison.Ordinal);
    }
}
