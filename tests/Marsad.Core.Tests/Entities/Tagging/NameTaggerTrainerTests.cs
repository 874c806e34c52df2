using Marsad.Core.Entities.Tagging;

namespace Marsad.Core.Tests.Entities.Tagging;

public sealed class NameTaggerTrainerTests
{
    private static readonly string[] Names = ["سالم", "فهد", "ناصر", "خالد", "ماجد", "راشد", "هشام", "وليد"];
    private static readonly string[] Places = ["تونس", "بغداد", "دمشق", "الرباط", "عمان", "صنعاء"];

    /// <summary>A tiny corpus where a person follows السيد and a place follows في.</summary>
    private static List<LabeledSentence> SyntheticCorpus()
    {
        var sentences = new List<LabeledSentence>();
        foreach (var name in Names)
        {
            foreach (var place in Places)
            {
                string[] tokens = ["وصل", "السيد", name, "إلى", "مكتبه", "في", place, "."];
                sentences.Add(new LabeledSentence(tokens, [new TaggedSpan(2, 3, NameType.Person, 1), new TaggedSpan(6, 7, NameType.Location, 1)]));
            }
        }
        return sentences;
    }

    [Fact]
    public void Should_learn_the_contexts_of_a_synthetic_corpus()
    {
        // Given a tagger trained on the synthetic corpus
        var tagger = NameTaggerTrainer.Train(SyntheticCorpus(), new NameTaggerTrainingOptions { Epochs = 5 });

        // When it tags a sentence with a name and a place it never saw
        string[] tokens = ["وصل", "السيد", "عادل", "إلى", "مكتبه", "في", "جدة", "."];
        var spans = tagger.Tag(tokens);

        // Then it finds both from their contexts
        spans.Select(s => (s.Start, s.End, s.Type)).Should().Equal((2, 3, NameType.Person), (6, 7, NameType.Location));
    }

    [Fact]
    public void Should_write_a_trained_model_that_reads_back_the_same()
    {
        // Given a trained tagger saved and loaded
        var tagger = NameTaggerTrainer.Train(SyntheticCorpus(), new NameTaggerTrainingOptions { Epochs = 3, Persons = ["عادل"] });
        using var stream = new MemoryStream();
        tagger.Save(stream);
        stream.Position = 0;
        var loaded = NameTagger.Load(stream);

        // When both tag the same sentence / Then they agree
        string[] tokens = ["وصل", "السيد", "عادل", "إلى", "مكتبه", "في", "جدة", "."];
        loaded.Tag(tokens).Should().Equal(tagger.Tag(tokens));
        loaded.FeatureCount.Should().Be(tagger.FeatureCount);
    }

    [Fact]
    public void Should_train_to_the_same_model_twice()
    {
        // Given the same corpus and options
        var options = new NameTaggerTrainingOptions { Epochs = 3 };

        // When the tagger is trained twice
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        NameTaggerTrainer.Train(SyntheticCorpus(), options).Save(first);
        NameTaggerTrainer.Train(SyntheticCorpus(), options).Save(second);

        // Then the model files are byte for byte equal
        first.ToArray().Should().Equal(second.ToArray());
    }
}
