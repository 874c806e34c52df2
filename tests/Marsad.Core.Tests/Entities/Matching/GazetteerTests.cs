using Marsad.Core.Entities.Knowledge;
using Marsad.Core.Entities.Matching;

namespace Marsad.Core.Tests.Entities.Matching;

public sealed class GazetteerTests
{
    private static readonly Gazetteer Trie = new(KnowledgeBase.Default);

    public sealed class Match
    {
        [Theory]
        // bare name
        [InlineData("بوتين", 0)]
        // conjunction و
        [InlineData("وبوتين", 1)]
        // preposition ل on a state
        [InlineData("لروسيا", 1)]
        // و + ب stacked
        [InlineData("وبروسيا", 2)]
        // لل: the article's alef is restored (للعراق → العراق)
        [InlineData("للعراق", 2)]
        // ف + لل
        [InlineData("فللعراق", 3)]
        public void Should_strip_proclitics_on_the_first_token(string word, int cliticLength)
        {
            var tokens = GazetteerTokenizer.Tokenize(word);

            var match = Trie.Match(tokens, 0);

            match.Should().NotBeNull();
            match!.Value.CliticLength.Should().Be(cliticLength);
        }

        [Fact]
        public void Should_prefer_the_longest_phrase()
        {
            // Given an organization whose name starts with a shorter known name
            var tokens = GazetteerTokenizer.Tokenize("حزب الله اللبناني يعلن");

            // When matched at the first token
            var match = Trie.Match(tokens, 0)!.Value;

            // Then the three-word name wins
            match.TokenCount.Should().Be(3);
            match.Entries[0].Actor!.Id.Should().Be("HEZ");
        }

        [Fact]
        public void Should_not_strip_a_clitic_when_the_rest_is_too_short_or_unknown()
        {
            // Given words that begin with clitic letters but are not clitic + name
            var tokens = GazetteerTokenizer.Tokenize("وقال بلا");

            // Then nothing matches
            Trie.Match(tokens, 0).Should().BeNull();
            Trie.Match(tokens, 1).Should().BeNull();
        }
    }
}
