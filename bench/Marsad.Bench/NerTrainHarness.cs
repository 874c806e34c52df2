using System.Diagnostics;
using Marsad.Core.Entities.Tagging;

namespace Marsad.Bench;

/// <summary>
/// Trains the NER model from ANERcorp's first 5/6 and the ANERGazet lists and writes it to
/// <c>src/Marsad.Core/Resources/Models/ner.bin.gz</c>. Options: <c>--epochs N</c>,
/// <c>--prune X</c>, <c>--out FILE</c>, <c>--no-gazetteer</c>, <c>--clusters K</c> (0: none),
/// <c>--window N</c> (sentences around read by the second stage; 0: one stage),
/// <c>--unlabeled-files N</c> (SaudiNewsNet days read for the word classes).
/// </summary>
public sealed class NerTrainHarness : IHarness
{
    public string Name => "ner-train";

    public string Description => "train the NER tagger on ANERcorp (5/6) and write the embedded model";

    public int Run(string[] args)
    {
        var options = new NameTaggerTrainingOptions();
        var output = NerData.ModelPath;
        var gazetteer = true;
        var clusters = 512;
        var unlabeledFiles = 19;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--epochs":
                    options = options with { Epochs = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture) };
                    break;
                case "--prune":
                    options = options with { PruneBelow = float.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture) };
                    break;
                case "--out":
                    output = Path.GetFullPath(args[++i]);
                    break;
                case "--clusters":
                    clusters = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "--unlabeled-files":
                    unlabeledFiles = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "--window":
                    options = options with { DocumentWindow = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture) };
                    break;
                case "--no-gazetteer":
                    gazetteer = false;
                    break;
                default:
                    Console.Error.WriteLine($"ner-train: unknown option {args[i]}");
                    return 2;
            }
        }
        if (gazetteer)
        {
            options = options with
            {
                Persons = NerData.Gazetteer("Pers"),
                Locations = NerData.Gazetteer("Loc"),
                Organizations = NerData.Gazetteer("Org"),
            };
        }
        var clock = Stopwatch.StartNew();
        if (clusters > 0)
        {
            var classes = WordClusters.Build(NerData.SaudiNewsNet(unlabeledFiles), clusters);
            Console.WriteLine($"word classes: {classes.WordCount} words in {classes.ClusterCount} classes from SaudiNewsNet in {clock.Elapsed.TotalSeconds:F1} s");
            options = options with { Clusters = classes };
        }
        var (train, test) = NerData.Anercorp();
        Console.WriteLine($"train: {train.Count} sentences, {train.Sum(s => s.Tokens.Count)} tokens; test: {test.Count} sentences, {test.Sum(s => s.Tokens.Count)} tokens");
        clock.Restart();
        var tagger = NameTaggerTrainer.Train(train, options);
        Console.WriteLine($"trained {options.Epochs} epochs in {clock.Elapsed.TotalSeconds:F1} s; {tagger.FeatureCount} features kept");
        using (var file = File.Create(output))
        {
            tagger.Save(file);
        }
        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024.0:F0} KB)");
        NerEvalHarness.Print("ANERcorp test (last 1/6)", NerEvaluation.Run(tagger, test));
        return 0;
    }
}
