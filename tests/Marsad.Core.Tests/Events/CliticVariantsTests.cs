using Marsad.Core.Events;
using Marsad.Core.Language;

namespace Marsad.Core.Tests.Events;

public sealed class CliticVariantsTests
{
    public sealed class Of
    {
        [Theory]
        // a word as written, and a reading it must yield
        [InlineData("ولقاء", "لقاء")]        // conjunction و
        [InlineData("فاعتقلت", "اعتقلت")]     // conjunction ف
        [InlineData("بالقصف", "قصف")]        // preposition ب + article
        [InlineData("للاحتجاج", "احتجاج")]    // ل + ال written لل
        [InlineData("وبالمفاوضات", "مفاوضات")] // و + ب + ال
        [InlineData("اتهمها", "اتهم")]        // enclitic ها
        [InlineData("استقبلهم", "استقبل")]    // enclitic هم
        [InlineData("زيارته", "زيارة")]       // enclitic on teh marbuta: ت → ة
        [InlineData("تحقيقا", "تحقيق")]       // accusative tanwin ا
        public void Should_read_the_word_without_its_clitics(string word, string reading)
        {
            var readings = CliticVariants.Of(ArabicNormalizer.Normalize(word)).Select(r => r.Stem);

            readings.Should().Contain(ArabicNormalizer.Normalize(reading));
        }

        [Fact]
        public void Should_give_the_word_itself_first_and_no_reading_twice()
        {
            // Given a word that starts like a clitic (وقف "halt")
            var readings = CliticVariants.Of("وقف");

            // Then the word itself comes first and is not cut to قف
            readings[0].Should().Be(("وقف", ReadingKind.Plain));
            readings.Select(r => r.Stem).Should().OnlyHaveUniqueItems().And.NotContain("قف");
        }

        [Fact]
        public void Should_mark_readings_that_only_nouns_or_long_stems_may_match()
        {
            var readings = CliticVariants.Of("وزاره").ToDictionary(r => r.Stem, r => r.Kind);

            // Then زار comes from a final ه, which may be a normalized ة
            readings["زار"].Should().Be(ReadingKind.Heh);
            CliticVariants.Allows(ReadingKind.Heh, "زار", WordForm.Past).Should().BeFalse();
            CliticVariants.Allows(ReadingKind.Heh, "يستقبل", WordForm.Present).Should().BeTrue();
            CliticVariants.Allows(ReadingKind.Tanwin, "فجر", WordForm.Past).Should().BeFalse();
            CliticVariants.Allows(ReadingKind.Tanwin, "تحقيق", WordForm.Noun).Should().BeTrue();
        }
    }

    public sealed class WithoutConjunction
    {
        [Theory]
        // a cue word with or without its conjunction
        [InlineData("ولم", "لم")]
        [InlineData("فلا", "لا")]
        [InlineData("لم", "لم")]
        public void Should_drop_a_leading_conjunction_only(string word, string expected)
        {
            CliticVariants.WithoutConjunction(word).Should().Be(expected);
        }
    }
}
