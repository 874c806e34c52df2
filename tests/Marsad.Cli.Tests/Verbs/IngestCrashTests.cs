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
    // Enough pages that a kill still lands mid-run when the poll sees the first commits late on a fast machine (with 600, the
    // first kill once landed at 369 and the second run finished before its kill).
    private const int Pages = 1500;

    [Fact]
    public async Task Should_end_with_the_uninterrupted_store_when_a_killed_ingest_is_run_again()
    {
        // Given 1,500 pages, with copies of some under names that sort before and after them
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

    // Kills the run once it has stored more than afterInputs inputs; returns the inputs stored then.
    private static async Task<long> KillMidRunAsync(string folder, string data, long afterInputs)
    {
        // Small batches give the kill many commit points to land between.
        using var process = Start(folder, data, "--batch-size", "3");
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && StoreRows.CountInputs(data) <= afterInputs && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(5);
        }
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        var stored = StoreRows.CountInputs(data);
        return stored < 0 ? 0 : stored;
    }

    private static async Task<(int Code, string Stderr)> RunChildAsync(string folder, string data)
    {
        using var process = Start(folder, data);
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
