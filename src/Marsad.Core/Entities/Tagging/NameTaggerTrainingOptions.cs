namespace Marsad.Core.Entities.Tagging;

/// <summary>How <see cref="NameTaggerTrainer"/> trains a model.</summary>
public sealed record NameTaggerTrainingOptions
{
    /// <summary>Passes over the training sentences.</summary>
    public int Epochs { get; init; } = 12;

    /// <summary>Sentences before and after that the second stage reads (0: one stage only).</summary>
    public int DocumentWindow { get; init; } = 10;

    /// <summary>Blocks for the jackknife that feeds the second stage its first-stage tags.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Seed of the per-epoch shuffle, so training is reproducible.</summary>
    public int Seed { get; init; } = 17;

    /// <summary>Averaged weights smaller than this in magnitude are dropped, to keep the model small.</summary>
    public float PruneBelow { get; init; } = 0.01f;

    /// <summary>Features fired by fewer training tokens than this get no weight (1: all do).</summary>
    public int MinFeatureCount { get; init; } = 1;

    /// <summary>Stages trained on different shuffles and averaged into one (1: a single one).</summary>
    public int Ensemble { get; init; } = 1;

    /// <summary>Person names (one name a string, one or more words), read into the model as lexicon features.</summary>
    public IReadOnlyList<string> Persons { get; init; } = [];

    /// <summary>Place names, read into the model as lexicon features.</summary>
    public IReadOnlyList<string> Locations { get; init; } = [];

    /// <summary>Organization names, read into the model as lexicon features.</summary>
    public IReadOnlyList<string> Organizations { get; init; } = [];

    /// <summary>Word classes learned from unlabeled text (<see cref="WordClusters.Build"/>), stored in the model; none when null.</summary>
    public WordClusters? Clusters { get; init; }

    /// <summary>Bucketed type shares of stems over unlabeled news (<c>SilverLexicon</c>), stored in the model; none when null.</summary>
    public IReadOnlyDictionary<string, byte>? Silver { get; init; }

    /// <summary>Title and role words that announce a person; defaults to the embedded list <c>Models/ner-titles.txt</c>.</summary>
    public IReadOnlyList<string> Titles { get; init; } = NerTitles.Embedded;
}
