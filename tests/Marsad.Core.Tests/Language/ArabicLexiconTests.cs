using Marsad.Core.Language;

namespace Marsad.Core.Tests.Language;

public sealed class ArabicLexiconTests
{
    [Theory]
    [InlineData("وزير", true, false)]     // noun starting with a clitic letter
    [InlineData("كتب", true, true)]       // both a noun (books) and a verb (wrote)
    [InlineData("بوتين", false, false)]   // foreign name: not a common word
    public void Should_know_common_words(string word, bool isWord, bool isVerb)
    {
        // Given a word; When it is looked up; Then the lexicon knows common words and their class
        var norm = ArabicNormalizer.Normalize(word);
        ArabicLexicon.IsWord(norm).Should().Be(isWord);
        ArabicLexicon.IsVerb(norm).Should().Be(isVerb);
    }

    [Theory]
    [InlineData("بوتين")]    // person, hand-kept list
    [InlineData("القاهرة")]  // city with the article, gazetteer
    [InlineData("فرنسا")]    // country, gazetteer
    public void Should_know_names(string name)
    {
        // Given a proper name; When it is looked up; Then it is a name
        ArabicLexicon.IsName(ArabicNormalizer.Normalize(name)).Should().BeTrue();
    }
}
