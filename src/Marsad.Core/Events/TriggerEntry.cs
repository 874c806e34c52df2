namespace Marsad.Core.Events;

/// <summary>One trigger lemma of <c>triggers.tsv</c>: the words that signal one CAMEO code.</summary>
/// <param name="Lemma">The citation form (past 3rd masculine singular or the noun), normalized.</param>
/// <param name="Code">The CAMEO code it signals; its PLOVER type follows.</param>
/// <param name="TargetIsObject">True when the target is the direct object (قصف X).</param>
/// <param name="TargetPrepositions">The prepositions that introduce the target (مع, على, ضد, الى, ب, ل, عن), normalized.</param>
/// <param name="Companions">Words of which one must follow within four words for the lemma to count (فرض … عقوبات); empty when the lemma stands alone.</param>
/// <param name="Gloss">An English gloss.</param>
/// <param name="Line">The 1-based line of the entry in its file.</param>
public sealed record TriggerEntry(
    string Lemma,
    CameoCode Code,
    bool TargetIsObject,
    IReadOnlyList<string> TargetPrepositions,
    IReadOnlyList<string> Companions,
    string Gloss,
    int Line)
{
    /// <summary>
    /// True for a row whose companion is the verb's new subject (<c>*</c> before the <c>with</c> field): it must follow the verb,
    /// only count words between, without the article unless a count governs it (أحرق متظاهرون، أضرم آلاف المتظاهرين; not
    /// ورفع المتظاهرون, the crowd told before).
    /// </summary>
    public bool NewSubject { get; init; }

    /// <summary>
    /// True for a <see cref="NewSubject"/> row that also takes the definite crowd alone as its subject (<c>**</c> before the
    /// <c>with</c> field): acts that make the protest itself, a march or a riot (وجاب المتظاهرون الشوارع، وأحرق المتظاهرون
    /// السيارات), not the banners and chants that describe one told before.
    /// </summary>
    public bool DefiniteCrowd { get; init; }

    /// <summary>The PLOVER type of <see cref="Code"/>.</summary>
    public PloverType? Plover => Code.Plover;
}
