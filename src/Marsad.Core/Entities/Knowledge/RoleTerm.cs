namespace Marsad.Core.Entities.Knowledge;

/// <summary>One term of one person in one office.</summary>
/// <param name="PersonId">The person's actor id.</param>
/// <param name="Role">The office.</param>
/// <param name="Scope">The state (ISO3) or organization id the office belongs to.</param>
/// <param name="From">The first day in office.</param>
/// <param name="To">The first day out of office; null while in office.</param>
/// <param name="Code">The CAMEO actor code the person has in this office.</param>
public sealed record RoleTerm(string PersonId, RoleKind Role, string Scope, DateOnly From, DateOnly? To, string Code)
{
    /// <summary>True when the term covers <paramref name="date"/>.</summary>
    public bool Covers(DateOnly date) => date >= From && (To is null || date < To);
}
