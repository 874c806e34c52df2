using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

public sealed class RoleWordsTests
{
    [Theory]
    // a relative pronoun opens a clause
    [InlineData("التي", RoleWordKind.Relative)]
    // the locative before a place
    [InlineData("في", RoleWordKind.Locative)]
    // hamza forms are normalized like the analyzer's bases (إثر → اثر)
    [InlineData("اثر", RoleWordKind.Background)]
    // a word that reports an act as alleged
    [InlineData("متهمين", RoleWordKind.Claim)]
    public void Should_classify_the_embedded_words(string word, RoleWordKind kind)
    {
        // Given the embedded list
        // When a normalized base is looked up
        // Then its kind is known
        RoleWords.Default.Is(word, kind).Should().BeTrue();
    }

    [Fact]
    public void Should_give_a_generic_agent_its_sector()
    {
        // Given the plural of "protesters" as the analyzer's base (article removed)
        // Then it is a civilian group, and a function word has no sector
        RoleWords.Default.SectorOf("متظاهرون").Should().Be("CVL");
        RoleWords.Default.SectorOf("في").Should().BeNull();
    }

    [Theory]
    // wrong number of fields
    [InlineData("agent\tجنود\tMIL")]
    // unknown kind
    [InlineData("verb\tقال\t-\tsay")]
    // an agent without a role code
    [InlineData("agent\tجنود\t-\tsoldiers")]
    // a function word with a role code
    [InlineData("relative\tالذي\tGOV\twho")]
    public void Should_reject_a_malformed_line_naming_file_and_line(string line)
    {
        // Given a file whose second line is malformed
        var text = "# comment\n" + line + "\n";

        // When it is loaded
        var load = () => RoleWords.Load(new StringReader(text), "roles.tsv");

        // Then the error names file and line
        load.Should().Throw<EventResourceException>().WithMessage("*roles.tsv*2*");
    }
}
