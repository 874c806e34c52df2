using System.CommandLine;
using Marsad.Cli.Verbs;

namespace Marsad.Cli;

/// <summary>The <c>marsad</c> command line: its verbs, and the contract's exit codes for usage errors.</summary>
public static class MarsadCli
{
    /// <summary>Builds the root command with every verb.</summary>
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("Marsad: who did what to whom, when and where, from Arabic news on the web.");
        root.Subcommands.Add(ExtractVerb.Create());
        root.Subcommands.Add(IngestVerb.Create());
        root.Subcommands.Add(StatsVerb.Create());
        root.Subcommands.Add(AnalyzeVerb.Create());
        root.Subcommands.Add(EventsVerb.Create());
        root.Subcommands.Add(StoriesVerb.Create());
        root.Subcommands.Add(SearchVerb.Create());
        root.Subcommands.Add(TimelineVerb.Create());
        root.Subcommands.Add(ServeVerb.Create());
        return root;
    }

    /// <summary>Parses and runs one command line; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var root = BuildRoot();
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await stderr.WriteLineAsync($"marsad: {error.Message}").ConfigureAwait(false);
            }
            await stderr.WriteLineAsync("Try 'marsad --help'.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }
        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        return await parsed.InvokeAsync(config, cancellationToken).ConfigureAwait(false);
    }
}
