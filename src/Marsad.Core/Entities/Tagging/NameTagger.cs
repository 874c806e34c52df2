namespace Marsad.Core.Entities.Tagging;

/// <summary>
/// A statistical tagger for Arabic names the knowledge base does not know: an averaged
/// structured perceptron over BIO labels with Viterbi decoding, trained in the repository
/// from ANERcorp (see <c>docs/ner.md</c>). Instances are immutable and thread-safe.
/// </summary>
public sealed class NameTagger
{
    private const string ResourceName = "Marsad.Core.Resources/Models/ner.bin.gz";
    private static readonly Lazy<NameTagger> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly NerModel _model;

    internal NameTagger(NerModel model) => _model = model;

    /// <summary>The tagger trained on ANERcorp, loaded from the embedded model on first use.</summary>
    public static NameTagger Default => LazyDefault.Value;

    /// <summary>The number of weighted features in the model.</summary>
    public int FeatureCount => _model.Rows.Count;

    internal NerModel Model => _model;

    /// <summary>
    /// The names in one sentence of <paramref name="tokens"/>, as token-index spans in
    /// order. Punctuation should be separate tokens, as in the training corpus.
    /// </summary>
    public IReadOnlyList<TaggedSpan> Tag(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var n = tokens.Count;
        if (n == 0)
        {
            return [];
        }
        var emissions = Emissions(tokens);
        var labels = new int[n];
        NerDecoder.Viterbi(emissions, _model.Transitions, labels);
        var marginals = new double[n];
        NerDecoder.Marginals(emissions, _model.ExpTransitions, labels, marginals);
        return BioLabels.ToSpans(labels, marginals);
    }

    /// <summary>The best label of each token (for training and evaluation).</summary>
    internal int[] Labels(IReadOnlyList<string> tokens)
    {
        var labels = new int[tokens.Count];
        NerDecoder.Viterbi(Emissions(tokens), _model.Transitions, labels);
        return labels;
    }

    /// <summary>Writes the model (gzip'd binary) to <paramref name="stream"/>.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _model.Save(stream);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream holds no model of this version.</exception>
    public static NameTagger Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            return new NameTagger(NerModel.Load(stream));
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The NER model is truncated.", e);
        }
    }

    private float[] Emissions(IReadOnlyList<string> tokens)
    {
        var n = tokens.Count;
        var views = new NerToken[n];
        for (var i = 0; i < n; i++)
        {
            views[i] = NerToken.Create(tokens[i] ?? string.Empty, _model.Lexicon, _model.Clusters);
        }
        var emissions = new float[n * BioLabels.Count];
        var features = new List<uint>(64);
        var weights = _model.Weights;
        for (var i = 0; i < n; i++)
        {
            features.Clear();
            NerFeatures.Extract(views, i, features);
            var target = emissions.AsSpan(i * BioLabels.Count, BioLabels.Count);
            foreach (var f in features)
            {
                var row = _model.Table.Find(f);
                if (row >= 0)
                {
                    var w = weights.AsSpan(row * BioLabels.Count, BioLabels.Count);
                    for (var y = 0; y < BioLabels.Count; y++)
                    {
                        target[y] += w[y];
                    }
                }
            }
        }
        return emissions;
    }

    private static NameTagger LoadDefault()
    {
        using var stream = typeof(NameTagger).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded NER model {ResourceName} is missing; run the ner-train harness.");
        return Load(stream);
    }
}
