namespace Marsad.Cli.Tests.Verbs;

/// <summary>Runs <c>marsad</c> in this process and captures what it prints.</summary>
internal static class CliRun
{
    public static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await MarsadCli.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The stderr lines that report a failure, without the closing summary.</summary>
    public static string[] ErrorLines(string stderr) =>
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.StartsWith("marsad: extract: ", StringComparison.Ordinal) && !l.StartsWith("marsad: ingest: ", StringComparison.Ordinal))
            .ToArray();
}
