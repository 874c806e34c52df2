using System.Globalization;
using System.Text;
using Marsad.Core.Events;
using Marsad.Core.Stories;
using static Marsad.Web.Pages.Layout;

namespace Marsad.Web.Pages;

/// <summary>Merged events as an HTML table: each event links to the sentence that proves it.</summary>
internal static class EventsHtml
{
    /// <summary>The most rows one page shows; the CSV/TSV export has them all.</summary>
    public const int MaxRows = 500;

    public static string Table(IReadOnlyList<MergedEvent> events)
    {
        if (events.Count == 0)
        {
            return "<p class=\"muted\">لا أحداث.</p>";
        }
        var html = new StringBuilder("<table class=\"events\"><thead><tr><th>التاريخ</th><th>الفاعل</th><th>الحدث</th><th>المفعول به</th><th>Goldstein</th><th>مقالات</th><th>الجملة</th></tr></thead><tbody>");
        foreach (var e in events.Take(MaxRows))
        {
            var link = $"/articles/{U(e.Evidence.ArticleId)}#s-{e.Evidence.Start.ToString(CultureInfo.InvariantCulture)}";
            html.Append("<tr><td>").Append(Date(e.Date)).Append("</td><td>").Append(Actor(e.Source))
                .Append("</td><td>").Append(E(QueryArgs.TypeName(e.Plover))).Append(e.Negated ? " (منفي)" : "").Append(" <span class=\"muted\">").Append(E(e.Cameo)).Append("</span>")
                .Append("</td><td>").Append(Actor(e.Target))
                .Append("</td><td>").Append(e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(e.NumArticles.ToString(CultureInfo.InvariantCulture))
                .Append("</td><td><a class=\"evidence\" href=\"").Append(link).Append("\">");
            Marked.Append(html, e.ExampleSentence, 0, e.ExampleSentence.Length, Proof(e));
            html.Append("</a></td></tr>");
        }
        html.Append("</tbody></table>");
        if (events.Count > MaxRows)
        {
            html.Append("<p class=\"muted\">").Append(MaxRows.ToString(CultureInfo.InvariantCulture)).Append(" من ").Append(events.Count.ToString(CultureInfo.InvariantCulture)).Append(" حدثًا.</p>");
        }
        return html.ToString();
    }

    /// <summary>
    /// The words of the example sentence that prove the event: the trigger (at its stored offset, else its first
    /// occurrence, in stores written before offsets were kept) and the source's and target's words where the sentence has them.
    /// </summary>
    internal static IEnumerable<MarkedSpan> Proof(MergedEvent e)
    {
        var sentence = e.ExampleSentence;
        if (e.Evidence is { TriggerStart: { } ts, TriggerEnd: { } te } && ts >= e.Evidence.Start && te - e.Evidence.Start <= sentence.Length)
        {
            yield return new MarkedSpan(ts - e.Evidence.Start, te - e.Evidence.Start, "mark", "trig", e.Plover.ToName() + " " + e.Cameo);
        }
        else if (e.Trigger is { Length: > 0 } trigger && sentence.IndexOf(trigger, StringComparison.Ordinal) is var at and >= 0)
        {
            yield return new MarkedSpan(at, at + trigger.Length, "mark", "trig", e.Plover.ToName() + " " + e.Cameo);
        }
        foreach (var (actor, role) in new[] { (e.Source, "الفاعل"), (e.Target, "المفعول به") })
        {
            if (actor?.Text is { Length: > 0 } words && sentence.IndexOf(words, StringComparison.Ordinal) is var from and >= 0)
            {
                yield return new MarkedSpan(from, from + words.Length, "b", null, role);
            }
        }
    }

    private static string Actor(EventActor? actor)
    {
        if (actor is null)
        {
            return "—";
        }
        var key = actor.Code ?? actor.Country ?? actor.Name;
        var label = E(actor.Text) + (actor.Code is null ? "" : $" <span class=\"muted\">{E(actor.Code)}</span>");
        return key is null ? label : $"<a href=\"/actors/{U(key)}\">{label}</a>";
    }
}
