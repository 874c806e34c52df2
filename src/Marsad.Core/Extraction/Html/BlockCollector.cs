using System.Text;
using AngleSharp.Dom;

namespace Marsad.Core.Extraction.Html;

/// <summary>
/// Flattens an element into the text blocks a reader sees: each block-level element
/// (p, div, li, h1-h6, blockquote, td…) starts a new block; inline elements and
/// line breaks stay inside their block.
/// </summary>
internal static class BlockCollector
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "figure", "header", "footer", "aside", "nav",
        "center", "address", "hr", "form", "fieldset", "details", "summary", "body", "html",
    };

    /// <summary>The blocks under <paramref name="root"/>, in document order, empty ones left out.</summary>
    public static List<HtmlBlock> Collect(IElement root)
    {
        var blocks = new List<HtmlBlock>();
        var sb = new StringBuilder();
        var links = 0;
        IElement owner = root;
        Walk(root, false);
        Flush();
        return blocks;

        void Walk(INode node, bool inLink)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText t)
                {
                    var before = sb.Length;
                    AppendCollapsed(sb, t.Data);
                    if (inLink)
                    {
                        links += sb.Length - before;
                    }
                }
                else if (child is IElement e)
                {
                    var tag = e.LocalName;
                    if (tag == "br")
                    {
                        AppendSpace(sb);
                        continue;
                    }
                    var isBlock = BlockTags.Contains(tag);
                    if (isBlock)
                    {
                        Flush();
                        owner = e;
                    }
                    Walk(e, inLink || tag == "a");
                    if (isBlock)
                    {
                        owner = e;
                        Flush();
                        owner = e.ParentElement ?? root;
                    }
                }
            }
        }

        void Flush()
        {
            var text = sb.ToString().Trim();
            if (text.Length > 0)
            {
                var tag = owner.LocalName;
                blocks.Add(new HtmlBlock(text, Math.Min(links, text.Length), owner, tag.Length == 2 && tag[0] == 'h' && tag[1] is >= '1' and <= '6'));
            }
            sb.Clear();
            links = 0;
        }
    }

    /// <summary>Appends <paramref name="text"/> with runs of whitespace as one space.</summary>
    public static void AppendCollapsed(StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                AppendSpace(sb);
            }
            else
            {
                sb.Append(c);
            }
        }
    }

    private static void AppendSpace(StringBuilder sb)
    {
        if (sb.Length > 0 && sb[^1] != ' ')
        {
            sb.Append(' ');
        }
    }
}
