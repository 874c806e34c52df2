using Marsad.Core.Events;

namespace Marsad.Bench;

/// <summary>
/// Scores the trigger finder on real news sentences nobody on the project wrote:
/// the PROTEST and ASSAULT detection sets of ../shared/data/arabic-event-gsr (precision and
/// recall of "the sentence holds an event of this type"; ambiguous rows skipped, hard
/// negatives counted apart) and the recall of the UniversalPetrarch Arabic gold events.
/// <c>dotnet run -c Release --project bench/Marsad.Bench -- events-detect [DATA_DIR] [--misses]</c>.
/// </summary>
public sealed class EventDetectionHarness : IHarness
{
    public string Name => "events-detect";

    public string Description => "trigger finder on arabic-event-gsr detection sets and UniversalPetrarch gold (real sentences)";

    public int Run(string[] args)
    {
        var data = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine(EventGoldFile.RepositoryRoot(), "..", "shared", "data");
        var showMisses = args.Contains("--misses");
        foreach (var verbsOnly in new[] { false, true })
        {
            foreach (var (file, type) in new[] { ("protest_detection_dev.csv", PloverType.Protest), ("assault_detection_dev.csv", PloverType.Assault) })
            {
                Detect(Path.Combine(data, "arabic-event-gsr", file), type, verbsOnly, showMisses && !verbsOnly);
            }
        }
        var upHits = 0;
        var upTotal = 0;
        foreach (var line in File.ReadLines(Path.Combine(data, "universalpetrarch", "arabic_events_gold_dev.tsv")).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 10 || !PloverTypes.TryParse(f[3], out var type))
            {
                continue;
            }
            upTotal++;
            upHits += Found(f[9], type, verbsOnly: false).Any() ? 1 : 0;
        }
        Console.WriteLine($"universalpetrarch gold: type found in {upHits}/{upTotal} sentences ({100.0 * upHits / Math.Max(1, upTotal):F0}%)");
        return 0;
    }

    private static void Detect(string path, PloverType type, bool verbsOnly, bool showMisses)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0, hardNo = 0, hardAlarm = 0;
        foreach (var row in EventEvalCsv.Read(path).Skip(1))
        {
            var label = row[2];
            if (label == "ambiguous")
            {
                continue;
            }
            var stems = Found(row[^1], type, verbsOnly).ToList();
            var found = stems.Count > 0;
            var yes = label == "yes";
            if (showMisses && yes != found)
            {
                Console.WriteLine($"{(yes ? "MISS" : "FALSE")} {type.ToName()} [{string.Join(' ', stems)}] {row[^1]}");
            }
            if (label == "difficult no")
            {
                hardNo++;
                hardAlarm += found ? 1 : 0;
            }
            (tp, fp, fn, tn) = (yes, found) switch
            {
                (true, true) => (tp + 1, fp, fn, tn),
                (false, true) => (tp, fp + 1, fn, tn),
                (true, false) => (tp, fp, fn + 1, tn),
                _ => (tp, fp, fn, tn + 1),
            };
        }
        var p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        Console.WriteLine($"{Path.GetFileName(path)}{(verbsOnly ? " (verb triggers only)" : "")}: {type.ToName()} P={p:F2} R={r:F2} F1={(p + r == 0 ? 0 : 2 * p * r / (p + r)):F2} (tp {tp}, fp {fp}, fn {fn}, tn {tn}); false alarms on 'difficult no': {hardAlarm}/{hardNo}");
    }

    // A sentence "has" the event when a trigger of the type is neither negated nor modal.
    private static IEnumerable<string> Found(string sentence, PloverType type, bool verbsOnly) =>
        TriggerFinder.Default.Find(WordSplitter.Split(sentence))
            .Where(c => c.Plover == type && !c.Negated && c.Mode is null && (!verbsOnly || c.Form != WordForm.Noun))
            .Select(c => c.Stem);
}
