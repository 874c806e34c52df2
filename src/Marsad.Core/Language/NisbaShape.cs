namespace Marsad.Core.Language;

/// <summary>
/// The written shape of a relative adjective (nisba: مصري، المصرية، السعوديين) once normalized (ة is written ه): one test for the
/// rules that tell a nisba from a name by its ending. The shape alone says nothing of meaning (الزبداني is a town, علي a name).
/// </summary>
internal static class NisbaShape
{
    /// <summary>True when <paramref name="norm"/> ends like a singular nisba: ـي (masculine) or ـيه (feminine).</summary>
    public static bool EndsLikeSingular(string norm) => norm.EndsWith('ي') || norm.EndsWith("يه", StringComparison.Ordinal);

    /// <summary>True when <paramref name="norm"/> ends like a nisba, singular or plural: ـي، ـيه، ـيين، ـيون.</summary>
    public static bool EndsLikeAny(string norm) =>
        EndsLikeSingular(norm) || norm.EndsWith("يين", StringComparison.Ordinal) || norm.EndsWith("يون", StringComparison.Ordinal);
}
