using System.Collections.Frozen;
using Marsad.Core.Language;

namespace Marsad.Core.Events;

/// <summary>
/// The event trigger lexicon (<c>Resources/Events/triggers.tsv</c>) and the cue words read
/// around triggers (<c>Resources/Events/cues.tsv</c>): every form normalized, looked up
/// exactly. Formats in docs/events.md.
/// </summary>
public sealed class TriggerLexicon
{
    /// <summary>The embedded trigger file name.</summary>
    public const string TriggersFileName = "triggers.tsv";

    /// <summary>The embedded cue file name.</summary>
    public const string CuesFileName = "cues.tsv";

    private static readonly Lazy<TriggerLexicon> LazyDefault = new(() =>
    {
        using var triggers = EventResources.Open(TriggersFileName);
        using var cues = EventResources.Open(CuesFileName);
        return Load(triggers, TriggersFileName, cues, CuesFileName, CameoCodes.Default);
    });

    private readonly FrozenDictionary<string, LexiconHit[]> _forms;
    private readonly FrozenDictionary<string, CueKind[]> _cues;

    // Each entry's noun forms (the entry's line, the form): a noun spelled like a verb form of the same entry (قطع، قصف)
    // is kept under its verb kind in _forms, so whether the row lists the noun is read here.
    private readonly FrozenSet<(int Line, string Form)> _nouns;

    // The cues looked up by span: a word without its conjunction is read without a substring.
    private readonly FrozenDictionary<string, CueKind[]>.AlternateLookup<ReadOnlySpan<char>> _cueSpans;

