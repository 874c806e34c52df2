using System.Text.Json.Serialization;
using Marsad.Core.Events;

namespace Marsad.Core.Stories;

/// <summary>How relations between two actors moved: merged events between them, per period.</summary>
/// <param name="A">The first actor's key as given.</param>
/// <param name="B">The second actor's key as given.</param>
/// <param name="Granularity">The length of each period.</param>
/// <param name="Periods">One entry per period from the first event to the last, empty periods included.</param>
public sealed record Timeline(string A, string B, TimelineGranularity Granularity, IReadOnlyList<TimelinePeriod> Periods)
{
    /// <summary>
    /// The timeline of the merged events between <paramref name="a"/> and
    /// <paramref name="b"/>, in either direction. An actor matches by CAMEO code
    /// (<c>RUSGOV</c>), country (<c>RUS</c>) or canonical name, case-insensitively; a
    /// country matches every code of that country. Undated and negated events are left out:
    /// a timeline counts what happened, when.
    /// </summary>
    public static Timeline Build(IEnumerable<MergedEvent> events, string a, string b, TimelineGranularity granularity = TimelineGranularity.Month)
    {
        ArgumentNullException.ThrowIfNull(events);
        var between = events.Where(e => e.Date is not null && !e.Negated
            && ((Matches(e.Source, a) && Matches(e.Target, b)) || (Matches(e.Source, b) && Matches(e.Target, a)))).ToList();
        if (between.Count == 0)
        {
            return new Timeline(a, b, granularity, []);
        }
        var byPeriod = between.ToLookup(e => PeriodStart(e.Date!.Value, granularity));
        var periods = new List<TimelinePeriod>();
        for (var start = byPeriod.Min(g => g.Key); start <= byPeriod.Max(g => g.Key); start = Next(start, granularity))
        {
            var inPeriod = byPeriod[start].ToList();
            periods.Add(new TimelinePeriod(
                start,
                inPeriod.Count,
                Enum.GetValues<PloverType>().Select(t => inPeriod.Count(e => e.Plover == t)).ToArray(),
                [.. Enumerable.Range(1, 4).Select(q => inPeriod.Count(e => e.QuadClass == q))],
                inPeriod.Count == 0 ? null : inPeriod.Average(e => e.Goldstein),
                inPeriod.Sum(e => e.NumArticles)));
        }
        return new Timeline(a, b, granularity, periods);
    }

    /// <summary>True when <paramref name="actor"/> is the one <paramref name="key"/> names.</summary>
    public static bool Matches(EventActor? actor, string key) =>
        actor is not null && (string.Equals(actor.Code, key, StringComparison.OrdinalIgnoreCase)
            || string.Equals(actor.Country, key, StringComparison.OrdinalIgnoreCase)
            || string.Equals(actor.Name, key, StringComparison.OrdinalIgnoreCase));

    private static DateOnly PeriodStart(DateOnly d, TimelineGranularity g) =>
        g == TimelineGranularity.Month ? new DateOnly(d.Year, d.Month, 1) : d.AddDays(-(((int)d.DayOfWeek + 6) % 7)); // weeks start on Monday

    private static DateOnly Next(DateOnly d, TimelineGranularity g) => g == TimelineGranularity.Month ? d.AddMonths(1) : d.AddDays(7);
}

/// <summary>The length of a timeline's periods.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TimelineGranularity>))]
public enum TimelineGranularity
{
    /// <summary>Calendar months.</summary>
    [JsonStringEnumMemberName("month")] Month,

    /// <summary>ISO weeks, Monday to Sunday.</summary>
    [JsonStringEnumMemberName("week")] Week,
}

/// <summary>One period of a timeline.</summary>
/// <param name="Start">The first day of the period.</param>
/// <param name="Events">How many merged events.</param>
/// <param name="ByPlover">Counts per PLOVER type, indexed by <see cref="PloverType"/>.</param>
/// <param name="ByQuadClass">Counts per quad class 1 to 4 (index 0 is quad class 1).</param>
/// <param name="MeanGoldstein">The mean Goldstein score, or null in a period without events.</param>
/// <param name="Articles">How many article reports stand behind the period's events.</param>
public sealed record TimelinePeriod(DateOnly Start, int Events, IReadOnlyList<int> ByPlover, IReadOnlyList<int> ByQuadClass, double? MeanGoldstein, int Articles);
