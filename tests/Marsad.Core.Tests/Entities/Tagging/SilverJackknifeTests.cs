using Marsad.Core.Entities.Tagging;

namespace Marsad.Core.Tests.Entities.Tagging;

/// <summary>
/// The silver lexicon seen by the training sentences through taggers blind to their block (jackknifing), and one type's
/// shares taken from another lexicon.
/// </summary>
public sealed class SilverJackknifeTests
{
    private static readonly string[] Names = ["سالم", "فهد", "ناصر", "خالد", "ماجد", "راشد"];
    private static readonly string[] Places = ["تونس", "بغداد", "دمشق", "الرباط", "صنعاء"];

    private static readonly NameTaggerTrainingOptions OneStage = new() { Epochs = 5, DocumentWindow = 0, Folds = 3 };

    /// <summary>Our own text: a person after السيد, a place after في, six times over.</summary>
    private static IReadOnlyList<IReadOnlyList<string>> Document() =>
        [.. Enumerable.Repeat<IReadOnlyList<string>>(["وصل", "السيد", "عادل", "إلى", "مكتبه", "في", "جدة", "."], 6)];

    [Fact]
    public void Should_split_the_sentences_into_contiguous_blocks_that_cover_them_all()
    {
        // Given 10 sentences in 3 blocks
        var blocks = Enumerable.Range(0, 3).Select(fold => NameTaggerTrainer.Block(10, fold, 3)).ToList();

        // Then each block starts where the one before ended, from 0 to 10, none empty
        blocks.Should().Equal((0, 3), (3, 6), (6, 10));
    }

    [Fact]
    public void Should_take_one_types_buckets_from_the_other_lexicon_and_keep_the_rest()
    {
        // Given a plain lexicon and a jackknifed one that disagree on persons
        var plain = new Dictionary<string, byte>(StringComparer.Ordinal)
        {
            ["سالم"] = Pack(person: 3),
            ["بنك"] = Pack(organization: 2),
            ["تونس"] = Pack(person: 1, location: 3),
        };
        var jackknifed = new Dictionary<string, byte>(StringComparer.Ordinal)
        {
            ["سالم"] = Pack(person: 1, location: 1),
            ["تونس"] = Pack(location: 2),
            ["فهد"] = Pack(person: 2, misc: 1),
        };

        // When persons are taken from the jackknifed lexicon
        var merged = SilverLexicon.WithType(plain, jackknifed, NameType.Person);

        // Then each stem has the jackknifed person bucket and the plain buckets of the other types
        merged["سالم"].Should().Be(Pack(person: 1));
        merged["بنك"].Should().Be(Pack(organization: 2));
        merged["تونس"].Should().Be(Pack(location: 3));
        merged["فهد"].Should().Be(Pack(person: 2));
        merged.Should().HaveCount(4);
        // and a stem whose kept buckets are all zero is left out
        SilverLexicon.WithType(plain, jackknifed, NameType.Location).Should().NotContainKey("فهد");
    }

    [Fact]
    public void Should_give_one_view_per_block_and_store_the_summed_counts()
    {
        // Given the synthetic training sentences and unlabeled text where عادل follows السيد
        var sentences = SyntheticNerCorpus.Build(Names, Places);

        // When the silver lexicon is jackknifed over 3 blocks
        var (silver, views) = NameTaggerTrainer.JackknifedSilver(sentences, OneStage, () => [Document()], minCount: 5);

        // Then there is a view per block, each built by a tagger that still finds عادل from its context, and the
        // stored lexicon (the three taggers' counts together) holds it too
        views.Should().HaveCount(3);
        views.Should().AllSatisfy(v => SilverLexicon.Bucket(v["عادل"], (int)NameType.Person).Should().Be(3));
        SilverLexicon.Bucket(silver["عادل"], (int)NameType.Person).Should().Be(3);
    }

    [Fact]
    public void Should_keep_a_stem_in_the_summed_lexicon_by_its_occurrences_not_by_the_number_of_taggers()
    {
        // Given three taggers' counts of a stem seen 4 times, each tagging it a person twice
        var total = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var k = 0; k < 3; k++)
        {
            SilverLexicon.AddInto(total, new Dictionary<string, int[]>(StringComparer.Ordinal) { ["كريم"] = [2, 0, 0, 0, 4] });
        }

        // When bucketed with a minimum of 5 occurrences per tagger (15 counted) and of 4 (12 counted)
        // Then 4 occurrences are too few for 5, enough for 4, and the share is one half (bucket 2)
        SilverLexicon.Bucket(total, 5 * 3).Should().BeEmpty();
        SilverLexicon.Bucket(SilverLexiconCopy(total), 4 * 3)["كريم"].Should().Be((byte)2);
    }

    [Fact]
    public void Should_refuse_silver_views_that_do_not_match_the_folds()
    {
        // Given two views for three folds
        var options = OneStage with { SilverViews = [new Dictionary<string, byte>(), new Dictionary<string, byte>()] };

        // When a tagger is trained / Then the options are refused
        var train = () => NameTaggerTrainer.Train(SyntheticNerCorpus.Build(Names, Places), options);
        train.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Should_train_each_block_with_its_own_view_of_the_lexicon()
    {
        // Given a lexicon that calls every training name a person, shown to every block, or to none of them
        var silver = Names.ToDictionary(name => name, _ => (byte)3, StringComparer.Ordinal);
        var sentences = SyntheticNerCorpus.Build(Names, Places);

        // When taggers are trained with each, and one without any lexicon
        var seen = NameTaggerTrainer.Train(sentences, OneStage with { Silver = silver, SilverViews = [silver, silver, silver] });
        var hidden = NameTaggerTrainer.Train(sentences, OneStage with { Silver = silver, SilverViews = [Empty(), Empty(), Empty()] });
        var none = NameTaggerTrainer.Train(sentences, OneStage);

        // Then both store the lexicon, but with the lexicon hidden from every block no training word read its features,
        // so the model has the same weights as without one; shown, its features got weights
        seen.First.Silver.Should().BeEquivalentTo(silver);
        hidden.First.Silver.Should().BeEquivalentTo(silver);
        hidden.FeatureCount.Should().Be(none.FeatureCount);
        seen.FeatureCount.Should().BeGreaterThan(hidden.FeatureCount);
    }

    private static byte Pack(int person = 0, int location = 0, int organization = 0, int misc = 0) =>
        (byte)(person | (location << 2) | (organization << 4) | (misc << 6));

    private static Dictionary<string, byte> Empty() => new(StringComparer.Ordinal);

    private static Dictionary<string, int[]> SilverLexiconCopy(Dictionary<string, int[]> counts) =>
        counts.ToDictionary(e => e.Key, e => (int[])e.Value.Clone(), StringComparer.Ordinal);
}
