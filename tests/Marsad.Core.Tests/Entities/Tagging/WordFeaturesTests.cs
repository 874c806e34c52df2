using Marsad.Core.Entities.Tagging;
using Marsad.Core.Reading;
using Marsad.Testing;

namespace Marsad.Core.Tests.Entities.Tagging;

/// <summary>
/// The tagger's fast scoring (each word's rows summed once per word, <see cref="JointWeights.Score"/>) must give
/// the floats the templates give token by token (<see cref="NerFeatures.Extract"/>, then
/// <see cref="JointWeights.AddAll"/>) up to rounding, the additions being made in another order: a speed
/// change, not a change of the model.
/// </summary>
public sealed class WordFeaturesTests
{
    private const float Tolerance = 1e-4f;

    [Fact]
    public void Should_score_news_sentences_as_the_templates_do()
    {
        // Given sentences of our own with titles, clitics, names, digits, Latin and punctuation
        string[] sentences =
        [
            "وقال الرئيس كمال بن عيسى في مؤتمر صحفي بالعاصمة إن الحوار مستمر .",
            "والتقى وزير الخارجية سامي الحربي نظيره الفرنسي في باريس يوم 12 مارس 2019 .",
            "« لن نتراجع » ، قالها المتحدث باسم الحكومة لوكالة Reuters صباح أمس !",
            "للأمم المتحدة وبالعاصمة فالرئيس كالسيف ـ \u064E ؟",
            "الرئيس",
        ];

        // When both ways score them / Then every float is the same within 1e-4
        foreach (var sentence in sentences)
        {
            AssertSameScores(sentence.Split(' '));
        }
    }

    [Fact]
    public void Should_score_random_token_lists_as_the_templates_do()
    {
        // Given random lists of words, clitics, empty tokens, marks and boundary-like strings, long and short
        string[] pieces = ["الرئيس", "في", "وبغداد", "للأمم", "محمد", "Obama", "2015", "،", ".", "«", "", "ـ", "\u064E", "قال", "بن", "<s>", "</s>", "والملك", "عبدالله", "كالوزير"];
        var random = new Random(7);
        for (var n = 0; n < 300; n++)
        {
            var tokens = Enumerable.Range(0, random.Next(0, 30)).Select(_ => pieces[random.Next(pieces.Length)]).ToArray();

            // When both ways score them / Then every float is the same within 1e-4
            AssertSameScores(tokens);
        }
    }

    [SkippableFact]
    public void Should_score_real_news_as_the_templates_do()
    {
        // Given the first articles of one day of SaudiNewsNet, cut into lines of white-space tokens
        var path = SharedData.PathOrSkip("saudinewsnet/2015-07-23.zip");
        var lines = new InputReader(ReadOptions.Default).Read([path])
            .Where(r => r.Page is not null).Take(150)
            .SelectMany(r => r.Page!.Content.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        lines.Should().HaveCountGreaterThan(100);

        // When both ways score them / Then every float is the same within 1e-4
        foreach (var tokens in lines)
        {
            AssertSameScores(tokens);
        }
    }

    private static void AssertSameScores(string[] tokens)
    {
        var tagger = NameTagger.Default;
        var weights = tagger.Weights;
        var n = tokens.Length;

        // The reference: every template hashed and looked up for every token, summed in order.
        var views = tokens.Select(t => NerToken.Create(t, tagger.First.Lexicon, tagger.First.Clusters, null, tagger.First.Silver)).ToArray();
        var features = new List<uint>();
        var offsets = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            NerFeatures.Extract(views, i, features);
            offsets[i + 1] = features.Count;
        }
        var expectedFirst = new float[n * BioLabels.Count];
        var expectedSecond = new float[weights.Stages == 2 ? n * BioLabels.Count : 0];
        weights.AddAll(features.ToArray(), offsets, new int[features.Count], expectedFirst, expectedSecond);

        var actualFirst = new float[expectedFirst.Length];
        var actualSecond = new float[expectedSecond.Length];
        weights.Score(tokens.Select(weights.Word).ToArray(), actualFirst, actualSecond);

        // Another order of the same float additions: equal up to rounding (a few ulps of sums of tens of weights).
        AssertClose(actualFirst, expectedFirst, tokens);
        AssertClose(actualSecond, expectedSecond, tokens);

        // A word's sums do not depend on the cache: words made afresh, never cached, give the same bits.
        var again = new float[actualFirst.Length];
        weights.Score(views.Select(v => WordFeatures.Create(v, weights)).ToArray(), again, new float[actualSecond.Length]);
        again.Select(BitConverter.SingleToInt32Bits).Should().Equal(actualFirst.Select(BitConverter.SingleToInt32Bits), string.Join(' ', tokens));
    }

    private static void AssertClose(float[] actual, float[] expected, string[] tokens)
    {
        actual.Should().HaveCount(expected.Length);
        for (var k = 0; k < expected.Length; k++)
        {
            actual[k].Should().BeApproximately(expected[k], Tolerance, "label score {0} of \"{1}\"", k, string.Join(' ', tokens));
        }
    }
}
