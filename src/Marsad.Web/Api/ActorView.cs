using Marsad.Core.Stories;
using Marsad.Storage;

namespace Marsad.Web.Api;

/// <summary>What Marsad knows of one actor: the merged events it takes part in and the articles reporting them.</summary>
/// <param name="Key">The actor as asked for: CAMEO code, country or canonical name.</param>
/// <param name="Events">Its merged events, by date.</param>
/// <param name="Articles">The articles reporting them, newest first.</param>
public sealed record ActorView(string Key, IReadOnlyList<MergedEvent> Events, IReadOnlyList<StoryArticleRef> Articles)
{
    /// <summary>The most articles listed: an actor page stays fast for a busy actor.</summary>
    public const int MaxArticles = 100;

    /// <summary>The actor's view, or null when no event involves it.</summary>
    public static async Task<ActorView?> LoadAsync(IArticleStore store, string key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        var events = await store.GetEventsAsync(new EventFilter { Actor = key }, ct).ConfigureAwait(false);
        if (events.Count == 0)
        {
            return null;
        }
        var articles = new List<StoryArticleRef>();
        foreach (var id in events.SelectMany(e => e.ArticleIds).Distinct(StringComparer.Ordinal).Take(MaxArticles))
        {
            if (await store.GetArticleAsync(id, ct).ConfigureAwait(false) is { } d)
            {
                articles.Add(new StoryArticleRef(d.Id, d.Input, d.Title, d.Source, d.Published));
            }
        }
        return new ActorView(key, events, [.. articles.OrderByDescending(a => a.Published)]);
    }
}
