namespace Marsad.Core.Events;

/// <summary>One CAMEO event code with its weight, quad class and PLOVER equivalent.</summary>
/// <param name="Code">The CAMEO code: 2 to 4 digits (<c>043</c>).</param>
/// <param name="Name">The CAMEO description in English.</param>
/// <param name="Goldstein">The Goldstein weight, -10 to +10.</param>
/// <param name="QuadClass">1 verbal cooperation (roots 01-05), 2 material cooperation (06-08), 3 verbal conflict (09-14), 4 material conflict (15-20).</param>
/// <param name="Plover">The PLOVER type; null for root 01 (public statements), which PLOVER does not code.</param>
/// <param name="Mode">The PLOVER mode of the code (<c>visit</c>, <c>phone</c>, <c>release</c>); null when the table gives none.</param>
/// <param name="Context">The PLOVER context(s) of the code (<c>military</c>, <c>economic</c>), <c>;</c>-separated; null when none.</param>
public sealed record CameoCode(
    string Code,
    string Name,
    double Goldstein,
    int QuadClass,
    PloverType? Plover,
    string? Mode,
    string? Context)
{
    /// <summary>The two-digit CAMEO root (<c>04</c> for <c>043</c>).</summary>
    public string Root => Code[..2];
}
