using System.CommandLine;

namespace Marsad.Cli.Verbs;

/// <summary><c>marsad analyze</c> (being built: see its issue).</summary>
internal static class AnalyzeVerb
{
    public static Command Create() => NotYetVerb.Create("analyze", "See README.");
}
