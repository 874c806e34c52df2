using System.CommandLine;

namespace Marsad.Cli.Verbs;

/// <summary><c>marsad stats</c> (being built: see its issue).</summary>
internal static class StatsVerb
{
    public static Command Create() => NotYetVerb.Create("stats", "See README.");
}
