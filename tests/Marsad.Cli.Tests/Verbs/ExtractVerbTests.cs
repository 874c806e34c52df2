using System.Text.Json;

namespace Marsad.Cli.Tests.Verbs;

public sealed class ExtractVerbTests
{
    private static readonly string[] ContractFields = ["id", "input", "url", "source", "title", "published", "published_from", "language", "genre", "text", "entities", "quotes", "events"];

    [Fact]
    public async Task Should_print_one_document_a_line_in_input_order_with_every_contract_field()
    {
        // Given a folder of 40 pages
        using var temp = new TempFolder();
        var folder = ArabicNews.WriteFolder(temp.Sub("pages"), 40);

        // When it is extracted
        var (code, stdout, stderr) = await CliRun.RunAsync("extract", folder, "--source", "Okaz");

        // Then each page is one JSON line, in the folder's order, with every field
        code.Should().Be(ExitCodes.Success);
        CliRun.ErrorLines(stderr).Should().BeEmpty();
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(40);
        var documents = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        documents.Should().AllSatisfy(d => d.EnumerateObject().Select(p => p.Name).Should().Equal(ContractFields));
        documents.Select(d => Path.GetFileName(d.GetProperty("input").GetString())).Should()
            .Equal(Enumerable.Range(1, 40).Select(n => $"{n:D4}.txt"));
        documents[6].GetProperty("text").GetString().Should().Contain("اللقاء رقم 7 ");
        documents[0].GetProperty("source").GetString().Should().Be("Okaz");
    }

    [Fact]
    public async Task Should_report_a_broken_input_in_one_line_and_still_print_the_others()
    {
        // Given a missing file between two pages
        using var temp = new TempFolder();
        ArabicNews.WriteFolder(temp.Sub("pages"), 2);
        var missing = temp.Sub("pages/0009-missing.txt");

        // When they are extracted
        var (code, stdout, stderr) = await CliRun.RunAsync("extract", temp.Sub("pages/0001.txt"), missing, temp.Sub("pages/0002.txt"));

        // Then the two pages are printed, the missing one gets one line naming it, and the exit code says "some failed"
        code.Should().Be(ExitCodes.SomeFailed);
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(2);
        CliRun.ErrorLines(stderr).Should().ContainSingle().Which.Should().StartWith($"marsad: {missing}: ");
        stderr.Should().NotContain("   at ").And.Contain("marsad: extract: 3 documents read, 1 failed");
    }

    [Fact]
    public async Task Should_exit_3_when_no_input_could_be_processed()
    {
        // Given only inputs that do not exist
        using var temp = new TempFolder();

        // When they are extracted
        var (code, stdout, stderr) = await CliRun.RunAsync("extract", temp.Sub("a.txt"), temp.Sub("b.html"));

        // Then nothing is printed, each gets its line, and the exit code says "nothing processed"
        code.Should().Be(ExitCodes.NothingProcessed);
        stdout.Should().BeEmpty();
        CliRun.ErrorLines(stderr).Should().HaveCount(2);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Should_add_the_tagger_s_unknown_names_unless_asked_not_to(bool noTagger)
    {
        // Given an article naming a person the knowledge base does not know
        using var temp = new TempFolder();
        var file = temp.Sub("a.txt");
        await File.WriteAllTextAsync(file, "وقال المهندس سامر الخليفاوي مدير المشروع إن العمل سيبدأ الشهر المقبل في الرياض.\n");

        // When it is extracted with or without --no-name-tagger
        string[] args = noTagger ? ["extract", file, "--as-article", "--no-name-tagger"] : ["extract", file, "--as-article"];
        var (code, stdout, _) = await CliRun.RunAsync(args);

        // Then the unknown name is an unlinked person only with the tagger
        code.Should().Be(ExitCodes.Success);
        var entities = JsonDocument.Parse(stdout.Split('\n')[0]).RootElement.GetProperty("entities").EnumerateArray().ToList();
        var unknown = entities.Where(e => e.GetProperty("text").GetString() == "سامر الخليفاوي").ToList();
        if (noTagger)
        {
            unknown.Should().BeEmpty();
        }
        else
        {
            unknown.Should().ContainSingle().Which.GetProperty("type").GetString().Should().Be("PERSON");
        }
    }
}
