using System.Diagnostics;
using System.Text.Json;
using Marsad.Testing;

namespace Marsad.Cli.Tests.Verbs;

/// <summary>
/// The crash/resume guarantee, with a real <c>marsad ingest</c> process killed (SIGKILL)
/// mid-run: the re-run must end with exactly the store an uninterrupted run gives.
/// </summary>
public sealed class IngestCrashTests
{
    private const int Pages = 600;

    [Fact]
    public async Task Should_end_with_the_uninterrupted_store_when_a_killed_ingest_is_run_again()
    {
        // Given 600 pages, with copies of some under names that sort before and after them
        using var temp = new TempFolder();
        var folder = ArabicNews.WriteFolder(temp.Sub("pages"), Pages);
        foreach (var n in new[] { 5, 250, 590 })
        {
            File.Copy(Path.Combine(folder, $"{n:D4}.txt"), Path.Combine(folder, $"{n:D4}-copy.txt"));
            File.Copy(Path.Combine(folder, $"{n:D4}.txt"), Path.Combine(folder, $"0000-{n}.txt"));
        }
        var inputs = Pages + 6;

        // and the store of an uninterrupted run
        var reference = temp.Sub("reference");
        (await CliRun.RunAsync("ingest", folder, "--data", reference)).Code.Should().Be(ExitCodes.Success);

        // When a run is killed after its first commits, the re-run is killed after some more,
        // and a third run goes to the end
        var crashed = temp.Sub("crashed");
        var storedAtFirstKill = await KillMidRunAsync(folder, crashed, afterInputs: 0);
        var storedAtSecondKill = await KillMidRunAsync(folder, crashed, afterInputs: storedAtFirstKill);
        var (resumeCode, resumeErr) = await RunChildAsync(folder, crashed);

        // Then each killed run had stored part of the work, the last run finished it,
        // and both stores hold the same rows and the same stats
        storedAtFirstKill.Should().BeInRange(1, inputs - 1, "the first kill must land mid-run for this test to mean anything");
        storedAtSecondKill.Should().BeInRange(storedAtFirstKill + 1, inputs - 1, "the second kill must land mid-run too");
        resumeCode.Should().Be(ExitCodes.Success, resumeErr);
        resumeErr.Should().Contain($"{storedAtSecondKill} skipped");
        StoreRows.Dump(crashed).Should().Equal(StoreRows.Dump(reference));
        (await StatsAsync(crashed)).Should().Be(await StatsAsync(reference));
    }

    [Fact]
    public async Task Should_end_with_the_uninterrupted_stories_when_an_ingest_updating_them_on_the_way_is_killed()
    {
        // Given 600 pages and the store of an uninterrupted run placing the stories at the end
        using var temp = new TempFolder();
        var folder = ArabicNews.WriteFolder(temp.Sub("pages"), Pages);
        var reference = temp.Sub("reference");
        (await CliRun.RunAsync("ingest", folder, "--data", reference, "--stories-every", "0")).Code.Should().Be(ExitCodes.Success);

        // When runs updating the stories every 50 stored articles (deferring summaries and frequency rows to the last
        // update) are killed twice, once stories have been placed and again after more inputs, and a third run goes to the end
        var crashed = temp.Sub("crashed");
        var placedAtFirstKill = await KillMidRunAsync(folder, crashed, afterInputs: 0, afterPlaced: true, "--stories-every", "50");
        var storedAtSecondKill = await KillMidRunAsync(folder, crashed, afterInputs: StoreRows.CountInputs(crashed), afterPlaced: false, "--stories-every", "50");
        var (resumeCode, resumeErr) = await RunChildAsync(folder, crashed, "--stories-every", "50");

        // Then the first run was killed with stories placed and the rest not, and the last run ended with the rows of the
        // uninterrupted run: articles, stories, members, merged events, term index and frequencies, nothing left pending
        // (a summary may be computed with the frequencies of an earlier update, so summaries are left out)
        placedAtFirstKill.Should().BeInRange(1, Pages - 1, "the first kill must land after an update during the ingest");
        storedAtSecondKill.Should().BeLessThan(Pages, "the second kill must land mid-run too");
        resumeCode.Should().Be(ExitCodes.Success, resumeErr);
        WithoutSummaries(StoreRows.Dump(crashed)).Should().Equal(WithoutSummaries(StoreRows.Dump(reference)));
    }

    // The story rows' summaries (SELECT * of stories: id, ordinal, title, first_date, last_date, summary, …) blanked.
    private static List<string> WithoutSummaries(IReadOnlyList<string> rows) =>
        rows.Select(r => r.StartsWith("stories|", StringComparison.Ordinal) ? string.Join('|', r.Split('|').Select((v, i) => i == 6 ? "" : v)) : r).ToList();

    // Articles in a story, or 0 while the store cannot be read yet.
    private static int PlacedArticles(string data)
    {
        try
        {
            return StoreRows.Dump(data, ["story_articles"]).Count;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0;
        }
    }

    private static Task<long> KillMidRunAsync(string folder, string data, long afterInputs) =>
        KillMidRunAsync(folder, data, afterInputs, afterPlaced: false);

    // Kills the run once it has stored more than afterInputs inputs (and placed articles into stories, when afterPlaced);
    // returns the inputs stored then, or the articles placed when afterPlaced.
    private static async Task<long> KillMidRunAsync(string folder, string data, long afterInputs, bool afterPlaced, params string[] extra)
    {
        // Small batches give the kill many commit points to land between.
        using var process = Start(folder, data, ["--batch-size", "3", .. extra]);
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && (StoreRows.CountInputs(data) <= afterInputs || (afterPlaced && PlacedArticles(data) == 0)) && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(5);
        }
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        if (afterPlaced)
        {
            return PlacedArticles(data);
        }
        var stored = StoreRows.CountInputs(data);
        return stored < 0 ? 0 : stored;
    }

    private static async Task<(int Code, string Stderr)> RunChildAsync(string folder, string data, params string[] extra)
    {
        using var process = Start(folder, data, extra);
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stderr);
    }

    private static Process Start(string folder, string data, params string[] extra)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "marsad.dll"), "ingest", folder, "--data", data, .. extra])
        {
            start.ArgumentList.Add(arg);
        }
        return Process.Start(start)!;
    }

    // The SDK sets DOTNET_HOST_PATH for the processes it starts, test hosts included.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static async Task<string> StatsAsync(string data)
    {
        var (code, stdout, _) = await CliRun.RunAsync("stats", "--data", data);
        code.Should().Be(ExitCodes.Success);
        return JsonDocument.Parse(stdout).RootElement.ToString();
    }
}
