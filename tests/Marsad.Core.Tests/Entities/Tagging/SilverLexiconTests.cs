using Marsad.Core.Entities.Tagging;

namespace Marsad.Core.Tests.Entities.Tagging;

/// <summary>
/// The silver lexicon: each stem's share of occurrences a tagger gives each type over unlabeled text, bucketed, and the
/// features a model trained with it reads.
/// </summary>
public sealed class SilverLexiconTests
{
    private static readonly string[] Names = ["سالم", "فهد", "ناصر", "خالد", "ماجد", "راشد"];
    private static readonly string[] Places = ["تونس", "بغداد", "دمشق", "الرباط", "صنعاء"];

    /// <summary>Our own sentences: a person after السيد, a place after في.</summary>
    private static List<LabeledSentence> Corpus() => SyntheticNerCorpus.Build(Names, Places);

    private static NameTagger OneStage(IReadOnlyDictionary<string, byte>? silver = null) =>
        NameTaggerTrainer.Train(Corpus(), new NameTaggerTrainingOptions { Epochs = 5, DocumentWindow = 0, Silver = silver });

    [Fact]
    public void Should_bucket_each_stems_shares_and_keep_only_frequent_named_stems()
    {
        // Given a tagger that finds persons after السيد, and documents where عادل comes after السيد six times
        // and where كريم comes after السيد only twice
        var tagger = OneStage();
        IReadOnlyList<IReadOnlyList<string>> document =
        [
            .. Enumerable.Repeat<IReadOnlyList<string>>(["وصل", "السيد", "عادل", "إلى", "مكتبه", "في", "جدة", "."], 6),
            .. Enumerable.Repeat<IReadOnlyList<string>>(["وصل", "السيد", "كريم", "إلى", "مكتبه", "في", "جدة", "."], 2),
        ];

        // When the silver lexicon is built with a minimum of five occurrences
        var silver = SilverLexicon.Build(tagger, [document], minCount: 5);

        // Then عادل is a person in the top bucket, كريم is too rare, and words never tagged are left out
        silver.Should().ContainKey("عادل");
        SilverLexicon.Bucket(silver["عادل"], (int)NameType.Person).Should().Be(3);
        SilverLexicon.Bucket(silver["عادل"], (int)NameType.Location).Should().Be(0);
        silver.Should().NotContainKey("كريم");
        silver.Should().NotContainKey("مكتبه");
        silver.Should().NotContainKey("السيد");
    }

    [Fact]
    public void Should_count_a_stem_under_its_clitics()
    {
        // Given documents where the same place is written bare three times and with the conjunction و three times
        var tagger = OneStage();
        IReadOnlyList<IReadOnlyList<string>> document =
        [
            .. Enumerable.Repeat<IReadOnlyList<string>>(["وصل", "السيد", "سالم", "إلى", "مكتبه", "في", "دمشق", "."], 3),
            .. Enumerable.Repeat<IReadOnlyList<string>>(["وصل", "السيد", "سالم", "إلى", "مكتبه", "في", "ودمشق", "."], 3),
        ];

        // When the lexicon is built
        var silver = SilverLexicon.Build(tagger, [document], minCount: 5);

        // Then both spellings count under the stem دمشق (six occurrences, more than the minimum of five)
        silver.Should().ContainKey("دمشق");
    }

    [Fact]
    public void Should_save_and_load_a_model_with_its_silver_lexicon()
    {
        // Given a tagger trained with a silver lexicon
        var silver = new Dictionary<string, byte> { ["عادل"] = 3, ["جدة"] = 3 << 2 };
        var tagger = OneStage(silver);
        using var stream = new MemoryStream();
        tagger.Save(stream);
        stream.Position = 0;

        // When it is loaded back
        var loaded = NameTagger.Load(stream);

        // Then the lexicon and the tags are the same
        loaded.First.Silver.Should().BeEquivalentTo(silver);
        string[] tokens = ["وصل", "السيد", "عادل", "إلى", "مكتبه", "في", "جدة", "."];
        loaded.Tag(tokens).Should().Equal(tagger.Tag(tokens));
    }

    [Fact]
    public void Should_give_a_word_in_the_silver_lexicon_the_features_of_its_type()
    {
        // Given a token view of a stem with a top person bucket, and one of a word the lexicon lacks
        var silver = new Dictionary<string, byte> { ["عادل"] = 3 };
        var empty = new Dictionary<string, LexiconFlags>();
        var clusters = new Dictionary<string, int>();
        NerToken[] known = [NerToken.Create("وعادل", empty, clusters, null, silver)];
        NerToken[] unknown = [NerToken.Create("وسمير", empty, clusters, null, silver)];

        // When the features are extracted
        var withSilver = new List<uint>();
        var without = new List<uint>();
        NerFeatures.Extract(known, 0, withSilver);
        NerFeatures.Extract(unknown, 0, without);

        // Then the stem (clitic و stripped) is found and adds one feature; the unknown word adds none
        known[0].Silver.Should().Be(3);
        unknown[0].Silver.Should().Be(0);
        (withSilver.Count - without.Count).Should().Be(1);
    }
}
