namespace Marsad.Core.Events;

/// <summary>
/// The readings of a normalized word with its clitics removed, most literal first, so the
/// lexicon can hold bare forms only.
/// Rules:
/// <list type="bullet">
/// <item>the word itself comes first, so a lexicon form that starts like a clitic (وقف، فرض، بحث) is never cut;</item>
/// <item>proclitics: the conjunctions و ف, then one of ب ل ك (or لل for ل + ال), then the article ال; a reading without ال is a noun;</item>
/// <item>enclitic pronouns: ها هم هما هن ك كم كما نا ني, and ه; a stem left ending in ت is also tried with ة (زيارته → زيارة);</item>
/// <item>ه alone is ambiguous with a normalized ة (وزارة → وزاره), so it only counts on a stem of five letters or a present verb (يستقبله);</item>
/// <item>a final ا is tried as the accusative tanwin of a noun (تحقيقا، استعراضا), never of a verb (فجرا is "at dawn");</item>
/// <item>a reading keeps at least two letters.</item>
/// </list>
/// </summary>
internal static class CliticVariants
{
    /// <summary>The shortest stem that may carry the enclitic ه on a past verb or a noun.</summary>
    public const int MinimumHehStem = 5;

    private static readonly string[] Enclitics = ["هما", "كما", "ها", "هم", "هن", "كم", "نا", "ني", "ه", "ك"];

    /// <summary>The readings of <paramref name="word"/>, the word itself first, without duplicates.</summary>
    public static IEnumerable<(string Stem, ReadingKind Kind)> Of(string word)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var bases = Proclitics(word).Where(r => seen.Add(r.Stem)).ToList();
        foreach (var reading in bases)
        {
            yield return reading;
        }
        foreach (var (stem, kind) in bases)
        {
            foreach (var e in Enclitics)
            {
                if (stem.Length - e.Length < 2 || !stem.EndsWith(e, StringComparison.Ordinal))
                {
                    continue;
                }
                var bare = stem[..^e.Length];
                if (bare[^1] == 'ت' && seen.Add(bare[..^1] + "ه"))
                {
                    yield return (bare[..^1] + "ه", ReadingKind.Definite);
                }
                if (seen.Add(bare))
                {
                    yield return (bare, e == "ه" ? ReadingKind.Heh : kind);
                }
            }
        }
        foreach (var (stem, _) in bases)
        {
            if (stem.Length > 3 && stem[^1] == 'ا' && seen.Add(stem[..^1]))
            {
                yield return (stem[..^1], ReadingKind.Tanwin);
            }
        }
    }

    /// <summary>True when a lexicon form of kind <paramref name="form"/> may be matched by a reading of kind <paramref name="kind"/>.</summary>
    public static bool Allows(ReadingKind kind, string stem, WordForm form) => kind switch
    {
        ReadingKind.Heh => stem.Length >= MinimumHehStem || form is WordForm.Present or WordForm.Future,
        ReadingKind.Tanwin => form == WordForm.Noun,
        _ => true,
    };

    /// <summary>The word without its conjunction (و ف) only, for cue words (ولم، فلا).</summary>
    public static string WithoutConjunction(string word) =>
        word.Length > 2 && word[0] is 'و' or 'ف' ? word[1..] : word;

    private static IEnumerable<(string Stem, ReadingKind Kind)> Proclitics(string word)
    {
        yield return (word, ReadingKind.Plain);
        var afterConjunction = word.Length > 3 && word[0] is 'و' or 'ف' ? word[1..] : null;
        foreach (var w in afterConjunction is null ? [word] : new[] { word, afterConjunction })
        {
            if (w != word)
            {
                yield return (w, ReadingKind.Plain);
            }
            if (w.Length > 4 && w.StartsWith("لل", StringComparison.Ordinal))
            {
                yield return (w[2..], ReadingKind.Definite);
            }
            var afterPreposition = w.Length > 3 && w[0] is 'ب' or 'ل' or 'ك' ? w[1..] : null;
            foreach (var x in afterPreposition is null ? [w] : new[] { w, afterPreposition })
            {
                if (x != w)
                {
                    yield return (x, ReadingKind.Plain);
                }
                if (x.Length > 4 && x.StartsWith("ال", StringComparison.Ordinal))
                {
                    yield return (x[2..], ReadingKind.Definite);
                }
            }
        }
    }
}
