using System.Diagnostics;
using Marsad.Core.Events;

namespace Marsad.Bench;

/// <summary>
/// Scores the trigger finder on our own gold set (eval/events-gold/gold.tsv): per PLOVER type,
/// precision and recall of (sentence, type) pairs; on the matched pairs, the share with the
/// gold CAMEO code, negation and mode; the false-alarm rate on sentences without event.
/// <c>dotnet run -c Release --project bench/Marsad.Bench -- events-gold [GOLD_FILE] [--errors]</c>.
/// </summary>
public sealed class EventGoldHarness : IHarness
{
    public string Name => "events-gold";

    public string Description => "trigger finder vs eval/events-gold/gold.tsv: P/R per PLOVER type, code, negation, mode";

    public int Run(string[] args)
    {
        var path = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? EventGoldFile.GoldPath();
        var showErrors = args.Contains("--errors");
        using var reader = new StreamReader(path);
        var gold = EventGoldSet.Load(reader, path, CameoCodes.Default);
        var finder = TriggerFinder.Default;
        var types = Enum.GetValues<PloverType>();
        var tp = new int[types.Length];
        var fp = new int[types.Length];
        var fn = new int[types.Length];
        int matched = 0, codeOk = 0, rootOk = 0, negOk = 0, modeOk = 0, empty = 0, falseAlarms = 0;
        var watch = Stopwatch.StartNew();
        foreach (var s in gold)
        {
            var found = finder.Find(WordSplitter.Split(s.Sentence)).Where(c => c.Plover is not null).ToList();
            var expected = s.Events.Select(e => e.Plover).ToHashSet();
            var predicted = found.Select(c => c.Plover!.Value).ToHashSet();
            if (s.Events.Count == 0)
            {
                empty++;
                falseAlarms += predicted.Count > 0 ? 1 : 0;
            }
            foreach (var t in expected.Union(predicted))
            {
                var i = Array.IndexOf(types, t);
                if (expected.Contains(t) && predicted.Contains(t))
                {
                    tp[i]++;
                    matched++;
                    var g = s.Events.Where(e => e.Plover == t).ToList();
                    var c = found.Where(f => f.Plover == t).ToList();
                    codeOk += c.Any(f => g.Any(e => e.Code.Code == f.Cameo)) ? 1 : 0;
                    rootOk += c.Any(f => g.Any(e => e.Code.Root == f.Entry.Code.Root)) ? 1 : 0;
                    negOk += c.Any(f => g.Any(e => e.Negated == f.Negated)) ? 1 : 0;
                    modeOk += c.Any(f => g.Any(e => e.Mode == f.Mode)) ? 1 : 0;
                }
                else if (predicted.Contains(t))
                {
                    fp[i]++;
                }
                else
                {
                    fn[i]++;
                }
                if (showErrors && !(expected.Contains(t) && predicted.Contains(t)))
                {
                    Console.WriteLine($"{(predicted.Contains(t) ? "FP" : "FN")} {t.ToName(),-9} {s.Id} {s.Sentence} [{string.Join(' ', found.Select(f => f.Stem + ":" + f.Cameo))}]");
                }
            }
        }
        watch.Stop();
        Console.WriteLine($"{gold.Count} sentences ({empty} without event), {gold.Sum(s => s.Events.Count)} gold events, {watch.Elapsed.TotalMilliseconds:F0} ms");
        Console.WriteLine($"{"type",-10} {"P",6} {"R",6} {"F1",6} {"tp",4} {"fp",4} {"fn",4}");
        for (var i = 0; i < types.Length; i++)
        {
            Print(types[i].ToName(), tp[i], fp[i], fn[i]);
        }
        Print("ALL", tp.Sum(), fp.Sum(), fn.Sum());
        Console.WriteLine($"matched pairs: CAMEO code {Share(codeOk, matched)}, CAMEO root {Share(rootOk, matched)}, negation {Share(negOk, matched)}, mode {Share(modeOk, matched)}");
        Console.WriteLine($"false alarms on sentences without event: {falseAlarms}/{empty}");
        return 0;
    }

    private static void Print(string name, int tp, int fp, int fn)
    {
        var p = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        var r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        Console.WriteLine($"{name,-10} {p,6:F2} {r,6:F2} {f,6:F2} {tp,4} {fp,4} {fn,4}");
    }

    private static string Share(int part, int whole) => whole == 0 ? "n/a" : $"{part}/{whole} ({100.0 * part / whole:F0}%)";
}
