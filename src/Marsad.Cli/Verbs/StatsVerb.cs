using System.CommandLine;
using System.Text.Json;
using Marsad.Core.Documents;
using Marsad.Storage;
using Marsad.Storage.Sqlite;

namespace Marsad.Cli.Verbs;

/// <summary><c>marsad stats [--data DIR]</c>: what the store holds, as one JSON object.</summary>
internal static class StatsVerb
{
    public static Command Create()
    {
        var data = DataOption.Create();
        var command = new Command("stats", """
            What the store holds, as JSON: {"articles", "sources", "entities", "events", "stories", "first_date", "last_date", "bytes"}.
            Example: marsad stats --data ~/marsad-data
            """);
        command.Options.Add(data);
        command.SetAction(async (result, ct) =>
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
                var stats = await store.GetStatsAsync(ct).ConfigureAwait(false);
                await result.InvocationConfiguration.Output.WriteLineAsync(JsonSerializer.Serialize(stats, DocumentJson.Options)).ConfigureAwait(false);
                return ExitCodes.Success;
            }
            catch (StoreException e)
            {
                await error.WriteLineAsync($"marsad: {e.Message}").ConfigureAwait(false);
                return ExitCodes.NothingProcessed;
            }
        });
        return command;
    }
}
