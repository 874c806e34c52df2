using Marsad.Core.Language;

namespace Marsad.Storage.Search;

/// <summary>
/// Chooses the passage of an article to show under a search result: the window of
/// about <see cref="Window"/> characters with the most query words, cut at word
/// boundaries, with the spans of the matching words.
/// </summary>
public static class Snippets
{
    /// <summary>The snippet's length in characters, about two lines.</summary>
    public const int Window = 220;

    /// <summary>The snippet of <paramref name="text"/> for a query with these stems.</summary>
    public static (string Snippet, IReadOnlyList<HighlightSpan> Highlights) Build(string text, IReadOnlySet<string> stems)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(stems);
        var tokens = ArabicAnalyzer.Default.Analyze(text).Tokens;
        var hits = tokens.Where(t => SearchTerms.Term(t) is { } term && stems.Contains(term.Stem)).ToList();
        if (text.Length <= Window)
        {
            return (text, hits.Select(h => new HighlightSpan(h.Start, h.End)).ToList());
        }
        // The densest window starts at one of the hits: count the hits it would hold.
        var start = 0;
        var best = -1;
        for (var i = 0; i < hits.Count; i++)
        {
            var from = Math.Max(0, hits[i].Start - 30);
            var count = hits.Count(h => h.Start >= from && h.End <= from + Window);
            if (count > best)
            {
                (best, start) = (count, from);
            }
        }
        start = WordStart(text, start);
        var end = WordEnd(text, Math.Min(text.Length, start + Window));
        var prefix = start > 0 ? "… " : "";
        var suffix = end < text.Length ? " …" : "";
        var snippet = prefix + text[start..end].Replace('\n', ' ') + suffix;
        var spans = hits.Where(h => h.Start >= start && h.End <= end)
            .Select(h => new HighlightSpan(h.Start - start + prefix.Length, h.End - start + prefix.Length)).ToList();
        return (snippet, spans);
    }

    private static int WordStart(string text, int i)
    {
        while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }
        return i;
    }

    private static int WordEnd(string text, int i)
    {
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i;
    }
}
