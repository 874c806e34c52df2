using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Marsad.Core.Entities;
using Marsad.Core.Events;
using Marsad.Core.Events.Coding;
using Marsad.Core.Language;

namespace Marsad.Bench;

/// <summary>
/// Trains the coder's <see cref="EventFilter"/> on the training half of arabic-event-gsr only
/// (<see cref="EventFilter.IsTraining"/>; ambiguous rows left out), for PROTEST and ASSAULT, and
/// writes <c>src/Marsad.Core/Resources/Events/Coding/filter.tsv</c>. The options (learner:
/// averaged perceptron or L2-regularized logistic regression, on hard labels or on the
/// annotators' votes; feature groups; shared weights) are chosen for both types together, and
/// each type's decision threshold on its own, by five-fold cross-validation inside the
/// training half, folds by record, scored as the evaluation does: F1 of "the sentence gets a non-negated
/// event of the type with no mode". The test half is never read here.
/// <c>dotnet run -c Release --project bench/Marsad.Bench -- events-train [--cv-only] [--options NAME]</c>.
/// </summary>
public sealed class EventCoderTrainHarness : IHarness
{
    private const int Folds = 5;

    // The feature groups of the first filter; "cues" adds the word classes, tolls and position, "words" the sentence's stems.
    private static readonly string[] BaseGroups = ["bias", "stem", "form", "neg", "mode", "src", "tgt", "pos", "len", "clause", "places", "pluperfect", "year", "recent", "count", "place", "L", "R"];
    private static readonly string[] CueGroups = ["third", "actors", "class", "victims"];

    public string Name => "events-train";

    public string Description => "trains the event filter on the training half of arabic-event-gsr (options by cross-validation)";

