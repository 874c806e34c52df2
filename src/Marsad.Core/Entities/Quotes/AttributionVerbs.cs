namespace Marsad.Core.Entities.Quotes;

/// <summary>
/// The attribution verbs of <c>Resources/Models/quote-verbs.txt</c> (one a line, <c>#</c>
/// comments), matched in normal form with an optional leading conjunction و or ف.
/// </summary>
internal static class AttributionVerbs
{
    private static readonly Lazy<QuoteWordList> Verbs = new(() => QuoteWordList.Load("quote-verbs.txt"));

    /// <summary>True when the normalized word is an attribution verb as it stands (قال، فسر), without a leading و / ف taken off.</summary>
    public static bool IsBareVerb(string norm) => Verbs.Value.Contains(norm);

    /// <summary>True when the normalized word is an attribution verb, with or without و / ف.</summary>
    public static bool IsVerb(string norm) =>
        Verbs.Value.Contains(norm) || (norm.Length > 3 && norm[0] is 'و' or 'ف' && Verbs.Value.Contains(norm[1..]));
}