    private TriggerLexicon(IReadOnlyList<TriggerEntry> entries, FrozenDictionary<string, LexiconHit[]> forms, FrozenDictionary<string, CueKind[]> cues, FrozenSet<(int, string)> nouns)
    {
        Entries = entries;
        _forms = forms;
        _cues = cues;
        _nouns = nouns;
        _cueSpans = cues.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The lexicon embedded in Marsad.Core.</summary>
    public static TriggerLexicon Default => LazyDefault.Value;

    /// <summary>Every trigger entry, in file order (earlier entries win ties).</summary>
    public IReadOnlyList<TriggerEntry> Entries { get; }

    /// <summary>How many distinct trigger word forms the lexicon holds.</summary>
    public int FormCount => _forms.Count;

    /// <summary>The entries whose forms include <paramref name="norm"/> (exact, normalized, clitics removed); empty when none.</summary>
    public ReadOnlySpan<LexiconHit> Lookup(string norm) =>
        _forms.TryGetValue(norm, out var hits) ? hits : [];

    /// <summary>True when <paramref name="entry"/> lists <paramref name="norm"/> among its noun forms (<c>n:</c>).</summary>
    public bool HasNounForm(TriggerEntry entry, string norm) => _nouns.Contains((entry.Line, norm));

    /// <summary>True when <paramref name="norm"/> is a cue word of kind <paramref name="kind"/>.</summary>
    public bool IsCue(string norm, CueKind kind) =>
        _cues.TryGetValue(norm, out var kinds) && Array.IndexOf(kinds, kind) >= 0;

    /// <summary>True when the normalized word <paramref name="norm"/> is a cue word of kind <paramref name="kind"/>.</summary>
    public bool IsCue(ReadOnlySpan<char> norm, CueKind kind) =>
        _cueSpans.TryGetValue(norm, out var kinds) && Array.IndexOf(kinds, kind) >= 0;

    /// <summary>True when <paramref name="norm"/> is a verb of saying (قال, أكد, أعلن, ...).</summary>
    public bool IsReportingVerb(string norm) => IsCue(norm, CueKind.Reporting);

    /// <summary>
    /// Reads the lexicons. Triggers: tab-separated <c>lemma, cameo, target, with, forms, gloss</c>;
    /// cues: <c>kind, forms, gloss</c>; <c>#</c> comments; <c>-</c> for an empty field.
    /// </summary>
    /// <exception cref="EventResourceException">A line is malformed or names an unknown code; the message names file and line.</exception>
    public static TriggerLexicon Load(TextReader triggers, string triggersFile, TextReader cues, string cuesFile, CameoCodes codes)
    {
        ArgumentNullException.ThrowIfNull(triggers);
        ArgumentNullException.ThrowIfNull(cues);
        ArgumentNullException.ThrowIfNull(codes);
        var entries = new List<TriggerEntry>();
        var forms = new Dictionary<string, List<LexiconHit>>(StringComparer.Ordinal);
        var nouns = new HashSet<(int, string)>();
        foreach (var (line, f) in EventResources.DataLines(triggers))
        {
            if (f.Length != 6)
            {
                throw new EventResourceException(triggersFile, line, $"expected 6 tab-separated fields (lemma, cameo, target, with, forms, gloss), found {f.Length}");
            }
            if (!codes.TryGet(f[1], out var code))
            {
                throw new EventResourceException(triggersFile, line, $"'{f[1]}' is not a CAMEO code of the code table");
            }
            var (isObject, prepositions) = ParseTarget(f[2], triggersFile, line);
            // *متظاهرون|…: the companion is the verb's new subject (TriggerEntry.NewSubject).
            var newSubject = f[3].StartsWith('*');
            var with = newSubject ? f[3][1..] : f[3];
            var companions = with == "-" ? [] : with.Split('|').Select(w => NormalizedWord(w, triggersFile, line)).ToArray();
            var entry = new TriggerEntry(NormalizedWord(f[0], triggersFile, line), code, isObject, prepositions, companions, f[5], line) { NewSubject = newSubject };
            entries.Add(entry);
            foreach (var item in f[4].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // Read from the specification: the expansion drops a noun spelled like a verb form listed before it.
                if (item.StartsWith("n:", StringComparison.Ordinal))
                {
                    nouns.Add((line, ArabicNormalizer.Normalize(item[2..])));
                }
            }
            foreach (var (form, kind) in Expand(f[4], triggersFile, line))
            {
                if (!forms.TryGetValue(form, out var list))
                {
                    forms[form] = list = [];
                }
                if (!list.Exists(h => h.Entry == entry))
                {
                    list.Add(new LexiconHit(entry, kind));
                }
            }
        }
        if (entries.Count == 0)
        {
            throw new EventResourceException(triggersFile, 0, "the lexicon holds no trigger");
        }
        var cueForms = new Dictionary<string, List<CueKind>>(StringComparer.Ordinal);
        foreach (var (line, f) in EventResources.DataLines(cues))
        {
            if (f.Length != 3)
            {
                throw new EventResourceException(cuesFile, line, $"expected 3 tab-separated fields (kind, forms, gloss), found {f.Length}");
            }
            if (!LowerCaseEnum.TryParse<CueKind>(f[0], out var kind))
            {
                throw new EventResourceException(cuesFile, line, $"'{f[0]}' is not a cue kind ({LowerCaseEnum.Names<CueKind>()})");
            }
            foreach (var (form, _) in Expand(f[1], cuesFile, line))
            {
                if (!cueForms.TryGetValue(form, out var list))
                {
                    cueForms[form] = list = [];
                }
                if (!list.Contains(kind))
                {
                    list.Add(kind);
                }
            }
        }
        return new TriggerLexicon(
            entries,
            forms.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            cueForms.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            nouns.ToFrozenSet());
    }

    private static IReadOnlyList<(string Form, WordForm Kind)> Expand(string spec, string file, int line)
    {
        try
        {
            var forms = FormGenerator.Expand(spec);
            return forms.Count > 0 ? forms : throw new FormatException("no form given");
        }
        catch (FormatException e)
        {
            throw new EventResourceException(file, line, e.Message);
        }
    }

    private static (bool IsObject, string[] Prepositions) ParseTarget(string field, string file, int line)
    {
        if (field == "-")
        {
            return (false, []);
        }
        var isObject = false;
        var prepositions = new List<string>();
        foreach (var item in field.Split('|'))
        {
            if (item == "obj")
            {
                isObject = true;
            }
            else
            {
                var p = ArabicNormalizer.Normalize(item).Trim();
                if (p.Length is 0 or > 6 || !p.All(c => c is >= '\u0621' and <= '\u064A'))
                {
                    throw new EventResourceException(file, line, $"target '{item}' is neither obj nor an Arabic preposition");
                }
                prepositions.Add(p);
            }
        }
        return (isObject, prepositions.ToArray());
    }

    private static string NormalizedWord(string word, string file, int line)
    {
        var norm = ArabicNormalizer.Normalize(word.Trim());
        return norm.Length > 0 && norm.All(c => c is >= '\u0621' and <= '\u064A' or ' ')
            ? norm
            : throw new EventResourceException(file, line, $"'{word}' is not an Arabic word");
    }
}
