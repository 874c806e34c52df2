using System.CommandLine;

namespace Marsad.Cli.Verbs;

/// <summary>A contract verb whose stage has not landed yet: it says so and exits 3, never prints made-up output.</summary>
internal static class NotYetVerb
{
    public static Command Create(string name, string description)
    {
        var command = new Command(name, description + " (not available yet)");
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(result =>
        {
            result.InvocationConfiguration.Error.WriteLine($"marsad: '{name}' is not available yet in this version.");
            return ExitCodes.NothingProcessed;
        });
        return command;
    }
}
