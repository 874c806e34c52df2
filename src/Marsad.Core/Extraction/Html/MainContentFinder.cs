using AngleSharp.Dom;

namespace Marsad.Core.Extraction.Html;

/// <summary>
/// Chooses the element that holds the article, as a chain of strategies:
/// <list type="number">
/// <item>markup that names the article body (<c>itemprop=articleBody</c>, common CMS classes), when it holds enough text;</item>
/// <item>paragraph scoring (Readability's idea): each paragraph of real prose votes for its parent and grandparent, weighted by length and commas; the winner's link density lowers its score;</item>
/// </list>
/// and the text is then taken block by block from the winner and its siblings that look like the same article.
/// </summary>
internal static class MainContentFinder
{
    // Markup that names the article body in common CMSs; itemprop=articleBody first.
    private static readonly HashSet<string> BodyNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "article-body", "article__body", "articleBody", "article-content", "article__content", "article-text", "article_body",
        "articleText", "story-body", "story-content", "entry-content", "post-content", "post-body", "post__content",
        "content-body", "body-content", "news-content", "news-body", "news-text", "storyBody", "article-body-text",
    };

    private const int MinParagraph = 25;

    /// <summary>The element whose blocks form the article, or null when the page has no prose.</summary>
    public static IReadOnlyList<IElement> Find(IElement body)
    {
        if (FromMarkup(body) is { Count: > 0 } marked)
        {
            return marked;
        }
        return FromScores(body);
    }

    private static List<IElement>? FromMarkup(IElement body)
    {
        var byItemprop = new List<IElement>();
        var byName = new List<IElement>();
        var stack = new Stack<IElement>(body.Children);
        while (stack.TryPop(out var e))
        {
            if (e.GetAttribute("itemprop") == "articleBody" || e.GetAttribute("property") == "articleBody")
            {
                byItemprop.Add(e);
                continue;
            }
            if ((e.Id is { } id && BodyNames.Contains(id)) || e.ClassList.Any(BodyNames.Contains))
            {
                byName.Add(e);
                continue;
            }
            foreach (var child in e.Children)
            {
                stack.Push(child);
            }
        }
        foreach (var group in new[] { byItemprop, byName })
        {
            var withProse = group.Select(e => (Element: e, Prose: ProseLength(e))).Where(x => x.Prose > 0).ToList();
            if (withProse.Sum(x => x.Prose) >= 400)
            {
                return withProse.OrderBy(x => x.Element, DocumentOrder.Instance).Select(x => x.Element).ToList();
            }
        }
        return null;
    }

    private static int ProseLength(IElement e) =>
        BlockCollector.Collect(e).Where(b => b.Text.Length >= MinParagraph && b.LinkDensity < 0.5).Sum(b => b.Text.Length);

    private static List<IElement> FromScores(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var block in BlockCollector.Collect(body))
        {
            if (block.Text.Length < MinParagraph || block.LinkDensity > 0.5 || block.IsHeading || IsTeaser(block.Text))
            {
                continue;
            }
            var weight = 1 + CountCommas(block.Text) + Math.Min(block.Text.Length / 100.0, 3);
            var level0 = block.Owner.LocalName is "p" or "li" or "pre" or "blockquote" or "td" or "dd" or "span"
                ? block.Owner.ParentElement
                : block.Owner;
            var node = level0;
            for (var level = 0; node is not null && level < 3; level++, node = node.ParentElement)
            {
                scores[node] = scores.GetValueOrDefault(node) + (level switch { 0 => weight, 1 => weight / 2, _ => weight / 6 });
            }
        }
        if (scores.Count == 0)
        {
            return [];
        }
        var top = scores.OrderByDescending(kv => kv.Value).Take(5)
            .Select(kv => (Element: kv.Key, Score: kv.Value * (1 - LinkDensity(kv.Key))))
            .MaxBy(c => c.Score);
        var parent = top.Element.ParentElement;
        if (parent is null || top.Element.LocalName is "body")
        {
            return [top.Element];
        }
        var threshold = Math.Max(10, top.Score * 0.2);
        var chosen = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (sibling == top.Element
                || scores.GetValueOrDefault(sibling) * (1 - LinkDensity(sibling)) >= threshold
                || (sibling.LocalName == "p" && LooksLikeProse(sibling)))
            {
                chosen.Add(sibling);
            }
        }
        return chosen;
    }

    // An excerpt cut with an ellipsis previews another page: lists of them are not the article.
    private static bool IsTeaser(string text) =>
        text.EndsWith('…') || text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith("[…]", StringComparison.Ordinal);

    private static bool LooksLikeProse(IElement p)
    {
        var text = p.TextContent.Trim();
        var density = LinkDensity(p);
        return (text.Length > 80 && density < 0.25) || (text.Length > 0 && density == 0 && text[^1] is '.' or '؟' or '?' or '!');
    }

    private static double LinkDensity(IElement e)
    {
        var total = e.TextContent.Length;
        if (total == 0)
        {
            return 0;
        }
        var links = e.QuerySelectorAll("a").Sum(a => a.TextContent.Length);
        return Math.Min(1, (double)links / total);
    }

    private static int CountCommas(string text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (c is ',' or '،' or ';' or '؛')
            {
                n++;
            }
        }
        return n;
    }

    private sealed class DocumentOrder : IComparer<IElement>
    {
        public static readonly DocumentOrder Instance = new();

        public int Compare(IElement? x, IElement? y) =>
            x == y ? 0 : x is null ? -1 : y is null ? 1 : x.CompareDocumentPosition(y).HasFlag(DocumentPositions.Following) ? -1 : 1;
    }
}
