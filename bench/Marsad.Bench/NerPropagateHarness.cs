using Marsad.Core.Entities.Tagging;

namespace Marsad.Bench;

/// <summary>
/// Scores the document-level copy of names (<c>NamePropagation</c>) after a model's output, for choosing its settings:
/// <c>--model FILE</c> (default the embedded one), <c>--dev</c> (the dev split, for a model from <c>ner-train --dev</c>;
/// otherwise the test split). Prints the score without the pass, then with each setting (types, shortest name, window).
/// </summary>
public sealed class NerPropagateHarness : IHarness
{
    public string Name => "ner-propagate";

    public string Description => "NER: a name copied to its untagged repetitions nearby, scored per setting";

    public int Run(string[] args)
    {
        var dev = args.Contains("--dev");
        var at = Array.IndexOf(args, "--model");
        NameTagger tagger;
        if (at >= 0)
        {
            using var file = File.OpenRead(args[at + 1]);
            tagger = NameTagger.Load(file);
        }
        else
        {
            tagger = NameTagger.Default;
        }
        var (train, test) = NerData.Anercorp();
        if (dev)
        {
            (_, test) = NerCorpus.Split(train, 5.0 / 6);
        }
        var sentences = test.Select(s => s.Tokens).ToList();
        var tagged = tagger.TagDocument(sentences, confidence: true, propagate: false);
        NerEvalHarness.Print(dev ? "dev, no pass" : "test, no pass", NerEvaluation.Score(test, tagged));
        const int Org = 1 << (int)NameType.Organization;
        // The tagger's output already holds the shipped pass (TagDocument); the settings below are compared on the raw output.
        foreach (var share in new[] { 0, 0.2, 0.25, 1.0 / 3, 0.5 })
        {
            var copied = NamePropagation.Apply(sentences, tagged, NamePropagation.Window, Org, 1, share);
            NerEvalHarness.Print($"{(dev ? "dev" : "test")}, copy ORG, window {NamePropagation.Window}, tagged share >= {share:F2}", NerEvaluation.Score(test, copied));
        }
        return 0;
    }
}
