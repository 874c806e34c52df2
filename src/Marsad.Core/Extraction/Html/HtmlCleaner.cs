using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Marsad.Core.Extraction.Html;

/// <summary>
/// Removes what is never article text before scoring: scripts and styles, forms,
/// navigation, hidden elements, and elements whose class or id names a kind of
/// boilerplate (comments, sharing, related links, ads, newsletters) unless it also
/// names content and holds much text.
/// </summary>
internal static partial class HtmlCleaner
{
    private static readonly HashSet<string> JunkTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "video", "audio",
        "form", "button", "select", "input", "textarea", "label", "nav", "aside", "footer", "figcaption", "dialog", "menu",
        "link", "meta", "head",
    };

    /// <summary>Cleans <paramref name="root"/> in place.</summary>
    public static void Clean(IElement root)
    {
        var remove = new List<IElement>();
        var stack = new Stack<IElement>(root.Children);
        while (stack.TryPop(out var e))
        {
            if (ShouldRemove(e))
            {
                // Nothing inside a removed element needs judging.
                remove.Add(e);
                continue;
            }
            foreach (var child in e.Children)
            {
                stack.Push(child);
            }
        }
        foreach (var e in remove)
        {
            e.Remove();
        }
    }

    private static bool ShouldRemove(IElement e)
    {
        var tag = e.LocalName;
        if (JunkTags.Contains(tag))
        {
            return true;
        }
        if (tag is "body" or "html" or "article" or "main")
        {
            return false;
        }
        if (e.HasAttribute("hidden") || e.GetAttribute("aria-hidden") == "true"
            || (e.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style))
            || e.GetAttribute("role") is "navigation" or "complementary" or "contentinfo" or "banner" or "dialog" or "menu")
        {
            return true;
        }
        var names = (e.ClassName + " " + e.Id).Trim();
        if (names.Length == 0 || e.GetAttribute("itemprop") == "articleBody")
        {
            return false;
        }
        if (Negative().IsMatch(names))
        {
            // A container named both ways (article-comments vs article-body-share) keeps its text when it is long.
            return !Positive().IsMatch(names) || !HasTextLength(e, 600);
        }
        // Weak names (widget, tags, caption) also name page-builder wrappers around the article.
        return WeakNegative().IsMatch(names) && !HasTextLength(e, 600);
    }

    private static bool HasTextLength(INode node, int length)
    {
        var total = 0;
        var stack = new Stack<INode>();
        stack.Push(node);
        while (stack.TryPop(out var n))
        {
            if (n is IText t)
            {
                total += t.Data.Length;
                if (total >= length)
                {
                    return true;
                }
            }
            foreach (var child in n.ChildNodes)
            {
                stack.Push(child);
            }
        }
        return false;
    }

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"(?:^|[\s_-])(?:comments?|disqus|share|sharing|social|related|recommend\w*|promo\w*|newsletter|subscri\w*|sidebar|side-bar|footer|foot|nav|navbar|navigation|menu|breadcrumbs?|advert\w*|ads?|adv|ad-\w+|sponsor\w*|popup|modal|cookie\w*|banner|signup|outbrain|taboola|more-stories|read-?more|most-?popular|trending|pagination|pager|author-?bio|visually-hidden|sr-only|screen-reader\w*|newsletter\w*|inline-?related|also-?read|see-?also)(?:$|[\s_-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    [GeneratedRegex(@"(?:^|[\s_-])(?:tags?|taglist|toolbar|widget|rating|print|byline|credits?|masthead|photo|image|img|skip|jump|hidden)(?:$|[\s_-])|caption", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakNegative();

    [GeneratedRegex(@"article|body|content|entry|main|post|story|text", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Positive();
}
