using System.Diagnostics;
using Marsad.Core.Entities.Tagging;

namespace Marsad.Bench;

/// <summary>
/// Trains the NER model from ANERcorp's first 5/6 and the ANERGazet lists and writes it to
/// <c>src/Marsad.Core/Resources/Models/ner.bin.gz</c>. Options: <c>--epochs N</c>,
/// <c>--prune X</c>, <c>--out FILE</c>, <c>--no-gazetteer</c>, <c>--clusters K</c> (0: none),
/// <c>--window N</c> (sentences around read by the second stage; 0: one stage),
/// <c>--unlabeled-files N</c> (SaudiNewsNet days read for the word classes),
/// <c>--cluster-min-count N</c> (occurrences a word needs in SaudiNewsNet to get a class; 10),
/// <c>--silver N</c> (a first model tags N SaudiNewsNet days, 19 by default, 0 for none; each stem's type shares there become features),
/// <c>--silver-min-count N</c> (occurrences a stem needs for that; 5),
/// <c>--dev</c> (for choosing options: train on the first 5/6 of the training part and score
/// on its last 1/6, the dev split; the test split is neither read nor scored, and the model is
/// written only with <c>--out</c>).
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
        var dev = false;
        var clusterMinCount = 10;
        // The shipped model's recipe (docs/ner.md, session 13); --silver 0 trains without the silver lexicon.
        var silverFiles = 19;
        var silverMinCount = 5;
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
                case "--min-count":
                    options = options with { MinFeatureCount = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture) };
                    break;
                case "--ensemble":
                    options = options with { Ensemble = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture) };
                    break;
                case "--cluster-min-count":
                    clusterMinCount = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "--silver":
                    silverFiles = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "--silver-min-count":
                    silverMinCount = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "--dev":
                    dev = true;
                    break;
                case "--seed":
                    options = options with { Seed = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture) };
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
        var (train, test) = NerData.Anercorp();
        var testName = "ANERcorp test (last 1/6)";
        if (dev)
        {
            // Options are chosen on this split only; the test split is scored once, at the end.
            (train, test) = NerCorpus.Split(train, 5.0 / 6);
            testName = "ANERcorp dev (last 1/6 of the training 5/6)";
            if (output == NerData.ModelPath)
            {
                output = Path.Combine(Path.GetTempPath(), "ner-dev.bin.gz");
            }
        }
        var clock = Stopwatch.StartNew();
        if (clusters > 0)
        {
            var classes = WordClusters.Build(NerData.SaudiNewsNet(unlabeledFiles), clusters, minCount: clusterMinCount);
            Console.WriteLine($"word classes: {classes.WordCount} words in {classes.ClusterCount} classes from SaudiNewsNet in {clock.Elapsed.TotalSeconds:F1} s");
            options = options with { Clusters = classes };
        }
        if (silverFiles > 0)
        {
            // A tagger trained on the same training sentences tags unlabeled news; its per-stem shares become features.
            clock.Restart();
            var silverTagger = NameTaggerTrainer.Train(train, options);
            var silver = SilverLexicon.Build(silverTagger, NerData.SaudiNewsNetDocuments(silverFiles), silverMinCount);
            Console.WriteLine($"silver lexicon: {silver.Count} stems from {silverFiles} SaudiNewsNet days in {clock.Elapsed.TotalSeconds:F1} s");
            options = options with { Silver = silver };
        }
        Console.WriteLine($"train: {train.Count} sentences, {train.Sum(s => s.Tokens.Count)} tokens; {(dev ? "dev" : "test")}: {test.Count} sentences, {test.Sum(s => s.Tokens.Count)} tokens");
        clock.Restart();
        var tagger = NameTaggerTrainer.Train(train, options);
        Console.WriteLine($"trained {options.Epochs} epochs in {clock.Elapsed.TotalSeconds:F1} s; {tagger.FeatureCount} features kept");
        using (var file = File.Create(output))
        {
            tagger.Save(file);
        }
        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024.0:F0} KB)");
        NerEvalHarness.Print(testName, NerEvaluation.Run(tagger, test));
        return 0;
    }
}
