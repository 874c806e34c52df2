namespace Marsad.Core.Events;

/// <summary>
/// The readings of a normalized word with its clitics removed, most literal first, so the
/// lexicon can hold bare forms only.
/// Rules:
/// <list type="bullet">
/// <item>the word itself comes first, so a lexicon form that starts like a clitic (وقف، فرض، بحث) is never cut;</item>
/// <item>proclitics: the conjunctions و ف, then one of ب ل ك (or لل for ل + ال), then the article ال;</item>
/// <item>enclitic pronouns: ه ها هم هما هن ك كم كما نا ني; a stem left ending in ت is also tried with ة (زيارته → زيارة);</item>
/// <item>a reading keeps at least two letters.</item>
/// </list>
/// </summary>
internal static class CliticVariants
{
    private static readonly string[] Enclitics = ["هما", "كما", "ها", "هم", "هن", "كم", "نا", "ني", "ه", "ك"];

    /// <summary>The readings of <paramref name="word"/>, the word itself first, without duplicates.</summary>
    public static IEnumerable<string> Of(string word)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stem in Proclitics(word))
        {
            if (seen.Add(stem))
            {
                yield return stem;
            }
        }
        foreach (var stem in Proclitics(word).ToList())
        {
            foreach (var e in Enclitics)
            {
                if (stem.Length - e.Length >= 2 && stem.EndsWith(e, StringComparison.Ordinal))
                {
                    var bare = stem[..^e.Length];
                    if (seen.Add(bare))
                    {
                        yield return bare;
                    }
                    if (bare[^1] == 'ت' && seen.Add(bare[..^1] + "ه"))
                    {
                        yield return bare[..^1] + "ه";
                    }
                }
            }
        }
    }

    /// <summary>The word without its conjunction (و ف) only, for cue words (ولم، فلا).</summary>
    public static string WithoutConjunction(string word) =>
        word.Length > 2 && word[0] is 'و' or 'ف' ? word[1..] : word;

    private static IEnumerable<string> Proclitics(string word)
    {
        yield return word;
        var afterConjunction = word.Length > 3 && word[0] is 'و' or 'ف' ? word[1..] : null;
        foreach (var w in afterConjunction is null ? [word] : new[] { word, afterConjunction })
        {
            if (w != word)
            {
                yield return w;
            }
            if (w.Length > 4 && w.StartsWith("لل", StringComparison.Ordinal))
            {
                yield return w[2..];
            }
            var afterPreposition = w.Length > 3 && w[0] is 'ب' or 'ل' or 'ك' ? w[1..] : null;
            foreach (var x in afterPreposition is null ? [w] : new[] { w, afterPreposition })
            {
                if (x != w)
                {
                    yield return x;
                }
                if (x.Length > 4 && x.StartsWith("ال", StringComparison.Ordinal))
                {
                    yield return x[2..];
                }
            }
        }
    }
}
