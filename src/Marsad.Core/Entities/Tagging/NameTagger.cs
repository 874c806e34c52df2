using System.IO.Compression;
using System.Text;

namespace Marsad.Core.Entities.Tagging;

/// <summary>
/// A statistical tagger for Arabic names the knowledge base does not know: an averaged
/// structured perceptron over BIO labels with Viterbi decoding, trained in the repository
/// from ANERcorp (see <c>docs/ner.md</c>). A second stage, when the model has one, reads
/// what the first stage found in the surrounding sentences of the same document, so a name
/// introduced with a title is also found where it is repeated bare. Instances are
/// immutable and thread-safe.
/// </summary>
public sealed class NameTagger
{
    private const string ResourceName = "Marsad.Core.Resources/Models/ner.bin.gz";
    // 4: the silver lexicon follows the word classes (version 3, without it, is still read).
    private const int Version = 4;
    private static readonly Lazy<NameTagger> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly NerModel _first;
    private readonly NerModel? _second;
    private readonly int _window;
    private readonly JointWeights _weights;

    internal NameTagger(NerModel first, NerModel? second, int window)
    {
        _first = first;
        _second = second;
        _window = window;
        _weights = new JointWeights(first, second);
    }

    private static ReadOnlySpan<byte> Magic => "MNER"u8;

    /// <summary>The tagger trained on ANERcorp, loaded from the embedded model on first use.</summary>
    public static NameTagger Default => LazyDefault.Value;

    /// <summary>Both stages' weights under one table, with the words' cached features.</summary>
    internal JointWeights Weights => _weights;

    /// <summary>The first stage (lexicon, word classes).</summary>
    internal NerModel First => _first;

    /// <summary>The number of weighted features in the model (both stages).</summary>
    public int FeatureCount => _first.Rows.Count + (_second?.Rows.Count ?? 0);

    /// <summary>
    /// The names in one sentence of <paramref name="tokens"/>, as token-index spans in
    /// order. Punctuation should be separate tokens, as in the training corpus. Prefer
    /// <see cref="TagDocument(IReadOnlyList{IReadOnlyList{string}})"/> when the sentences of the article are at hand.
    /// </summary>
    public IReadOnlyList<TaggedSpan> Tag(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return TagDocument([tokens])[0];
    }

    /// <summary>
    /// The names in each sentence of one document (an article), as token-index spans per
    /// sentence: repeated names are recognized from their other mentions nearby.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<TaggedSpan>> TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences) =>
        TagDocument(sentences, confidence: true);

