namespace Marsad.Core.Stories;

/// <summary>A story with its summary and its merged events: what the store keeps of it.</summary>
/// <param name="Story">The story and its articles.</param>
/// <param name="Summary">Its extractive summary.</param>
/// <param name="Events">Its events, merged so each happening counts once.</param>
public sealed record StoryAnalysis(Story Story, string Summary, IReadOnlyList<MergedEvent> Events);

/// <summary>
/// Builds every story of a collection from its articles and their events: clustering,
/// summaries and merged events. A pure, deterministic function of its inputs, so the
/// store can rebuild stories after any ingest and always get the same result.
/// </summary>
public static class StoryBuilder
{
    /// <summary>The stories of <paramref name="articles"/>, with the events of <paramref name="events"/> merged per story.</summary>
    public static IReadOnlyList<StoryAnalysis> Build(IReadOnlyCollection<StoryArticle> articles, IEnumerable<ReportedEvent> events, StoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(events);
        var frequencies = StoryClusterer.Frequencies(articles);
        var stories = StoryClusterer.Cluster(articles, frequencies, options);
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var eventsByArticle = events.ToLookup(e => e.ArticleId, StringComparer.Ordinal);
        return stories.Select(story => new StoryAnalysis(
            story,
            StorySummarizer.Summarize(story.ArticleIds.Select(id => byId[id]).ToList(), frequencies),
            EventMerger.Merge(story, story.ArticleIds.SelectMany(id => eventsByArticle[id])))).ToList();
    }
}
