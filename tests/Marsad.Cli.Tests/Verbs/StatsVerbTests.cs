using System.Text.Json;

namespace Marsad.Cli.Tests.Verbs;

public sealed class StatsVerbTests
{
    [Fact]
    public async Task Should_print_the_contract_object_with_what_was_stored()
    {
        // Given ten pages from one outlet, ingested with a date
        using var temp = new TempFolder();
        var pages = ArabicNews.WriteFolder(temp.Sub("pages"), 10);
        var data = temp.Sub("data");
        (await CliRun.RunAsync("ingest", pages, "--data", data, "--source", "Okaz", "--date", "2015-07-21")).Code.Should().Be(ExitCodes.Success);

        // When the stats are asked for
        var (code, stdout, _) = await CliRun.RunAsync("stats", "--data", data);

        // Then they are one JSON object with the contract's keys, in order, and the counts
        code.Should().Be(ExitCodes.Success);
        var stats = JsonDocument.Parse(stdout).RootElement;
        stats.EnumerateObject().Select(p => p.Name).Should().Equal("articles", "sources", "entities", "events", "stories", "first_date", "last_date", "bytes");
        stats.GetProperty("articles").GetInt64().Should().Be(10);
        stats.GetProperty("sources").GetInt64().Should().Be(1);
        stats.GetProperty("stories").GetInt64().Should().BeInRange(1, 10); // every article is in exactly one story
        stats.GetProperty("first_date").GetString().Should().Be("2015-07-21");
        stats.GetProperty("last_date").GetString().Should().Be("2015-07-21");
        stats.GetProperty("bytes").GetInt64().Should().Be(new FileInfo(Path.Combine(data, "marsad.db")).Length);
    }

    [Fact]
    public async Task Should_exit_3_with_one_line_when_there_is_no_store()
    {
        // Given a folder without a store
        using var temp = new TempFolder();

        // When the stats are asked for
        var (code, stdout, stderr) = await CliRun.RunAsync("stats", "--data", temp.Sub("nothing"));

        // Then nothing is printed on stdout, one line says why, and no folder was created
        code.Should().Be(ExitCodes.NothingProcessed);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("marsad: ").And.Contain("no store here");
        Directory.Exists(temp.Sub("nothing")).Should().BeFalse();
    }
}
