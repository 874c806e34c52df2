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
/// <item>a reading after ب or ك matches no present or future verb (باحث is a noun, not بـ + أحث);</item>
/// <item>a reading keeps at least two letters.</item>
/// </list>
/// </summary>
internal static class CliticVariants
{
    /// <summary>The shortest stem that may carry the enclitic ه on a past verb or a noun.</summary>
    public const int MinimumHehStem = 5;

    private static readonly string[] Enclitics = ["هما", "كما", "ها", "هم", "هن", "كم", "نا", "ني", "ه", "ك"];

    /// <summary>The readings of <paramref name="word"/>, the word itself first, without duplicates.</summary>
    public static List<(string Stem, ReadingKind Kind)> Of(string word)
    {
        var readings = new List<(string Stem, ReadingKind Kind)>(12);
        void Add(string stem, ReadingKind kind)
        {
            if (stem.Length >= 2 && !readings.Exists(r => r.Stem == stem))
            {
                readings.Add((stem, kind));
            }
        }
        AddProclitics(word, Add);
        var bases = readings.Count;
        for (var b = 0; b < bases; b++)
        {
            var (stem, kind) = readings[b];
            foreach (var e in Enclitics)
            {
                if (stem.Length - e.Length < 2 || !stem.EndsWith(e, StringComparison.Ordinal))
                {
                    continue;
                }
                var bare = stem[..^e.Length];
                if (bare[^1] == 'ت')
                {
                    Add(bare[..^1] + "ه", ReadingKind.Definite);
                }
                Add(bare, e == "ه" ? ReadingKind.Heh : kind);
            }
        }
        for (var b = 0; b < bases; b++)
        {
            var stem = readings[b].Stem;
            if (stem.Length > 3 && stem[^1] == 'ا')
            {
                Add(stem[..^1], ReadingKind.Tanwin);
            }
        }
        return readings;
    }

    /// <summary>True when a lexicon form of kind <paramref name="form"/> may be matched by a reading of kind <paramref name="kind"/>.</summary>
    public static bool Allows(ReadingKind kind, string stem, WordForm form) => kind switch
    {
        ReadingKind.Heh => stem.Length >= MinimumHehStem || form is WordForm.Present or WordForm.Future,
        ReadingKind.Tanwin => form == WordForm.Noun,
        ReadingKind.Preposed => form is not (WordForm.Present or WordForm.Future),
        _ => true,
    };

    /// <summary>The word without its conjunction (و ف) only, for cue words (ولم، فلا).</summary>
    public static string WithoutConjunction(string word) =>
        word.Length > 2 && word[0] is 'و' or 'ف' ? word[1..] : word;

    /// <summary>The same as <see cref="WithoutConjunction"/>, as a span of the word (no substring).</summary>
    public static ReadOnlySpan<char> WithoutConjunctionSpan(string word) =>
        word.Length > 2 && word[0] is 'و' or 'ف' ? word.AsSpan(1) : word;

    private static void AddProclitics(string word, Action<string, ReadingKind> add)
    {
        add(word, ReadingKind.Plain);
        var w = word.Length > 3 && word[0] is 'و' or 'ف' ? word[1..] : word;
        for (var pass = w == word ? 1 : 0; pass < 2; pass++, w = word)
        {
            add(w, ReadingKind.Plain);
            if (w.Length > 4 && w.StartsWith("لل", StringComparison.Ordinal))
            {
                add(w[2..], ReadingKind.Definite);
            }
            if (w.Length > 4 && w.StartsWith("ال", StringComparison.Ordinal))
            {
                add(w[2..], ReadingKind.Definite);
            }
            if (w.Length > 3 && w[0] is 'ب' or 'ل' or 'ك')
            {
                var x = w[1..];
                // ل may stand before a present verb (ليقصف "so as to shell"); ب and ك never do.
                add(x, w[0] == 'ل' ? ReadingKind.Plain : ReadingKind.Preposed);
                if (x.Length > 4 && x.StartsWith("ال", StringComparison.Ordinal))
                {
                    add(x[2..], ReadingKind.Definite);
                }
            }
        }
    }
}
