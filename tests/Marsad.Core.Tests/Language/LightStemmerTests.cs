using Marsad.Core.Language;
using Marsad.Testing;

namespace Marsad.Core.Tests.Language;

public sealed class LightStemmerTests
{
    [Theory]
    [InlineData("المعلمون", "معلم")]    // article and sound masculine plural
    [InlineData("والمدارس", "مدارس")]   // conjunction with article; broken plural stays
    [InlineData("للطالبات", "طالب")]    // lam with article, sound feminine plural
    [InlineData("كتابها", "كتاب")]      // possessive pronoun
    [InlineData("مهندسين", "مهندس")]    // oblique masculine plural
    [InlineData("ولد", "ولد")]          // three letters: the waw stays
    [InlineData("Reuters", "reuters")]  // Latin word: only lower-cased by the normalizer
    [InlineData("2015", "2015")]        // number untouched
    public void Should_strip_light10_affixes(string word, string expected)
    {
        // Given a word; When it is stemmed plainly
        var stem = LightStemmer.Stem(ArabicNormalizer.Normalize(word));

        // Then light10's affixes are gone
        stem.Should().Be(expected);
    }

    [Theory]
    [InlineData("بوتين", "بوتين")]     // foreign name ending in ين
    [InlineData("أردوغان", "اردوغان")] // name ending in the dual ان
    [InlineData("القاهرة", "القاهره")] // city with the article: not stripped
    [InlineData("الجزائر", "الجزائر")] // country with the article
    [InlineData("المعلمون", "معلم")]   // a common word is still stemmed
    public void Should_leave_names_whole_in_name_safe_mode(string word, string expected)
    {
        // Given a proper name or a common word; When stemmed in name-safe mode
        var stem = LightStemmer.Stem(ArabicNormalizer.Normalize(word), StemMode.NameSafe);

        // Then names are whole and common words stemmed
        stem.Should().Be(expected);
    }

    [Theory]
    [InlineData("وزير", "وزير")]      // a base's own waw is not a conjunction
    [InlineData("وزيرات", "وزير")]    // suffixes still go
    [InlineData("بوتين", "بوتين")]    // names whole
    public void Should_stem_only_suffixes_of_a_segmented_base(string normalizedBase, string expected)
    {
        // Given a base whose clitics are already split off; When it is stemmed as a base
        var stem = LightStemmer.StemBase(normalizedBase, StemMode.NameSafe);

        // Then only suffixes were removed
        stem.ToString().Should().Be(expected);
    }

    [SkippableFact]
    public void Should_pass_the_lucene_stem_pairs()
    {
        // Given Lucene's light stemmer test pairs
        var pairs = ArabicNormalizerTests.ReadPairs(SharedData.PathOrSkip("lucene-arabic/stem_pairs.tsv"));

        // When each normalized input is stemmed
        var failures = pairs.Where(p => LightStemmer.Stem(ArabicNormalizer.Normalize(p.Input)) != ArabicNormalizer.Normalize(p.Expected)).ToList();

        // Then every pair matches
        pairs.Should().HaveCount(21);
        failures.Should().BeEmpty();
    }

    [Fact]
    public void Should_not_allocate_when_nothing_is_removed()
    {
        // Given a word light10 leaves alone
        const string word = "قلم";

        // When it is stemmed; Then the same instance comes back
        LightStemmer.Stem(word).Should().BeSameAs(word);
    }
}