    public int Run(string[] args)
    {
        var cvOnly = args.Contains("--cv-only");
        var forced = args.SkipWhile(a => a != "--options").Skip(1).FirstOrDefault();
        var root = EventGoldFile.RepositoryRoot();
        var data = Path.Combine(root, "..", "shared", "data", "arabic-event-gsr");
        var coder = new EventCoder(TriggerLexicon.Default, RoleWords.Default, Core.Entities.Knowledge.KnowledgeBase.Default, EntityRecognizer.Default);
        var output = new StringBuilder();
        output.AppendLine("# Event filter weights, trained by the events-train harness on the training half of");
        output.AppendLine("# ../shared/data/arabic-event-gsr (MIT, Open Event Data Alliance; see NOTICE-events-coding.md). Format: feature<TAB>weight;");
        output.AppendLine("# the decision threshold is folded into each type's bias (a candidate is kept when the sum is above zero).");
        var types = new[] { ("protest_detection_dev.csv", PloverType.Protest), ("assault_detection_dev.csv", PloverType.Assault) };
        var records = new List<Record>();
        foreach (var (file, type) in types)
        {
            foreach (var row in EventEvalCsv.Read(Path.Combine(data, file)).Skip(1))
            {
                if (row[2] == "ambiguous" || !EventFilter.IsTraining(row[0]))
                {
                    continue;
                }
                var candidates = new List<List<string>>();
                var text = row[^1];
                coder.Code(ArabicAnalyzer.Default.Analyze(text), EntityRecognizer.Default.Recognize(text, null), null, (p, f) =>
                {
                    if (p == type)
                    {
                        candidates.Add(f);
                    }
                });
                // A fold of its own hash bits, independent of the parity that made the training half.
                var fold = (int)(XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(row[0]), 5) % Folds);
                // The annotators' votes (accept of total) give a soft label: a "difficult no" is 1/3 or 2/4 yes.
                var votes = double.Parse(row[3], CultureInfo.InvariantCulture) / Math.Max(1, double.Parse(row[5], CultureInfo.InvariantCulture));
                records.Add(new Record(type, row[2] == "yes", votes, fold, candidates));
            }
            var ofType = records.Where(r => r.Type == type).ToList();
            Console.WriteLine($"{type.ToName()}: {ofType.Count} training-half records ({ofType.Count(r => r.Yes)} yes), {ofType.Sum(r => r.Candidates.Count)} candidates; rules alone {Score(ofType, null, 0)}");
        }
        // One option set for both types (shared weights tie them), each type with its own threshold; chosen by the sum of the types' cv F1.
        Options? best = null;
        var bestThresholds = new Dictionary<PloverType, double>();
        var bestSum = -1.0;
        foreach (var options in Grid())
        {
            if (forced is not null && !options.Name.StartsWith(forced, StringComparison.Ordinal))
            {
                continue;
            }
            var heldOut = new Dictionary<Record, double[]>();
            for (var k = 0; k < Folds; k++)
            {
                var fold = k;
                foreach (var model in TrainAll(records.Where(r => r.Fold != fold).ToList(), options))
                {
                    foreach (var r in records.Where(r => r.Fold == fold && r.Type == model.Type))
                    {
                        heldOut[r] = r.Candidates.Select(c => model.Score(options.Select(c))).ToArray();
                    }
                }
            }
            var sum = 0.0;
            var thresholds = new Dictionary<PloverType, double>();
            var line = new StringBuilder();
            foreach (var (_, type) in types)
            {
                var ofType = records.Where(r => r.Type == type).ToList();
                var (bestT, bestResult) = options.Thresholds.Select(t => (t, Score(ofType, heldOut, t))).MaxBy(p => p.Item2.F1);
                thresholds[type] = bestT;
                sum += bestResult.F1;
                line.Append(CultureInfo.InvariantCulture, $" | {type.ToName()} t={bestT}: {bestResult}");
            }
            Console.WriteLine($"  cv {options.Name,-30}{line}");
            if (sum > bestSum + 1e-9)
            {
                (best, bestThresholds, bestSum) = (options, thresholds, sum);
            }
        }
        if (best is null)
        {
            Console.Error.WriteLine($"no option set named {forced}");
            return 2;
        }
        output.AppendLine(CultureInfo.InvariantCulture, $"# options chosen by five-fold cross-validation on the training half: {best.Name}; thresholds {string.Join(", ", bestThresholds.Select(p => $"{p.Key.ToName()} {p.Value}"))}");
        var weights = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var model in TrainAll(records, best))
        {
            var prefix = model.Type.ToName() + "|";
            var ofType = records.Where(r => r.Type == model.Type).ToList();
            Console.WriteLine($"{model.Type.ToName()}: chosen {best.Name} t={bestThresholds[model.Type]}; on its own training data {Score(ofType, ofType.ToDictionary(r => r, r => r.Candidates.Select(c => model.Score(best.Select(c))).ToArray()), bestThresholds[model.Type])}");
            foreach (var (f, w) in model.Weights)
            {
                // The threshold is folded into the type's bias; shared weights are the same in every model of a joint training.
                // A joint model holds every type's features: each type's own are written from its own model only, or the
                // last model would write the other types' biases back without their thresholds.
                if (f.StartsWith(prefix, StringComparison.Ordinal) || f.StartsWith(EventFilter.Shared + "|", StringComparison.Ordinal))
                {
                    weights[f] = f == prefix + "bias" ? w - bestThresholds[model.Type] : w;
                }
            }
        }
        foreach (var (f, w) in weights)
        {
            if (Math.Abs(w) > 1e-4 || f.EndsWith("|bias", StringComparison.Ordinal))
            {
                output.Append(f).Append('\t').AppendLine(w.ToString("G5", CultureInfo.InvariantCulture));
            }
        }
        if (!cvOnly)
        {
            var path = Path.Combine(root, "src", "Marsad.Core", "Resources", "Events", "Coding", "filter.tsv");
            File.WriteAllText(path, output.ToString());
            Console.WriteLine($"weights written to {path}");
        }
        return 0;
    }

    private static IEnumerable<Options> Grid()
    {
        var sets = new (string Name, string[] Groups)[] { ("base", BaseGroups), ("cues", [.. BaseGroups, .. CueGroups]), ("cues+words", [.. BaseGroups, .. CueGroups, "W"]) };
        foreach (var shared in new[] { false, true })
        {
            foreach (var (name, groups) in sets)
            {
                var set = groups.ToHashSet(StringComparer.Ordinal);
                var label = (shared ? "shared " : "") + name;
                yield return new Options($"perceptron/{label}", null, shared, set, [0.0]);
                foreach (var l2 in new[] { 0.0003, 0.001, 0.01, 0.1 })
                {
                    // Thresholds on the logit: 0 is p = 0.5; below keeps more candidates.
                    yield return new Options(FormattableString.Invariant($"logistic l2={l2}/{label}"), l2, shared, set, [-2.0, -1.5, -1.0, -0.5, 0.0, 0.5]);
                    yield return new Options(FormattableString.Invariant($"logistic l2={l2}/{label} votes"), l2, shared, set, [-2.0, -1.5, -1.0, -0.5, 0.0, 0.5], Soft: true);
                }
            }
        }
    }

    // One model per type; with shared weights one joint training whose "*|" weights every type reads (EventFilter.Score).
    private static IEnumerable<Model> TrainAll(List<Record> records, Options options)
    {
        var types = records.Select(r => r.Type).Distinct().ToList();
        if (!options.Shared)
        {
            return types.Select(t => Train(records.Where(r => r.Type == t), options) with { Type = t }).ToList();
        }
        var joint = Train(records, options);
        return types.Select(t => joint with { Type = t }).ToList();
    }

    private static Model Train(IEnumerable<Record> records, Options options)
    {
        var examples = records.SelectMany(r => r.Candidates.Select(c => (Features: options.Select(c), Label: r.Yes ? 1 : -1, Target: options.Soft ? r.Votes : r.Yes ? 1.0 : 0.0))).ToList();
        return options.L2 is { } l2 ? Logistic(examples.Select(e => (e.Features, e.Target)).ToList(), l2) : Perceptron(examples.Select(e => (e.Features, e.Label)).ToList());
    }

    // Averaged perceptron, 10 epochs, the learner of the first filter.
    private static Model Perceptron(List<(List<string> Features, int Label)> examples)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        var stamps = new Dictionary<string, int>(StringComparer.Ordinal);
        var random = new Random(17);
        var step = 0;
        for (var e = 0; e < 10; e++)
        {
            foreach (var (features, label) in examples.OrderBy(_ => random.Next()))
            {
                step++;
                if (features.Sum(f => weights.GetValueOrDefault(f)) * label > 0)
                {
                    continue;
                }
                foreach (var f in features)
                {
                    // Lazy averaging: credit each weight for the steps it held its value.
                    var w = weights.GetValueOrDefault(f);
                    totals[f] = totals.GetValueOrDefault(f) + (step - stamps.GetValueOrDefault(f)) * w;
                    stamps[f] = step;
                    weights[f] = w + label;
                }
            }
        }
        return new Model(default, weights.Keys.ToDictionary(f => f, f => (totals.GetValueOrDefault(f) + (step - stamps.GetValueOrDefault(f)) * weights[f]) / Math.Max(1, step), StringComparer.Ordinal));
    }

    // Logistic regression by AdaGrad, 30 epochs; L2 on every weight but the bias, applied where the example touches.
    private static Model Logistic(List<(List<string> Features, double Target)> examples, double l2)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var squares = new Dictionary<string, double>(StringComparer.Ordinal);
        var random = new Random(17);
        for (var e = 0; e < 30; e++)
        {
            foreach (var (features, y) in examples.OrderBy(_ => random.Next()))
            {
                var z = features.Sum(f => weights.GetValueOrDefault(f));
                var error = 1 / (1 + Math.Exp(-z)) - y;
                foreach (var f in features)
                {
                    var w = weights.GetValueOrDefault(f);
                    var g = error + (f.EndsWith("|bias", StringComparison.Ordinal) ? 0 : l2 * w);
                    var s = squares.GetValueOrDefault(f) + g * g;
                    squares[f] = s;
                    weights[f] = w - 0.5 * g / Math.Sqrt(s + 1e-8);
                }
            }
        }
        return new Model(default, weights);
    }

    private static Result Score(List<Record> records, Dictionary<Record, double[]>? scores, double threshold)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var r in records)
        {
            var prefix = r.Type.ToName() + "|";
            var said = false;
            for (var c = 0; c < r.Candidates.Count; c++)
            {
                // What the evaluation counts: a non-negated event with no mode.
                var sayable = r.Candidates[c].Contains(prefix + "neg:False") && r.Candidates[c].Contains(prefix + "mode:-");
                said |= sayable && (scores is null || scores[r][c] > threshold);
            }
            (tp, fp, fn) = (r.Yes, said) switch
            {
                (true, true) => (tp + 1, fp, fn),
                (false, true) => (tp, fp + 1, fn),
                (true, false) => (tp, fp, fn + 1),
                _ => (tp, fp, fn),
            };
        }
        return new Result(tp, fp, fn);
    }

    private sealed record Record(PloverType Type, bool Yes, double Votes, int Fold, List<List<string>> Candidates);

    private sealed record Options(string Name, double? L2, bool Shared, HashSet<string> Groups, double[] Thresholds, bool Soft = false)
    {
        public List<string> Select(List<string> features) => features.Where(f =>
        {
            var bar = f.IndexOf('|', StringComparison.Ordinal);
            var colon = f.IndexOf(':', bar + 1);
            return Groups.Contains(colon < 0 ? f[(bar + 1)..] : f[(bar + 1)..colon]);
        }).SelectMany(f => Shared ? new[] { f, EventFilter.Shared + f[f.IndexOf('|', StringComparison.Ordinal)..] } : [f]).ToList();
    }

    private sealed record Model(PloverType Type, Dictionary<string, double> Weights)
    {
        public double Score(List<string> features) => features.Sum(f => Weights.GetValueOrDefault(f));
    }

    private readonly record struct Result(int Tp, int Fp, int Fn)
    {
        public double P => Tp + Fp == 0 ? 0 : (double)Tp / (Tp + Fp);

        public double R => Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);

        public double F1 => P + R == 0 ? 0 : 2 * P * R / (P + R);

        public override string ToString() => $"P {P:F3} R {R:F3} F1 {F1:F3} (tp {Tp}, fp {Fp}, fn {Fn})";
    }
}
