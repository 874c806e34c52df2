using System.Text;
using static Marsad.Web.Pages.Layout;

namespace Marsad.Web.Pages;

/// <summary>A piece of text to wrap in an element: offsets into the text, the element, its class and its tooltip.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Element">The element's name (<c>span</c>, <c>mark</c>, <c>b</c>).</param>
/// <param name="Class">The element's class; null for none.</param>
/// <param name="Title">The element's tooltip; null for none.</param>
internal readonly record struct MarkedSpan(int Start, int End, string Element, string? Class = null, string? Title = null);

/// <summary>Writes text with some of its pieces wrapped in elements, every piece encoded: the raw text never reaches the page.</summary>
internal static class Marked
{
    /// <summary>
    /// Appends <paramref name="text"/>[<paramref name="from"/>..<paramref name="to"/>] with <paramref name="spans"/> wrapped.
    /// Spans that cross the range's edge or overlap one written before are left unwrapped rather than breaking the nesting;
    /// of two spans at one offset the longer wins.
    /// </summary>
    public static void Append(StringBuilder html, string text, int from, int to, IEnumerable<MarkedSpan> spans)
    {
        var position = from;
        foreach (var span in spans.Where(s => s.Start >= from && s.End <= to && s.Start < s.End).OrderBy(s => s.Start).ThenByDescending(s => s.End))
        {
            if (span.Start < position)
            {
                continue;
            }
            html.Append(E(text[position..span.Start])).Append('<').Append(span.Element);
            if (span.Class is not null)
            {
                html.Append(" class=\"").Append(E(span.Class)).Append('"');
            }
            if (span.Title is not null)
            {
                html.Append(" title=\"").Append(E(span.Title)).Append('"');
            }
            html.Append('>').Append(E(text[span.Start..span.End])).Append("</").Append(span.Element).Append('>');
            position = span.End;
        }
        html.Append(E(text[position..to]));
    }
}
