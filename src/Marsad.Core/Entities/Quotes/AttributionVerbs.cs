using Marsad.Core.Language;

namespace Marsad.Core.Entities.Quotes;

/// <summary>
/// The attribution verbs of <c>Resources/Models/quote-verbs.txt</c> (one a line, <c>#</c>
/// comments), matched in normal form with an optional leading conjunction و or ف.
/// </summary>
internal static class AttributionVerbs
{
    private const string ResourceName = "Marsad.Core.Resources/Models/quote-verbs.txt";
    private static readonly Lazy<HashSet<string>> Verbs = new(Load);

    /// <summary>True when the normalized word is an attribution verb, with or without و / ف.</summary>
    public static bool IsVerb(string norm) =>
        Verbs.Value.Contains(norm) || (norm.Length > 3 && norm[0] is 'و' or 'ف' && Verbs.Value.Contains(norm[1..]));

    private static HashSet<string> Load()
    {
        using var stream = typeof(AttributionVerbs).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var verbs = new HashSet<string>(StringComparer.Ordinal);
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            var entry = text.Split('#')[0].Trim();
            if (entry.Length == 0)
            {
                continue;
            }
            if (entry.Contains(' ', StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{ResourceName}:{line}: one word a line expected, got '{entry}'.");
            }
            verbs.Add(ArabicNormalizer.Normalize(entry));
        }
        return verbs;
    }
}
