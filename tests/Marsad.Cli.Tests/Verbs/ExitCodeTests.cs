namespace Marsad.Cli.Tests.Verbs;

public sealed class ExitCodeTests
{
    [Theory]
    [InlineData("bogus")]
    [InlineData("extract", "--no-such-option", "x")]
    public async Task Should_exit_2_on_bad_usage(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await MarsadCli.RunAsync(args, stdout, stderr);

        code.Should().Be(ExitCodes.Usage);
        stderr.ToString().Should().StartWith("marsad: ").And.NotContain("   at ");
    }

    [Theory]
    [InlineData(3, 0, ExitCodes.Success)]
    [InlineData(3, 1, ExitCodes.SomeFailed)]
    [InlineData(0, 2, ExitCodes.NothingProcessed)]
    public void Should_map_counts_to_the_contract_exit_codes(long ok, long failed, int expected) =>
        ExitCodes.For(ok, failed).Should().Be(expected);
}
