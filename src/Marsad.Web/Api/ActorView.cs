using Marsad.Core.Stories;
using Marsad.Storage;
using Marsad.Storage.Search;

namespace Marsad.Web.Api;

/// <summary>What Marsad knows of one actor: the merged events it takes part in and the articles mentioning it.</summary>
/// <param name="Key">The actor as asked for: CAMEO code, country, Wikidata id or canonical name.</param>
/// <param name="Events">Its merged events, by date.</param>
/// <param name="ArticleCount">How many stored articles mention it (an entity linked to it).</param>
/// <param name="Articles">The newest of those articles, at most <see cref="MaxArticles"/>, with their openings.</param>
public sealed record ActorView(string Key, IReadOnlyList<MergedEvent> Events, int ArticleCount, IReadOnlyList<SearchHit> Articles)
{
    /// <summary>The most articles listed: an actor page stays fast for a busy actor.</summary>
    public const int MaxArticles = 100;

    /// <summary>The actor's view, or null when no article mentions it and no event involves it.</summary>
    public static async Task<ActorView?> LoadAsync(IArticleStore store, string key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        var events = await store.GetEventsAsync(new EventFilter { Actor = key }, ct).ConfigureAwait(false);
        // A search without words but with an actor lists the articles whose entities link to it, newest first.
        var mentions = await store.SearchAsync(new SearchRequest { Query = "", Actor = key, Limit = MaxArticles }, ct).ConfigureAwait(false);
        return events.Count == 0 && mentions.Total == 0 ? null : new ActorView(key, events, mentions.Total, mentions.Results);
    }
}
