using System.IO.Hashing;
using System.Text;

namespace Marsad.Core.Stories;

/// <summary>
/// Merges the events of one story so that a happening reported by many articles counts once:
/// <list type="bullet">
/// <item>events merge when they share source and target (by CAMEO actor code, else country, else name), PLOVER type and negation;</item>
/// <item>and their dates are within a day of the previous one in date order (a meeting is reported the same day and the next);</item>
/// <item>an event without a date in a dated story takes the story's first date (the text does not contradict it: it gives no date);</item>
/// <item>the merged event keeps the most frequent CAMEO code and actor names, the earliest date, and the first report's sentence as its proof.</item>
/// </list>
/// </summary>
public static class EventMerger
{
    /// <summary>The merged events of one story, ordered by date then id.</summary>
    public static IReadOnlyList<MergedEvent> Merge(Story story, IEnumerable<ReportedEvent> reports)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(reports);
        var merged = new List<MergedEvent>();
        var groups = reports
            .Select(r => r.Event.Date is null && story.FirstDate is { } d ? r with { Event = r.Event with { Date = d } } : r)
            .GroupBy(r => (Key(r.Event.Source), Key(r.Event.Target), r.Event.Plover, r.Event.Negated));
        foreach (var group in groups)
        {
            foreach (var run in SplitByDate(group.OrderBy(r => r.Event.Date is null).ThenBy(r => r.Event.Date).ThenBy(r => r.ArticleId, StringComparer.Ordinal)))
            {
                merged.Add(Build(story.Id, group.Key, run));
            }
        }
        return merged.OrderBy(m => m.Date is null).ThenBy(m => m.Date).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
    }

    private static string Key(Events.EventActor? actor) => actor?.Code ?? actor?.Country ?? actor?.Name ?? actor?.Text ?? "";

    private static IEnumerable<List<ReportedEvent>> SplitByDate(IEnumerable<ReportedEvent> sorted)
    {
        var run = new List<ReportedEvent>();
        foreach (var r in sorted)
        {
            if (run.Count > 0 && !Adjacent(run[^1].Event.Date, r.Event.Date))
            {
                yield return run;
                run = [];
            }
            run.Add(r);
        }
        if (run.Count > 0)
        {
            yield return run;
        }
    }

    private static bool Adjacent(DateOnly? previous, DateOnly? next) =>
        previous is { } p && next is { } n ? n.DayNumber - p.DayNumber <= 1 : previous is null && next is null;

    private static MergedEvent Build(string storyId, (string Source, string Target, Events.PloverType Plover, bool Negated) key, List<ReportedEvent> run)
    {
        var first = run[0];
        var cameo = run.GroupBy(r => r.Event.Cameo, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().First().Event;
        var articles = run.Select(r => r.ArticleId).Distinct(StringComparer.Ordinal).ToList();
        var outlets = run.DistinctBy(r => r.ArticleId).Select(r => r.Outlet ?? "\0" + r.ArticleId).Distinct(StringComparer.Ordinal).Count();
        var idText = $"{storyId}|{key.Source}|{key.Target}|{key.Plover}|{key.Negated}|{first.Event.Date:yyyy-MM-dd}";
        return new MergedEvent
        {
            Id = Convert.ToHexStringLower(XxHash64.Hash(Encoding.UTF8.GetBytes(idText))),
            StoryId = storyId,
            Date = run.Select(r => r.Event.Date).Min(),
            Source = MostCommon(run.Select(r => r.Event.Source)),
            Target = MostCommon(run.Select(r => r.Event.Target)),
            Plover = key.Plover,
            Cameo = cameo.Cameo,
            QuadClass = cameo.QuadClass,
            Goldstein = cameo.Goldstein,
            Negated = key.Negated,
            Location = run.Select(r => r.Event.Location).FirstOrDefault(l => l is not null),
            NumArticles = articles.Count,
            NumSources = outlets,
            FirstSeen = run.Select(r => r.Published).Min(),
            ExampleSentence = first.Event.Sentence,
            Trigger = first.Event.Trigger,
            Evidence = new EventEvidence(first.ArticleId, first.Event.Start, first.Event.End, first.Event.TriggerStart, first.Event.TriggerEnd),
            ArticleIds = articles,
        };
    }

    private static Events.EventActor? MostCommon(IEnumerable<Events.EventActor?> actors) =>
        actors.Where(a => a is not null).GroupBy(a => a!.Name ?? a.Text, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.First()).FirstOrDefault();
}
