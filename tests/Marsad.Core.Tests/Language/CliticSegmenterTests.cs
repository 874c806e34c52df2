namespace Marsad.Core.Tests.Language;

public sealed class CliticSegmenterTests
{
    [Theory]
    [InlineData("وزير", "", "وزير", "")]           // starts with و but is one word
    [InlineData("بلد", "", "بلد", "")]             // starts with ب but is one word
    [InlineData("لبنان", "", "لبنان", "")]         // starts with ل but is one word
    [InlineData("فرنسا", "", "فرنسا", "")]         // starts with ف but is one word
    [InlineData("كتاب", "", "كتاب", "")]           // starts with ك but is one word
    [InlineData("بوتين", "", "بوتين", "")]         // a name that looks like ب + word
    [InlineData("والرئيس", "و+ال", "رئيس", "")]    // conjunction and article
    [InlineData("بالمدينة", "ب+ال", "مدينه", "")]  // preposition and article
    [InlineData("فالحكومة", "ف+ال", "حكومه", "")]  // fa and article
    [InlineData("للشعب", "ل+ال", "شعب", "")]       // lam before the article: لل
    [InlineData("وللشعب", "و+ل+ال", "شعب", "")]    // conjunction, lam and article
    [InlineData("وبالأمس", "و+ب+ال", "امس", "")]   // three proclitics
    [InlineData("ولبنان", "و", "لبنان", "")]       // conjunction before a name
    [InlineData("بواشنطن", "ب", "واشنطن", "")]     // preposition before a name starting with و
    [InlineData("وبيروت", "و", "بيروت", "")]       // conjunction before a name starting with ب
    [InlineData("كالسيف", "ك+ال", "سيف", "")]      // kaf of comparison
    [InlineData("سيعود", "س", "يعود", "")]         // future sin before an imperfect verb
    [InlineData("كتابهم", "", "كتاب", "هم")]       // possessive hum
    [InlineData("بيتها", "", "بيت", "ها")]         // possessive ha
    [InlineData("وأرضنا", "و", "ارض", "نا")]       // conjunction and possessive na
    [InlineData("حكومته", "", "حكومه", "ه")]       // teh marbuta written ت before a pronoun
    [InlineData("طاقتها", "", "طاقه", "ها")]       // teh marbuta restored rather than a verb form طاقت
    [InlineData("ولكن", "و", "لكن", "")]           // conjunction before a particle
    [InlineData("والحسن", "و+ال", "حسن", "")]      // unknown word: the article still goes
    [InlineData("الأردني", "ال", "اردني", "")]     // nisba adjective: not اردن + ي
    [InlineData("الذي", "", "الذي", "")]           // stopword kept whole
    [InlineData("فيما", "", "فيما", "")]           // stopword starting with ف kept whole
    [InlineData("اليوم", "ال", "يوم", "")]         // stopword with the article before a noun
    [InlineData("وهنا", "و", "هنا", "")]           // conjunction before an adverb, not the verb وهن + ا
    [InlineData("ولكنها", "و", "لكن", "ها")]       // conjunction, particle and pronoun
    [InlineData("ولي", "", "ولي", "")]             // ولي (guardian, as in ولي العهد) is not و + لي
    [InlineData("ليعلن", "ل", "يعلن", "")]         // lam of purpose before an imperfect verb
    [InlineData("وقالت", "و", "قالت", "")]         // conjunction before an inflected verb, though the stopword list holds وقالت
    [InlineData("عسكري", "", "عسكري", "")]         // nisba ي is not the pronoun "my"
    [InlineData("اليمني", "ال", "يمني", "")]       // article before a nisba adjective, not a verb + ني
    [InlineData("القوات", "ال", "قوات", "")]       // article before a plural, not a verb stem القوا + ت
    [InlineData("وصلت", "", "وصلت", "")]           // a verb starting with و, known through its inflection
    [InlineData("CNN", "", "cnn", "")]             // Latin word never split
    public void Should_split_clitics_only_where_they_are(string word, string prefixes, string baseWord, string suffix)
    {
        SegmentedWord.ShouldBe(word, prefixes, baseWord, suffix);
    }
}
