using System.CommandLine;

namespace Marsad.Cli.Verbs;

/// <summary><c>--data DIR</c>: the store's folder; defaults to <c>$MARSAD_DATA</c>, else <c>./marsad-data</c>.</summary>
internal static class DataOption
{
    public const string DefaultFolder = "marsad-data";

    public static Option<string?> Create() => new("--data")
    {
        Description = "The store's folder. Default: $MARSAD_DATA, else ./marsad-data.",
    };

    /// <summary>The folder to use given the option's value and the environment variable's.</summary>
    public static string Resolve(string? given, string? environment) =>
        given is { Length: > 0 } ? given : environment is { Length: > 0 } ? environment : DefaultFolder;

    public static string Resolve(ParseResult result, Option<string?> option) =>
        Resolve(result.GetValue(option), Environment.GetEnvironmentVariable("MARSAD_DATA"));
}
