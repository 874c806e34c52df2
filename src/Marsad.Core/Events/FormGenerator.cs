using Marsad.Core.Language;

namespace Marsad.Core.Events;

/// <summary>
/// Expands the form specifications of the event lexicons into normalized word forms.
/// A specification is a space-separated list of items:
/// <list type="bullet">
/// <item><c>v:PAST/PRESENT</c> — a verb from its past stem (3rd masculine singular) and its present stem without prefix: <c>v:قصف/قصف</c>, <c>v:التقى/لتقي</c>, <c>v:استقبل/ستقبل</c>;</item>
/// <item><c>p:PRESENT</c> — only the present and future forms of a verb whose past is irregular and listed with <c>w:</c> (دعا: <c>w:دعت p:دعو</c>);</item>
/// <item><c>n:WORD</c> — a noun (verbal noun, plural) listed as is: <c>n:زيارة n:زيارات</c>;</item>
/// <item><c>w:WORD</c> — any other word listed as is (particles, irregular verb forms such as the passive قيل).</item>
/// </list>
/// Conjugation rules (unvocalized text writes most passives like actives: قُصف = قصف):
/// <list type="bullet">
/// <item>past of a sound stem S: S, S+ت (she), S+ا (they two; not on three-letter stems, where فجرا، عقدا are nouns), S+تا (they two, f.), S+وا (they), S+ن (they, f.), S+نا (we);</item>
/// <item>past of a defective stem ending in ى/ي (التقى): the final letter drops before ت, تا, وا (التقت، التقوا) and stays as ي before ا, ين (التقيا);</item>
/// <item>present: prefixes ي ت ن أ on the stem P, with suffixes none, ان, ون, ين, ا, وا, ن (يلتقي، تلتقيان، يستقبلون، يلتقيا); not أ on a stem that starts with ل, which spells a definite noun (التقني);</item>
/// <item>present of a stem ending in ي (لتقي): the ي drops before ون, ين and وا (يلتقون، تلتقين، يلتقوا); a stem ending in و (دعو) takes only none, ان, ا, ن;</item>
/// <item>the jussive of a stem ending in ي or و drops that letter (لم تلتق، لم يدع), except in the first person singular (أنهِ is written as the particle أنه); the shortened jussive of hollow verbs (لم يزر) is not generated;</item>
/// <item>future: the prefix سـ on every present form (سيلتقي، ستستقبل، سنلتقي); the separate word سوف is a cue, not a form.</item>
/// </list>
/// </summary>
internal static class FormGenerator
{
    private static readonly string[] PastSuffixes = ["", "ت", "ا", "تا", "وا", "ن", "نا"];
    private static readonly string[] PresentPrefixes = ["ي", "ت", "ن", "ا"];
    private static readonly string[] PresentSuffixes = ["", "ان", "ون", "ين", "ا", "وا", "ن"];
    private static readonly string[] WawFinalSuffixes = ["", "ان", "ا", "ن"];

    /// <summary>The forms of a specification, normalized, each with what it is; duplicates removed.</summary>
    /// <exception cref="FormatException">An item is malformed; the message says which.</exception>
    public static IReadOnlyList<(string Form, WordForm Kind)> Expand(string spec)
    {
        var forms = new List<(string, WordForm)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string form, WordForm kind)
        {
            if (form.Length > 0 && seen.Add(form))
            {
                forms.Add((form, kind));
            }
        }
        void AddPresent(string stem)
        {
            var presents = Present(stem).ToList();
            foreach (var f in presents)
            {
                Add(f, WordForm.Present);
            }
            foreach (var f in presents)
            {
                Add("س" + f, WordForm.Future);
            }
        }
        foreach (var item in spec.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (item.Length < 3 || item[1] != ':')
            {
                throw new FormatException($"'{item}' is not v:PAST/PRESENT, p:PRESENT, n:WORD or w:WORD");
            }
            var body = ArabicNormalizer.Normalize(item[2..]);
            switch (item[0])
            {
                case 'n':
                    Add(Word(body, item), WordForm.Noun);
                    break;
                case 'w':
                    Add(Word(body, item), WordForm.Word);
                    break;
                case 'p':
                    AddPresent(Word(body, item));
                    break;
                case 'v':
                    var slash = body.IndexOf('/', StringComparison.Ordinal);
                    if (slash <= 0 || slash == body.Length - 1)
                    {
                        throw new FormatException($"'{item}' needs a past and a present stem: v:PAST/PRESENT");
                    }
                    var past = Word(body[..slash], item);
                    var present = Word(body[(slash + 1)..], item);
                    foreach (var f in Past(past))
                    {
                        Add(f, WordForm.Past);
                    }
                    AddPresent(present);
                    break;
                default:
                    throw new FormatException($"'{item}': unknown item kind '{item[0]}' (v, p, n or w)");
            }
        }
        return forms;
    }

    private static string Word(string word, string item) =>
        word.Length >= 2 && word.All(IsArabicLetter)
            ? word
            : throw new FormatException($"'{item}' holds '{word}', not an Arabic word of two letters or more");

    private static bool IsArabicLetter(char c) => c is >= '\u0621' and <= '\u064A';

    private static IEnumerable<string> Past(string stem)
    {
        if (stem[^1] == 'ي')
        {
            var root = stem[..^1];
            return [stem, root + "ت", root + "تا", root + "وا", stem + "ا", stem + "ن", stem + "نا"];
        }
        // A three-letter stem + ا is more often an accusative noun (فجرا، عقدا) than a dual verb.
        return PastSuffixes.Where(s => s != "ا" || stem.Length > 3).Select(s => stem + s);
    }

    private static IEnumerable<string> Present(string stem)
    {
        var suffixed = stem[^1] switch
        {
            'ي' => PresentSuffixes.Select(s => s is "ون" or "وا" or "ين" ? stem[..^1] + s : stem + s),
            'و' => WawFinalSuffixes.Select(s => stem + s),
            _ => PresentSuffixes.Select(s => stem + s),
        };
        // The first person أ (normalized ا) on a stem that starts with ل spells a definite noun (ألتقي = التقي, التقني
        // "technical"): news tells events in the third person, so that reading is left out.
        var forms = suffixed.SelectMany(f => PresentPrefixes.Where(p => p != "ا" || f[0] != 'ل').Select(p => p + f));
        if (stem[^1] is 'ي' or 'و')
        {
            // The jussive drops the last letter (لم يلتق، لم يدع). Not in the first person singular: أنهِ is written as the
            // particle أنه/إنه, أبنِ as ابن; news tells a first person's act with ن or in the past.
            var jussive = stem[..^1];
            forms = forms.Concat(PresentPrefixes.Where(p => p != "ا").Select(p => p + jussive));
        }
        return forms;
    }
}
