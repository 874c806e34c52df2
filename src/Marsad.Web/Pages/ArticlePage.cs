using System.Globalization;
using System.Text;
using Marsad.Core.Documents;
using Marsad.Core.Entities;
using static Marsad.Web.Pages.Layout;

namespace Marsad.Web.Pages;

/// <summary>
/// An article's text with its entities underlined and its event sentences marked; each
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
        var position = 0;
        // Sentences may repeat (two events, one sentence) or overlap: each is marked once, in order.
        foreach (var (start, end) in document.Events.Select(e => (e.Start, e.End)).Distinct().OrderBy(s => s.Start).ThenBy(s => s.End))
        {
            if (start < position || end > text.Length || start >= end)
            {
                continue;
            }
            AppendEntities(html, document.Entities, text, position, start);
            var at = start.ToString(CultureInfo.InvariantCulture);
            html.Append("<span class=\"sent\" id=\"e-").Append(at).Append("\"><span id=\"s-").Append(at).Append("\">");
            AppendEntities(html, document.Entities, text, start, end);
            html.Append("</span></span>");
            position = end;
        }
        AppendEntities(html, document.Entities, text, position, text.Length);
    }

    // Entities that cross the range's edge are left unmarked rather than breaking the nesting.
    private static void AppendEntities(StringBuilder html, IReadOnlyList<EntityMention> entities, string text, int from, int to)
    {
        var position = from;
        foreach (var entity in entities.Where(m => m.Start >= from && m.End <= to && m.Start < m.End).OrderBy(m => m.Start))
        {
            if (entity.Start < position)
            {
                continue;
            }
            html.Append(E(text[position..entity.Start]));
            html.Append("<span class=\"ent\" title=\"").Append(E(entity.Name ?? entity.Type.ToString())).Append("\">")
                .Append(E(text[entity.Start..entity.End])).Append("</span>");
            position = entity.End;
        }
        html.Append(E(text[position..to]));
    }
}
