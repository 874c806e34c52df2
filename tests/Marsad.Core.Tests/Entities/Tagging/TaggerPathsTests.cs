using Marsad.Core.Entities.Tagging;

namespace Marsad.Core.Tests.Entities.Tagging;

/// <summary>
/// The tagger's faster paths must give what the plain ones give: words looked up from a span of the text, the document
/// memory read from the token views, and Viterbi over each label's allowed predecessors (against an exhaustive search).
/// </summary>
public sealed class TaggerPathsTests
{
    private static readonly string[] Sentences =
    [
        "وقال الرئيس كمال بن عيسى في مؤتمر صحفي بالعاصمة إن الحوار مستمر .",
        "والتقى وزير الخارجية سامي الحربي نظيره الفرنسي في باريس يوم 12 مارس 2019 .",
        "وأكد سامي الحربي أن شركة النور للتقنية ستفتح فرعا في الدوحة ، والحربي متفائل .",
    ];

    [Fact]
    public void Should_find_the_same_word_features_from_a_span_as_from_the_word()
    {
        // Given the words of our own sentences, one word longer than the cache keeps, and a word read inside a longer text
        var weights = NameTagger.Default.Weights;
        var words = Sentences.SelectMany(s => s.Split(' ')).Append(new string('ب', 45)).ToList();

        // When each is looked up from a span and from a string / Then the features are the same, floats and views
        foreach (var word in words)
        {
            var text = "« " + word + " »";
            var bySpan = weights.Word(text.AsSpan(2, word.Length));
            var byWord = weights.Word(word);
            Assert.Equal(byWord.View, bySpan.View);
            Assert.Equal(byWord.Sums, bySpan.Sums);
        }
    }

    [Fact]
    public void Should_tag_looked_up_words_as_tagging_the_strings_does()
    {
        // Given our own sentences as strings and as words looked up from spans
        var tagger = NameTagger.Default;
        var tokens = Sentences.Select(s => (IReadOnlyList<string>)s.Split(' ')).ToList();
        var words = tokens.Select(t => t.Select(w => tagger.Weights.Word(w.AsSpan())).ToArray()).ToList();

        // When both are tagged
        var fromStrings = tagger.TagDocument(tokens, confidence: false);
        var fromWords = tagger.TagWords(words, confidence: false);

        // Then the spans are the same, and a name was found (the test would pass vacuously on none)
        Assert.Equal(fromStrings.Select(s => s.ToList()), fromWords.Select(s => s.ToList()));
        Assert.Contains(fromWords, s => s.Count > 0);
    }

    [Fact]
    public void Should_build_the_document_memory_from_the_views_as_from_the_tokens()
    {
        // Given our own sentences and spans over clitic-bearing words (والتقى، بالعاصمة، والحربي)
        var tagger = NameTagger.Default;
        var tokens = Sentences.Select(s => (IReadOnlyList<string>)s.Split(' ')).ToList();
        IReadOnlyList<TaggedSpan>[] spans =
        [
            [new TaggedSpan(2, 5, NameType.Person, 1), new TaggedSpan(8, 9, NameType.Location, 1)],
            [],
            [new TaggedSpan(1, 3, NameType.Person, 1), new TaggedSpan(4, 7, NameType.Organization, 1), new TaggedSpan(12, 13, NameType.Person, 1)],
        ];
        var features = tokens.Select(t => SentenceFeatures.Create([.. t.Select(w => tagger.Weights.Word(w))], tagger.Weights)).ToList();
        try
        {
            // When the memory is built both ways, with a window of 0 and of 1
            foreach (var window in new[] { 0, 1 })
            {
                var fromTokens = DocumentMemory.Build(tokens, spans, window);
                var fromViews = DocumentMemory.Build(features, spans, window);

                // Then every sentence's memory is the same
                for (var j = 0; j < tokens.Count; j++)
                {
                    Assert.Equal(fromTokens[j].OrderBy(e => e.Key, StringComparer.Ordinal), fromViews[j].OrderBy(e => e.Key, StringComparer.Ordinal));
                }
            }
            Assert.Empty(DocumentMemory.Build(features, spans, 0)[1]);
            Assert.Equal(1 << (int)NameType.Person, DocumentMemory.Build(features, spans, 0)[2]["حربي"]);
        }
        finally
        {
            features.ForEach(f => f.Release());
        }
    }

    [Fact]
    public void Should_decode_the_best_allowed_sequence()
    {
        // Given random emissions and transitions over sentences of one to four tokens
        var random = new Random(7);
        const int L = BioLabels.Count;
        for (var trial = 0; trial < 40; trial++)
        {
            var n = 1 + (trial % 4);
            var emissions = Enumerable.Range(0, n * L).Select(_ => (float)((random.NextDouble() * 8) - 4)).ToArray();
            var transitions = Enumerable.Range(0, (L + 1) * L).Select(_ => (float)((random.NextDouble() * 8) - 4)).ToArray();

            // When Viterbi decodes them
            var labels = new int[n];
            NerDecoder.Viterbi(emissions, transitions, labels);

            // Then no allowed sequence scores higher (an exhaustive search over the 9^n sequences)
            var best = float.NegativeInfinity;
            var sequence = new int[n];
            for (var code = 0; code < (int)Math.Pow(L, n); code++)
            {
                var c = code;
                for (var i = 0; i < n; i++, c /= L)
                {
                    sequence[i] = c % L;
                }
                var score = Score(sequence, emissions, transitions);
                best = Math.Max(best, score);
            }
            Assert.Equal(best, Score(labels, emissions, transitions), 3);
        }
    }

    private static float Score(int[] labels, float[] emissions, float[] transitions)
    {
        const int L = BioLabels.Count;
        var score = 0f;
        for (var i = 0; i < labels.Length; i++)
        {
            var previous = i == 0 ? BioLabels.Outside : labels[i - 1];
            if (!BioLabels.IsAllowed(previous, labels[i]))
            {
                return float.NegativeInfinity;
            }
            score += transitions[((i == 0 ? L : previous) * L) + labels[i]] + emissions[(i * L) + labels[i]];
        }
        return score;
    }
}
