using Marsad.Testing;

namespace Marsad.Cli.Tests.Verbs;

public sealed class IngestVerbTests
{
    [Fact]
    public async Task Should_store_nothing_new_when_run_twice_on_the_same_inputs()
    {
        // Given 40 pages and two copies of page 3 under other names
        using var temp = new TempFolder();
        var folder = ArabicNews.WriteFolder(temp.Sub("pages"), 40);
        File.Copy(Path.Combine(folder, "0003.txt"), Path.Combine(folder, "0003-copy.txt"));
        File.Copy(Path.Combine(folder, "0003.txt"), Path.Combine(folder, "0000-copy.txt"));
        var data = temp.Sub("data");

        // When they are ingested, then ingested again
        var first = await CliRun.RunAsync("ingest", folder, "--data", data);
        var rows = StoreRows.Dump(data);
        var second = await CliRun.RunAsync("ingest", folder, "--data", data);

        // Then the first run stores 40 articles from 42 inputs, keeping the input that sorts first,
        // and the second run skips everything and changes no row
        first.Code.Should().Be(ExitCodes.Success);
        first.Stderr.Should().Contain("42 documents read, 0 failed, 40 new, 2 already stored");
        rows.Count(r => r.StartsWith("articles|", StringComparison.Ordinal)).Should().Be(40);
        rows.Count(r => r.StartsWith("inputs|", StringComparison.Ordinal)).Should().Be(42);
        rows.Should().Contain(r => r.StartsWith("articles|", StringComparison.Ordinal) && r.Contains("0000-copy.txt", StringComparison.Ordinal));
        second.Code.Should().Be(ExitCodes.Success);
        second.Stderr.Should().Contain("0 new").And.Contain("42 skipped");
        StoreRows.Dump(data).Should().Equal(rows);
    }

    [Fact]
    public async Task Should_analyze_an_input_again_when_its_file_changed()
    {
        // Given ten stored pages, one of which is then rewritten
        using var temp = new TempFolder();
        var folder = ArabicNews.WriteFolder(temp.Sub("pages"), 10);
        var data = temp.Sub("data");
        (await CliRun.RunAsync("ingest", folder, "--data", data)).Code.Should().Be(ExitCodes.Success);
        File.WriteAllText(Path.Combine(folder, "0004.txt"), ArabicNews.Page(4000));

        // When they are ingested again
        var (code, _, stderr) = await CliRun.RunAsync("ingest", folder, "--data", data);

        // Then only the rewritten page is analyzed, and its new text is stored
        code.Should().Be(ExitCodes.Success);
        stderr.Should().Contain("10 documents read, 0 failed, 1 new, 0 already stored, 9 skipped");
        var rows = StoreRows.Dump(data);
        rows.Count(r => r.StartsWith("articles|", StringComparison.Ordinal)).Should().Be(11);
        rows.Should().Contain(r => r.StartsWith("articles|", StringComparison.Ordinal) && r.Contains("اللقاء رقم 4000 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_keep_what_it_analyzed_when_interrupted_and_finish_on_the_next_run()
    {
        // Given 600 pages and the store of an uninterrupted run
        using var temp = new TempFolder();
        var folder = ArabicNews.WriteFolder(temp.Sub("pages"), 600);
        var reference = temp.Sub("reference");
        (await CliRun.RunAsync("ingest", folder, "--data", reference)).Code.Should().Be(ExitCodes.Success);

        // When a run is cancelled (as by Ctrl-C) once its first batch is committed, then run again
        var data = temp.Sub("data");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var interrupt = new CancellationTokenSource();
        var run = MarsadCli.RunAsync(["ingest", folder, "--data", data, "--batch-size", "1"], stdout, stderr, interrupt.Token);
        while (!run.IsCompleted && StoreRows.CountInputs(data) < 1)
        {
            await Task.Delay(2);
        }
        await interrupt.CancelAsync();
        var code = await run;
        var again = await CliRun.RunAsync("ingest", folder, "--data", data);

        // Then the interrupted run says so, and the next run ends with the uninterrupted store
        code.Should().Be(ExitCodes.SomeFailed);
        stderr.ToString().Should().Contain("marsad: ingest: interrupted; run the same command again to finish the rest").And.NotContain("   at ");
        again.Code.Should().Be(ExitCodes.Success);
        again.Stderr.Should().NotContain(" 0 skipped");
        StoreRows.Dump(data).Should().Equal(StoreRows.Dump(reference));
    }

    [Fact]
    public async Task Should_report_each_broken_input_in_one_line_and_store_the_others()
    {
        // Given five pages, a missing file and a page without text
        using var temp = new TempFolder();
        var folder = ArabicNews.WriteFolder(temp.Sub("pages"), 5);
        var empty = temp.Sub("empty.txt");
        File.WriteAllText(empty, "عنوان بلا نص\n\n");
        var missing = temp.Sub("missing.txt");

        // When they are ingested
        var (code, _, stderr) = await CliRun.RunAsync("ingest", folder, missing, empty, "--data", temp.Sub("data"));

        // Then each bad input has its one line, the five pages are stored, and the exit code says "some failed"
        code.Should().Be(ExitCodes.SomeFailed);
        var errors = CliRun.ErrorLines(stderr);
        errors.Should().HaveCount(2);
        errors[0].Should().StartWith($"marsad: {missing}: ");
        errors[1].Should().Be($"marsad: {empty}: no article text found");
        stderr.Should().NotContain("   at ");
        StoreRows.Dump(temp.Sub("data")).Count(r => r.StartsWith("articles|", StringComparison.Ordinal)).Should().Be(5);
    }

    [Fact]
    public async Task Should_exit_3_when_nothing_could_be_stored()
    {
        // Given only a missing input
        using var temp = new TempFolder();

        // When it is ingested
        var (code, _, stderr) = await CliRun.RunAsync("ingest", temp.Sub("missing.txt"), "--data", temp.Sub("data"));

        // Then it is reported and the exit code says "nothing processed"
        code.Should().Be(ExitCodes.NothingProcessed);
        CliRun.ErrorLines(stderr).Should().ContainSingle();
    }

    [Fact]
    public async Task Should_say_in_one_line_when_the_store_cannot_be_opened()
    {
        // Given a --data that is a file, not a folder
        using var temp = new TempFolder();
        var pages = ArabicNews.WriteFolder(temp.Sub("pages"), 1);
        var notAFolder = temp.Sub("data");
        File.WriteAllText(notAFolder, "not a folder");

        // When ingesting into it
        var (code, _, stderr) = await CliRun.RunAsync("ingest", pages, "--data", notAFolder);

        // Then one line names the store, without a stack trace
        code.Should().Be(ExitCodes.NothingProcessed);
        stderr.Should().StartWith("marsad: ").And.Contain("cannot open the store").And.NotContain("   at ");
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle();
    }
}
