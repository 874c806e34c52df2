using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Marsad.Core.Documents;

namespace Marsad.Cli.Verbs;

/// <summary><c>marsad stories [--format text|json]</c>: the stored stories, articles about the same happening across outlets.</summary>
internal static class StoriesVerb
{
    public static Command Create()
    {
        var data = DataOption.Create();
        var format = StoreAccess.FormatOption("text", "json");
        var min = new Option<int>("--min-articles") { Description = "Only stories with at least this many articles (text output).", DefaultValueFactory = _ => 1 };
        var rebuild = new Option<bool>("--rebuild")
        {
            Description = "First regroup every stored article from scratch, in date order (ingest places new articles incrementally, in the order they arrive).",
        };
        var command = new Command("stories", """
            The stored stories: articles about the same happening, across outlets and days. Every article belongs to exactly one story.
            Example: marsad stories --format json > stories.json
            """);
        command.Options.Add(data);
        command.Options.Add(format);
        command.Options.Add(min);
        command.Options.Add(rebuild);
        command.SetAction((result, ct) => StoreAccess.WithStoreAsync(result, data, async (store, output) =>
        {
            if (result.GetValue(rebuild))
            {
                await store.RebuildStoriesAsync(ct).ConfigureAwait(false);
                await store.CompactAsync(ct).ConfigureAwait(false);
            }
            var stories = await store.GetStoriesAsync(ct).ConfigureAwait(false);
            if (result.GetValue(format) == "json")
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(stories, DocumentJson.Options)).ConfigureAwait(false);
                return ExitCodes.Success;
            }
            foreach (var s in stories.Where(s => s.Articles.Count >= result.GetValue(min)))
            {
                var dates = s.FirstDate is null ? "undated" : s.FirstDate == s.LastDate ? Iso(s.FirstDate) : $"{Iso(s.FirstDate)}..{Iso(s.LastDate)}";
                var outlets = s.Articles.Select(a => a.Source).Distinct().Count();
                await output.WriteLineAsync($"{s.Id}  {dates}  {s.Articles.Count} articles, {outlets} outlets, {s.Events.Count} events  {s.Title}").ConfigureAwait(false);
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
