using Marsad.Core.Entities.Tagging;

namespace Marsad.Core.Tests.Entities.Tagging;

public sealed class NameTaggerTrainerTests
{
    private static readonly string[] Names = ["سالم", "فهد", "ناصر", "خالد", "ماجد", "راشد", "هشام", "وليد"];
    private static readonly string[] Places = ["تونس", "بغداد", "دمشق", "الرباط", "عمان", "صنعاء"];

    /// <summary>A tiny corpus where a person follows السيد and a place follows في.</summary>
    private static List<LabeledSentence> SyntheticCorpus() => SyntheticNerCorpus.Build(Names, Places);

    [Fact]
    public void Should_learn_the_contexts_of_a_synthetic_corpus()
    {
        // Given a one-stage tagger trained on the synthetic corpus (no document to read)
        var tagger = NameTaggerTrainer.Train(SyntheticCorpus(), new NameTaggerTrainingOptions { Epochs = 5, DocumentWindow = 0 });

        // When it tags a sentence with a name and a place it never saw
        string[] tokens = ["وصل", "السيد", "عادل", "إلى", "مكتبه", "في", "جدة", "."];
        var spans = tagger.Tag(tokens);

        // Then it finds both from their contexts
        spans.Select(s => (s.Start, s.End, s.Type)).Should().Equal((2, 3, NameType.Person), (6, 7, NameType.Location));
    }

    [Fact]
    public void Should_train_a_second_stage_that_still_finds_the_names_of_its_training_data()
    {
        // Given a two-stage tagger trained on the synthetic corpus
        var tagger = NameTaggerTrainer.Train(SyntheticCorpus(), new NameTaggerTrainingOptions { Epochs = 5, DocumentWindow = 3, Folds = 4 });

        // When it tags a training sentence as a document
        var sentence = SyntheticCorpus()[9];
        var spans = tagger.TagDocument([sentence.Tokens])[0];

        // Then it gives the gold spans
        spans.Select(s => (s.Start, s.End, s.Type)).Should().Equal(sentence.Spans.Select(s => (s.Start, s.End, s.Type)));
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
