using System.CommandLine;

namespace Marsad.Cli.Verbs;

/// <summary><c>marsad ingest</c> (being built: see its issue).</summary>
internal static class IngestVerb
{
    public static Command Create() => NotYetVerb.Create("ingest", "See README.");
}
