using System.CommandLine;
using System.Text.Json;
using Marsad.Core.Documents;

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
        command.SetAction((result, ct) => StoreAccess.WithStoreAsync(result, data, async (store, output) =>
        {
            var stats = await store.GetStatsAsync(ct).ConfigureAwait(false);
            await output.WriteLineAsync(JsonSerializer.Serialize(stats, DocumentJson.Options)).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }
}
