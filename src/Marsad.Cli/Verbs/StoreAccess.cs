using System.CommandLine;
using Marsad.Storage;
using Marsad.Storage.Sqlite;

namespace Marsad.Cli.Verbs;

/// <summary>Opens the store a reading verb (<c>stats</c>, <c>search</c>, <c>events</c>, ...) asks for, or says in one line why it cannot.</summary>
internal static class StoreAccess
{
    /// <summary>Runs <paramref name="use"/> on the store of <c>--data</c>; exit 3 with one stderr line when there is none or it cannot be opened.</summary>
    public static async Task<int> WithStoreAsync(ParseResult result, Option<string?> data, Func<IArticleStore, TextWriter, Task<int>> use)
    {
        var error = result.InvocationConfiguration.Error;
        var folder = DataOption.Resolve(result, data);
        if (!SqliteArticleStore.Exists(folder))
        {
            await error.WriteLineAsync($"marsad: {Path.GetFullPath(folder)}: no store here (marsad ingest creates one)").ConfigureAwait(false);
            return ExitCodes.NothingProcessed;
        }
        try
        {
            using var store = SqliteArticleStore.Open(folder);
            return await use(store, result.InvocationConfiguration.Output).ConfigureAwait(false);
        }
        catch (StoreException e)
        {
            await error.WriteLineAsync($"marsad: {e.Message}").ConfigureAwait(false);
            return ExitCodes.NothingProcessed;
        }
    }

    /// <summary>A <c>--format</c> option limited to the given formats, the first being the default.</summary>
    public static Option<string> FormatOption(params string[] formats)
    {
        var option = new Option<string>("--format") { Description = $"Output format: {string.Join(", ", formats)}.", DefaultValueFactory = _ => formats[0] };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    /// <summary>A date option (YYYY-MM-DD) that rejects anything else at parse time.</summary>
    public static Option<DateOnly?> DateOption(string name, string description) => new(name)
    {
        Description = description + " (YYYY-MM-DD)",
        CustomParser = r =>
        {
            var text = r.Tokens.Count > 0 ? r.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d))
            {
                return d;
            }
            r.AddError($"{name} must be YYYY-MM-DD, not '{text}'");
            return null;
        },
    };
}
