using System.CommandLine;
using System.Text.Json;
using Marsad.Core.Documents;
using Marsad.Storage.Search;

namespace Marsad.Cli.Verbs;

/// <summary><c>marsad search QUERY [--limit N] [--format text|json]</c>: ranked, Arabic-aware full-text search over stored articles.</summary>
internal static class SearchVerb
{
    public static Command Create()
    {
        var data = DataOption.Create();
        var query = new Argument<string>("query") { Description = "Words (matched by light stem; names unstemmed) and \"quoted phrases\"; all must match." };
        var limit = new Option<int>("--limit") { Description = "How many results (1-1000).", DefaultValueFactory = _ => 10 };
        var outlet = new Option<string?>("--source") { Description = "Only articles of this outlet." };
        var actor = new Option<string?>("--actor") { Description = "Only articles mentioning this actor (CAMEO code, country, Wikidata id or name)." };
        var from = StoreAccess.DateOption("--from", "Only articles published on or after");
        var to = StoreAccess.DateOption("--to", "Only articles published on or before");
        var format = StoreAccess.FormatOption("text", "json");
        var command = new Command("search", """
            Ranked full-text search (BM25) over stored articles, Arabic-aware: أحمد finds احمد, المفاوضات finds مفاوضات.
            Example: marsad search "وزير الخارجية" --limit 5 --format json
            """);
        command.Arguments.Add(query);
        foreach (var o in new Option[] { data, limit, outlet, actor, from, to, format })
        {
            command.Options.Add(o);
        }
        command.SetAction((result, ct) => StoreAccess.WithStoreAsync(result, data, async (store, output) =>
        {
            var results = await store.SearchAsync(new SearchRequest
            {
                Query = result.GetRequiredValue(query),
                Limit = result.GetValue(limit),
                Outlet = result.GetValue(outlet),
                Actor = result.GetValue(actor),
                From = result.GetValue(from),
                To = result.GetValue(to),
            }, ct).ConfigureAwait(false);
            if (result.GetValue(format) == "json")
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(results, DocumentJson.Options)).ConfigureAwait(false);
                return ExitCodes.Success;
            }
            await output.WriteLineAsync($"{results.Total} articles match").ConfigureAwait(false);
            var rank = 0;
            foreach (var hit in results.Results)
            {
                await output.WriteLineAsync($"{++rank}. {hit.Title}  [{hit.Source ?? "?"}, {hit.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated"}]  {hit.Id}").ConfigureAwait(false);
                await output.WriteLineAsync($"   {hit.Snippet}").ConfigureAwait(false);
            }
            return ExitCodes.Success;
        }));
        return command;
    }
}
