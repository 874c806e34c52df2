using System.Globalization;
using System.Text;
using Marsad.Core.Documents;
using Marsad.Core.Events;
using static Marsad.Web.Pages.Layout;

namespace Marsad.Web.Pages;

/// <summary>
/// An article's text with its entities underlined, its event sentences marked and their trigger words highlighted; each
/// event sentence carries the anchors <c>#s-{start}</c> and <c>#e-{start}</c> so a link lands on it highlighted.
/// </summary>
internal static class ArticlePage
{
    public static string Body(Document document, string? storyId)
    {
        var html = new StringBuilder()
            .Append("<h1 class=\"title\">").Append(E(document.Title)).Append("</h1><p class=\"muted\">")
            .Append(E(document.Source ?? "—")).Append(" · ").Append(Date(document.Published));
        if (storyId is not null)
        {
            html.Append(" · <a href=\"/stories/").Append(U(storyId)).Append("\">القصة</a>");
        }
        if (document.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            html.Append(" · <a rel=\"noreferrer nofollow\" href=\"").Append(E(uri.AbsoluteUri)).Append("\">المصدر</a>");
        }
        html.Append("</p><div class=\"text\">");
        AppendText(html, document);
        return html.Append("</div>").ToString();
    }

    private static void AppendText(StringBuilder html, Document document)
    {
        var text = document.Text;
        // Entities underlined everywhere; inside an event's sentence, the word that signals it is marked with its type.
        var spans = document.Entities.Select(m => new MarkedSpan(m.Start, m.End, "span", "ent", m.Name ?? m.Type.ToString()))
            .Concat(document.Events.Where(e => e.TriggerStart is not null && e.TriggerEnd is not null)
                .Select(e => new MarkedSpan(e.TriggerStart!.Value, e.TriggerEnd!.Value, "mark", "trig", e.Plover.ToName() + " " + e.Cameo)))
            .ToList();
        var position = 0;
        // Sentences may repeat (two events, one sentence) or overlap: each is marked once, in order.
        foreach (var (start, end) in document.Events.Select(e => (e.Start, e.End)).Distinct().OrderBy(s => s.Start).ThenBy(s => s.End))
        {
            if (start < position || end > text.Length || start >= end)
            {
                continue;
            }
            Marked.Append(html, text, position, start, spans);
            var at = start.ToString(CultureInfo.InvariantCulture);
            html.Append("<span class=\"sent\" id=\"e-").Append(at).Append("\"><span id=\"s-").Append(at).Append("\">");
            Marked.Append(html, text, start, end, spans);
            html.Append("</span></span>");
            position = end;
        }
        Marked.Append(html, text, position, text.Length, spans);
    }
}
