namespace Marsad.Core.Entities.Knowledge;

/// <summary>The role part of a CAMEO actor code: the three letters after its country (RUSGOV → GOV).</summary>
internal static class ActorRole
{
    /// <summary>
    /// The role of <paramref name="code"/> when it is <paramref name="country"/> followed by one role (RUSGOV, SAUMIL); null for a
    /// bare state (RUS), a code of another state or a longer code (USAGOVMIL).
    /// </summary>
    public static string? Of(string? country, string? code) =>
        country is not null && code is not null && code.Length == country.Length + 3 && code.StartsWith(country, StringComparison.Ordinal)
            ? code[country.Length..]
            : null;

    /// <summary>True for a body of the state itself: government, army, legislature, courts, police or intelligence.</summary>
    public static bool IsStateOffice(string? role) => role is "GOV" or "MIL" or "LEG" or "JUD" or "COP" or "SPY";

    /// <summary>
    /// True when the three letters after <paramref name="code"/>'s country name a side that fights or opposes the state: rebels,
    /// opposition, insurgents, separatists, radicals (YEMREB, SYROPP; also in a longer code).
    /// </summary>
    public static bool IsAgainstState(string? code) =>
        code is { Length: >= 6 } c && c.AsSpan(3, 3) is "REB" or "OPP" or "INS" or "SEP" or "RAD";
}