    /// <summary>
    /// As <see cref="TagDocument(IReadOnlyList{IReadOnlyList{string}})"/>; without
    /// <paramref name="confidence"/> the spans' confidence is not computed (the forward-backward
    /// pass costs about as much as decoding), and the spans are the same. Without <paramref name="propagate"/> the
    /// organizations found are not copied to their untagged repetitions (<see cref="NamePropagation"/>): the silver
    /// lexicon is counted on the decoder's own output, as the shipped model's was.
    /// </summary>
    internal IReadOnlyList<IReadOnlyList<TaggedSpan>> TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences, bool confidence, bool propagate = true)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var words = new WordFeatures[sentences.Count][];
        for (var j = 0; j < words.Length; j++)
        {
            var sentence = sentences[j];
            var row = words[j] = new WordFeatures[sentence.Count];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = _weights.Word(sentence[i] ?? string.Empty);
            }
        }
        return TagWords(words, confidence, propagate);
    }

    /// <summary>
    /// As <see cref="TagDocument(IReadOnlyList{IReadOnlyList{string}}, bool, bool)"/>, over the sentences' words already
    /// looked up (<see cref="JointWeights.Word(ReadOnlySpan{char})"/>): <see cref="NameCandidates"/> finds them from the
    /// text without a string per token.
    /// </summary>
    internal IReadOnlyList<IReadOnlyList<TaggedSpan>> TagWords(IReadOnlyList<WordFeatures[]> sentences, bool confidence, bool propagate = true)
    {
        var buffer = new List<uint>(96);
        var features = new SentenceFeatures[sentences.Count];
        try
        {
            for (var j = 0; j < features.Length; j++)
            {
                features[j] = SentenceFeatures.Create(sentences[j], _weights);
            }
            var tagged = new IReadOnlyList<TaggedSpan>[features.Length];
            if (_second is null)
            {
                for (var j = 0; j < features.Length; j++)
                {
                    tagged[j] = Decode(_first, features[j].Length, features[j].First, marginals: confidence);
                }
            }
            else
            {
                var first = new IReadOnlyList<TaggedSpan>[features.Length];
                for (var j = 0; j < features.Length; j++)
                {
                    first[j] = Decode(_first, features[j].Length, features[j].First, marginals: false);
                }
                var memory = DocumentMemory.Build(features, first, _window);
                for (var j = 0; j < features.Length; j++)
                {
                    tagged[j] = Decode(_second, features[j].Length, features[j].AddMemory(_second, memory[j], buffer), marginals: confidence);
                }
            }
            return propagate
                ? NamePropagation.ApplyToStems(
                    [.. features.Select(f => new Stems(f.Words))], tagged, NamePropagation.Window, NamePropagation.Types, minLength: 1, NamePropagation.MinShare,
                    (j, i, type) => OneWordName(features[j].Words[i].View, type))
                : tagged;
        }
        finally
        {
            // The spans hold no score row: the rows go back to the pool for the next document.
            foreach (var f in features)
            {
                f?.Release();
            }
        }
    }

    /// <summary>Writes the model (gzip'd binary) to <paramref name="stream"/>.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gzip, Encoding.UTF8);
        w.Write(Magic);
        w.Write(Version);
        _first.Write(w, words: true);
        w.Write(_second is not null);
        w.Write(_window);
        _second?.Write(w, words: false);
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream holds no model of this version.</exception>
    public static NameTagger Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var r = new BinaryReader(gzip, Encoding.UTF8);
            var magic = r.ReadBytes(4).AsSpan().SequenceEqual(Magic);
            var version = r.ReadInt32();
            if (!magic || version is not (Version or 3))
            {
                throw new InvalidDataException("Not a Marsad NER model (bad magic or version).");
            }
            var first = NerModel.Read(r, null, silver: version >= 4);
            var hasSecond = r.ReadBoolean();
            var window = r.ReadInt32();
            return new NameTagger(first, hasSecond ? NerModel.Read(r, first) : null, window);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The NER model is truncated.", e);
        }
    }

    private static List<TaggedSpan> Decode(NerModel model, int n, float[] emissions, bool marginals)
    {
        if (n == 0)
        {
            return [];
        }
        // The labels live only until they are read into spans: on the stack for a sentence of usual length.
        Span<int> labels = n <= 512 ? stackalloc int[n] : new int[n];
        NerDecoder.Viterbi(emissions, model.Transitions, labels);
        if (!marginals)
        {
            return BioLabels.ToSpans(labels, []);
        }
        var confidence = new double[n];
        NerDecoder.Marginals(emissions, model.ExpTransitions, labels, confidence);
        return BioLabels.ToSpans(labels, confidence);
    }

    /// <summary>
    /// Whether a word may take a one-word name of <paramref name="type"/> copied from elsewhere in the article: a word rare
    /// in the news (its stem has no word class and no silver shares), or one the silver lexicon tags as that type at
    /// least one time in ten. A frequent word that the news seldom shows as such a name is a common noun.
    /// </summary>
    private static bool OneWordName(NerToken token, NameType type) =>
        (token.StemCluster < 0 && token.Silver == 0) || SilverLexicon.Bucket(token.Silver, (int)type) > 0;

    /// <summary>A sentence's stems read from its token views, without a copy.</summary>
    private sealed class Stems(WordFeatures[] words) : IReadOnlyList<string>
    {
        public int Count => words.Length;

        public string this[int index] => words[index].View.Stem;

        public IEnumerator<string> GetEnumerator() => words.Select(t => t.View.Stem).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static NameTagger LoadDefault()
    {
        using var stream = typeof(NameTagger).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded NER model {ResourceName} is missing; run the ner-train harness.");
        return Load(stream);
    }
}
