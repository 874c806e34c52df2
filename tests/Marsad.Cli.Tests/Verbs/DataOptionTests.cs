using Marsad.Cli.Verbs;

namespace Marsad.Cli.Tests.Verbs;

public sealed class DataOptionTests
{
    [Theory]
    // --data wins over the environment.
    [InlineData("given", "from-env", "given")]
    // No --data: $MARSAD_DATA.
    [InlineData(null, "from-env", "from-env")]
    // Neither, or an empty variable: ./marsad-data.
    [InlineData(null, null, "marsad-data")]
    [InlineData(null, "", "marsad-data")]
    public void Should_resolve_the_store_folder_as_the_contract_says(string? given, string? environment, string expected) =>
        DataOption.Resolve(given, environment).Should().Be(expected);
}
