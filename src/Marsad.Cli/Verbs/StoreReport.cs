using System.Globalization;
using Marsad.Core.Events;
using Marsad.Storage;

namespace Marsad.Cli.Verbs;

/// <summary>A reader's summary of a store: its counts, then each story with its merged events (<c>ingest --report</c>).</summary>
internal static class StoreReport
{
    public static async Task WriteAsync(IArticleStore store, TextWriter output, CancellationToken ct)
    {
        var stats = await store.GetStatsAsync(ct).ConfigureAwait(false);
        await output.WriteLineAsync($"{stats.Articles} articles from {stats.Sources} outlets, {stats.Entities} entity mentions, {stats.Events} events, {stats.Stories} stories").ConfigureAwait(false);
        var events = (await store.GetEventsAsync(EventFilter.All, ct).ConfigureAwait(false)).ToLookup(e => e.StoryId, StringComparer.Ordinal);
        foreach (var story in await store.GetStoriesAsync(ct).ConfigureAwait(false))
        {
            await output.WriteLineAsync().ConfigureAwait(false);
            var date = story.FirstDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
            var outlets = string.Join(", ", story.Articles.Select(a => a.Source ?? "?").Distinct(StringComparer.Ordinal));
            await output.WriteLineAsync($"■ {story.Title}  ({date}; {story.Articles.Count} articles: {outlets})").ConfigureAwait(false);
            foreach (var e in events[story.Id])
            {
                var type = e.Plover.ToName();
                var negated = e.Negated ? "NOT " : "";
                var source = e.Source?.Name ?? e.Source?.Text ?? "?";
                var target = e.Target?.Name ?? e.Target?.Text ?? "—";
                await output.WriteLineAsync($"  {negated}{type} ({e.Cameo}) {source} → {target}  [{e.NumArticles} articles] «{e.ExampleSentence}»").ConfigureAwait(false);
            }
        }
    }
}
