using System.Collections.Frozen;

namespace Marsad.Core.Events.Coding;

/// <summary>
/// The features <see cref="EventFilter"/> weighs for one coded candidate, each prefixed with
/// the PLOVER type so every type learns its own weights: the trigger's stem, form, negation
/// and mode, what its source and target are, where it stands, the words around it, and the
/// word classes of <c>Resources/Events/filter-words.tsv</c> (memory, comparison, fear,
/// prevention, judgement, condemnation, analysis, victims, reporting) in the sentence and near it.
/// </summary>
internal static class EventFeatures
{
    /// <summary>The embedded word-class file, relative to the events resources.</summary>
    public const string WordsFileName = "filter-words.tsv";

    private const int Window = 3;

    // How close a class word must be to count as "near" the trigger (words either side).
    private const int Near = 5;

    private static readonly Lazy<FrozenDictionary<string, string>> LazyClasses = new(() =>
    {
        using var reader = EventResources.Open(WordsFileName);
        return LoadClasses(reader, WordsFileName);
    });

    /// <summary>The features of <paramref name="trigger"/> with its arguments in <paramref name="frame"/>.</summary>
    public static List<string> Of(SentenceFrame frame, TriggerCandidate trigger, EventArguments args, EventMode? mode, PloverType type)
    {
        var t = type.ToName() + "|";
        var i = trigger.TokenIndex;
        var words = frame.Words;
        var source = args.Sources.Count == 0 ? "none" : args.Sources[0].Actor.Name is not null ? "named" : args.Sources[0].Actor.Country is null ? "generic-nocountry" : "state";
        var features = new List<string>(48)
        {
            t + "bias",
            t + "stem:" + trigger.Stem,
            t + "form:" + trigger.Form,
            t + "neg:" + trigger.Negated,
            t + "mode:" + (mode?.ToString() ?? "-"),
            t + "src:" + source,
            t + "tgt:" + (args.Targets.Count > 0),
            t + "pos:" + Math.Min(i, 6),
            t + "third:" + (3 * i / Math.Max(1, words.Count)),
            t + "len:" + Math.Min(words.Count / 10, 5),
            t + "clause:" + (frame.ClauseStart(i) == 0),
            t + "places:" + frame.Slots.Count(s => s.IsPlace),
            t + "actors:" + Math.Min(frame.Slots.Count(s => !s.IsPlace), 4),
        };
        // Signs that the sentence recalls or discusses an act rather than reports a new one.
        var from = Math.Max(0, i - 6);
        var pluperfect = false;
        var qad = false;
        for (var k = from; k < i; k++)
        {
            pluperfect |= words[k].Norm is "كان" or "كانت" or "كانوا";
            qad |= words[k].Norm == "قد";
        }
        features.Add(t + "pluperfect:" + (pluperfect && qad));
        var year = false;
        var recent = false;
        var count = false;
        var victims = false;
        var classes = LazyClasses.Value;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < words.Count; k++)
        {
            var norm = words[k].Norm;
            year |= norm.Length == 4 && (norm.StartsWith("19", StringComparison.Ordinal) || norm.StartsWith("20", StringComparison.Ordinal)) && norm.All(char.IsDigit);
            recent |= norm is "امس" or "اليوم" or "الليله" or "صباح" or "مساء" or "فجر" or "ظهر";
            var digit = norm.Length > 0 && char.IsDigit(norm[0]);
            count |= digit;
            if (k != i && classes.TryGetValue(norm, out var cls))
            {
                // A victim word right after a number is a toll (ثلاثة قتلى، 12 شخصا), not the word alone.
                if (cls == "victim")
                {
                    victims |= k > 0 && (char.IsDigit(words[k - 1].Norm.FirstOrDefault()) || IsNumberWord(words[k - 1].Norm));
                    continue;
                }
                var where = Math.Abs(k - i) <= Near ? (k < i ? "before" : "after") : "far";
                if (seen.Add(cls + where))
                {
                    features.Add(t + "class:" + cls + ":" + where);
                }
            }
        }
        features.Add(t + "year:" + year);
        features.Add(t + "recent:" + recent);
        features.Add(t + "count:" + count);
        features.Add(t + "victims:" + victims);
        features.Add(t + "place:" + frame.Slots.Any(s => s.IsPlace));
        for (var k = Math.Max(0, i - Window); k <= Math.Min(words.Count - 1, i + Window); k++)
        {
            if (k != i)
            {
                features.Add(t + (k < i ? "L:" : "R:") + words[k].Stem);
            }
        }
        // The whole sentence's stems, once each: the topic (a match, a market, a trial) decides many negatives.
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            if (w.Stem.Length > 2 && !char.IsDigit(w.Stem[0]) && stems.Add(w.Stem))
            {
                features.Add(t + "W:" + w.Stem);
            }
        }
        return features;
    }

    /// <summary>Reads the word classes: <c>class, words</c> tab-separated; a word in two classes is an error.</summary>
    /// <exception cref="EventResourceException">A line is malformed or a word is listed twice.</exception>
    public static FrozenDictionary<string, string> LoadClasses(TextReader reader, string fileName)
    {
        var classes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, f) in EventResources.DataLines(reader))
        {
            if (f.Length != 2 || f[0].Length == 0)
            {
                throw new EventResourceException(fileName, line, "expected a class and its words, tab-separated");
            }
            foreach (var word in f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!classes.TryAdd(word, f[0]))
                {
                    throw new EventResourceException(fileName, line, $"'{word}' is already in class {classes[word]}");
                }
            }
        }
        return classes.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static bool IsNumberWord(string norm) => norm is "ثلاثه" or "اربعه" or "خمسه" or "سته" or "سبعه" or "ثمانيه" or "تسعه" or "عشره"
        or "عشرات" or "مئات" or "الاف" or "اثنين" or "اثنان" or "عشرين" or "ثلاثين" or "اربعين" or "خمسين" or "مئه";
}
