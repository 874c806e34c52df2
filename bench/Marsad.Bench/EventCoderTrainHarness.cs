using System.Globalization;
using System.Text;
using Marsad.Core.Entities;
using Marsad.Core.Events;
using Marsad.Core.Events.Coding;
using Marsad.Core.Language;

namespace Marsad.Bench;

/// <summary>
/// Trains the coder's <see cref="EventFilter"/>: an averaged perceptron over the features of
/// the candidates the rules code, on the training half of arabic-event-gsr
/// (<see cref="EventFilter.IsTraining"/>; ambiguous rows left out), for PROTEST and ASSAULT,
/// and writes <c>src/Marsad.Core/Resources/Events/Coding/filter.tsv</c>.
/// <c>dotnet run -c Release --project bench/Marsad.Bench -- events-train [EPOCHS]</c>.
/// </summary>
public sealed class EventCoderTrainHarness : IHarness
{
    public string Name => "events-train";

    public string Description => "trains the event filter on the training half of arabic-event-gsr";

    public int Run(string[] args)
    {
        var epochs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var root = EventGoldFile.RepositoryRoot();
        var data = Path.Combine(root, "..", "shared", "data", "arabic-event-gsr");
        var coder = new EventCoder(TriggerLexicon.Default, RoleWords.Default, Core.Entities.Knowledge.KnowledgeBase.Default, EntityRecognizer.Default);
        var examples = new List<(List<string> Features, int Label)>();
        foreach (var (file, type) in new[] { ("protest_detection_dev.csv", PloverType.Protest), ("assault_detection_dev.csv", PloverType.Assault) })
        {
            foreach (var row in EventEvalCsv.Read(Path.Combine(data, file)).Skip(1))
            {
                if (row[2] == "ambiguous" || !EventFilter.IsTraining(row[0]))
                {
                    continue;
                }
                var label = row[2] == "yes" ? 1 : -1;
                var text = row[^1];
                coder.Code(ArabicAnalyzer.Default.Analyze(text), EntityRecognizer.Default.Recognize(text, null), null, (p, f) =>
                {
                    if (p == type)
                    {
                        examples.Add((f, label));
                    }
                });
            }
        }
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        var stamps = new Dictionary<string, int>(StringComparer.Ordinal);
        var random = new Random(17);
        var step = 0;
        for (var e = 0; e < epochs; e++)
        {
            var errors = 0;
            foreach (var (features, label) in examples.OrderBy(_ => random.Next()))
            {
                step++;
                var score = features.Sum(f => weights.GetValueOrDefault(f));
                if (score * label > 0)
                {
                    continue;
                }
                errors++;
                foreach (var f in features)
                {
                    // Lazy averaging: credit each weight for the steps it held its value.
                    var w = weights.GetValueOrDefault(f);
                    totals[f] = totals.GetValueOrDefault(f) + (step - stamps.GetValueOrDefault(f)) * w;
                    stamps[f] = step;
                    weights[f] = w + label;
                }
            }
            Console.WriteLine($"epoch {e + 1}: {errors}/{examples.Count} mistakes");
        }
        var output = new StringBuilder();
        output.AppendLine("# Event filter weights: averaged perceptron trained by the events-train harness on the training half of");
        output.AppendLine("# ../shared/data/arabic-event-gsr (MIT, Open Event Data Alliance; see NOTICE-events-coding.md). Format: feature<TAB>weight.");
        var written = 0;
        foreach (var f in weights.Keys.Order(StringComparer.Ordinal))
        {
            var average = (totals.GetValueOrDefault(f) + (step - stamps.GetValueOrDefault(f)) * weights[f]) / step;
            if (Math.Abs(average) > 1e-4 || f.EndsWith("|bias", StringComparison.Ordinal))
            {
                output.Append(f).Append('\t').AppendLine(average.ToString("G6", CultureInfo.InvariantCulture));
                written++;
            }
        }
        var path = Path.Combine(root, "src", "Marsad.Core", "Resources", "Events", "Coding", "filter.tsv");
        File.WriteAllText(path, output.ToString());
        Console.WriteLine($"{examples.Count} candidates from the training half; {written} weights written to {path}");
        return 0;
    }
}
