using Marsad.Core.Stories;

namespace Marsad.Storage;

/// <summary>The dyad timeline of two actors read from a store, as <c>marsad timeline</c>, <c>/api/timeline</c> and the dashboard give it.</summary>
public static class TimelineQuery
{
    /// <summary>
    /// The merged events between <paramref name="a"/> and <paramref name="b"/> per period, within
    /// [<paramref name="from"/>, <paramref name="to"/>] when given: a range keeps one old event from
    /// stretching the timeline over years of empty periods.
    /// </summary>
    public static async Task<Timeline> GetTimelineAsync(
        this IArticleStore store, string a, string b, TimelineGranularity granularity, DateOnly? from = null, DateOnly? to = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var events = await store.GetEventsAsync(new EventFilter { Actor = a, From = from, To = to }, cancellationToken).ConfigureAwait(false);
        return Timeline.Build(events, a, b, granularity);
    }
}
