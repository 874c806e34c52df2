using Marsad.Core.Language;

namespace Marsad.Core.Tests.Language;

public sealed class ArabicStopwordsTests
{
    [Theory]
    [InlineData("في", true)]      // preposition
    [InlineData("إلى", true)]     // preposition with hamza and alef maksura: found through its normal form
    [InlineData("الذي", true)]    // relative pronoun
    [InlineData("ربما", true)]    // particle from the hand-kept list
    [InlineData("وزير", false)]   // content word
    [InlineData("بوتين", false)]  // name
    public void Should_tell_function_words(string word, bool expected)
    {
        // Given a word; When it is looked up normalized; Then only function words are stopwords
        ArabicStopwords.Contains(ArabicNormalizer.Normalize(word)).Should().Be(expected);
    }
}
