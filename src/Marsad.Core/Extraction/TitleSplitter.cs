namespace Marsad.Core.Extraction;

/// <summary>
/// Separates a headline from the site name that page titles carry:
/// <list type="bullet">
/// <item>separators: " - ", " | ", " – ", " — ", " :: ", " « ", " » ";</item>
/// <item>the site name is the shorter of the first and last parts, of at most five words and shorter than the rest;</item>
/// <item>when the page's own <c>&lt;title&gt;</c> contains the headline, what remains of it is the site name.</item>
/// </list>
/// </summary>
internal static class TitleSplitter
{
    private static readonly string[] Separators = [" - ", " | ", " – ", " — ", " :: ", " « ", " » ", " |", "| "];

    /// <summary>The headline and the site name (or null) of <paramref name="title"/>.</summary>
    public static (string Headline, string? SiteName) Split(string title, string? pageTitle)
    {
        title = Collapse(title);
        var (headline, site) = SplitOne(title);
        if (site is null && pageTitle is not null && headline.Length > 0)
        {
            var page = Collapse(pageTitle);
            var at = page.IndexOf(headline, StringComparison.Ordinal);
            if (at >= 0 && page.Length > headline.Length)
            {
                var rest = (page[..at] + page[(at + headline.Length)..]).Trim(' ', '-', '|', '–', '—', ':', '«', '»');
                site = rest.Length > 0 && WordCount(rest) <= 5 ? rest : null;
            }
        }
        return (headline, site);
    }

    private static (string, string?) SplitOne(string title)
    {
        foreach (var sep in Separators)
        {
            var last = title.LastIndexOf(sep, StringComparison.Ordinal);
            var first = title.IndexOf(sep, StringComparison.Ordinal);
            if (last < 0)
            {
                continue;
            }
            var tail = title[(last + sep.Length)..].Trim();
            var head = title[..first].Trim();
            var tailOk = tail.Length > 0 && WordCount(tail) <= 5 && tail.Length * 2 < title.Length;
            var headOk = head.Length > 0 && WordCount(head) <= 5 && head.Length * 2 < title.Length;
            if (tailOk && (!headOk || tail.Length <= head.Length))
            {
                return (title[..last].Trim(), tail);
            }
            if (headOk)
            {
                return (title[(first + sep.Length)..].Trim(), head);
            }
        }
        return (title, null);
    }

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
