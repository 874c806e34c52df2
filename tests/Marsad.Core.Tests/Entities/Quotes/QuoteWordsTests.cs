using Marsad.Core.Entities.Quotes;

namespace Marsad.Core.Tests.Entities.Quotes;

public sealed class QuoteWordsTests
{
    public sealed class Load
    {
        [Fact]
        public void Should_hold_words_in_normal_form_under_each_kind_they_are_listed_in()
        {
            // Given a word in its usual spelling, listed under two kinds, and comments
            var text = "# a comment\nstop\tإلى\npreposition\tإلى # to\n\nrelative\tالتي\n";

            // When
            var words = QuoteWords.Load(new StringReader(text), "test.tsv");

            // Then it is matched in normal form, under both kinds and no other
            words[QuoteWordKind.Stop].Should().Contain("الي");
            words[QuoteWordKind.Preposition].Should().Contain("الي");
            words[QuoteWordKind.Relative].Should().BeEquivalentTo(["التي"]);
            words[QuoteWordKind.Pronoun].Should().BeEmpty();
        }

        [Theory]
        [InlineData("stop\tفي\nstopp\tعن\n", "test.tsv:2:")]
        [InlineData("stop\tفي\tin\n", "test.tsv:1:")]
        [InlineData("# head\nStop\tفي\n", "test.tsv:2:")]
        [InlineData("title\tدكتور\ntitle\tدكتور\n", "test.tsv:2:")]
        [InlineData("title\tعبد الله\n", "test.tsv:1:")]
        public void Should_name_the_file_and_line_of_a_malformed_line(string text, string where)
        {
            // Given / When
            var load = () => QuoteWords.Load(new StringReader(text), "test.tsv");

            // Then
            load.Should().Throw<InvalidDataException>().WithMessage(where + "*");
        }

        [Fact]
        public void Should_load_the_embedded_file_with_every_kind_listed()
        {
            // Given / When
            var words = QuoteWords.Default;

            // Then no kind the finder reads is left empty (a kind renamed in the file but not in the code would be)
            foreach (var kind in Enum.GetValues<QuoteWordKind>())
            {
                words[kind].Should().NotBeEmpty(kind.ToString());
            }
            words[QuoteWordKind.Complementizer].Should().Contain("ان");
        }
    }
}
