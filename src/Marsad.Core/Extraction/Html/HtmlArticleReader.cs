using System.Text;
using AngleSharp.Html.Parser;
using Marsad.Core.Extraction.Text;
using Marsad.Core.Language;

namespace Marsad.Core.Extraction.Html;

/// <summary>The article an HTML page holds, before the shared title and date rules are applied.</summary>
/// <param name="Text">Main text, paragraphs separated by <c>\n</c>.</param>
/// <param name="Metadata">What the markup says about the article.</param>
/// <param name="PageTitle">The page's <c>&lt;title&gt;</c>, which usually carries the site name.</param>
internal sealed record HtmlArticle(string Text, HtmlMetadata Metadata, string? PageTitle);

/// <summary>
/// Extracts the main text of an HTML page with a chain of fallbacks, as the best
/// extractors do:
/// <list type="number">
/// <item>clean the DOM (<see cref="HtmlCleaner"/>) and find the article's element (<see cref="MainContentFinder"/>), then keep its prose blocks;</item>
/// <item>when that gives little text, SmartReader (a Readability port) on the original markup;</item>
/// <item>when both fail, every paragraph of the page that reads like prose.</item>
/// </list>
/// The longest reasonable candidate of the fallbacks wins.
/// </summary>
internal static class HtmlArticleReader
{
    private const int Enough = 250;

    // A parser carries its configuration and context; building one per page costs more than parsing small pages.
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser(Options));

    /// <summary>
    /// What the extractor needs of a page's markup: style sheets' text (raw text), comments and element positions are
    /// never read, so the parser keeps none of them (10-12 % fewer bytes allocated in parsing the extraction benchmark's
    /// pages). Script text is kept: JSON-LD metadata lives there.
    /// </summary>
    internal static HtmlParserOptions Options { get; } = new() { SkipRawText = true, SkipComments = true, DisableElementPositionTracking = true };

    /// <summary>Reads <paramref name="html"/>; <paramref name="url"/> helps SmartReader resolve the page.</summary>
    public static HtmlArticle Read(string html, string? url)
    {
        var document = Parser.Value!.ParseDocument(html);
        var metadata = HtmlMetadata.Read(document);
        var pageTitle = document.Title;
        var body = document.Body ?? document.DocumentElement;
        HtmlCleaner.Clean(body);
        var text = Join(KeepBlocks(MainContentFinder.Find(body).SelectMany(BlockCollector.Collect).ToList()));
        if (text.Length < Enough)
        {
            var fallback = SmartReaderText(html, url);
            if (fallback.Length < Enough)
            {
                var baseline = Join(BlockCollector.Collect(body).Where(b => b.Owner.LocalName == "p" && b.Text.Length >= 25 && Keep(b)));
                fallback = baseline.Length > fallback.Length ? baseline : fallback;
            }
            text = fallback.Length > text.Length ? fallback : text;
        }
        return new HtmlArticle(text, metadata, pageTitle);
    }

    private static IEnumerable<HtmlBlock> KeepBlocks(List<HtmlBlock> blocks)
    {
        // Bylines, datelines and decks before the first sentence, and tags or "see more" lines after the last, are not the article.
        var first = blocks.FindIndex(IsSentence);
        var last = blocks.FindLastIndex(IsSentence);
        if (first < 0)
        {
            (first, last) = (0, blocks.Count - 1);
        }
        while (last + 1 < blocks.Count && !IsTrailer(blocks[last + 1]))
        {
            last++;
        }
        for (var i = first; i <= last; i++)
        {
            var b = blocks[i];
            if (b.Owner.LocalName == "h1")
            {
                continue;
            }
            // Comment policies and site notices after the article name several site services at once.
            if (i > first && LineLexicon.Default.CountMatches(ArabicNormalizer.Normalize(b.Text)) >= 2 && i > (first + last) / 2)
            {
                continue;
            }
            // A lone link between prose (a product, a cited report) is part of the text; runs of links are lists.
            if (Keep(b) || (i > 0 && i + 1 < blocks.Count && Keep(blocks[i - 1]) && Keep(blocks[i + 1]) && b.Text.Length < 120))
            {
                yield return b;
            }
        }
    }

    private static bool IsSentence(HtmlBlock b) =>
        !b.IsHeading && b.LinkDensity < 0.5 && (b.Text.Length >= 150 || (b.Text.Length >= 15 && b.Text[^1] is '.' or '!' or '?' or '؟' or '"' or '”' or '»' or ':' or '…' or '。' or '！' or '？' or '」'));

    private static bool IsTrailer(HtmlBlock b) => b.Text.Length < 30 || b.LinkDensity > 0.3 || b.Text.Contains("MORE", StringComparison.Ordinal);

    private static bool Keep(HtmlBlock b)
    {
        if (b.Owner.LocalName == "h1")
        {
            return false;
        }
        return b.LinkDensity <= 0.5 || b.Text.Length > 200;
    }

    private static string Join(IEnumerable<HtmlBlock> blocks)
    {
        var sb = new StringBuilder();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var b in blocks)
        {
            if (seen.Add(b.Text))
            {
                sb.Append(b.Text).Append('\n');
            }
        }
        return sb.ToString().TrimEnd('\n');
    }

    private static string SmartReaderText(string html, string? url)
    {
        try
        {
            var article = new SmartReader.Reader(url ?? "https://localhost/", html).GetArticle();
            if (!article.IsReadable || string.IsNullOrWhiteSpace(article.TextContent))
            {
                return "";
            }
            var lines = article.TextContent.Split('\n').Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Where(l => l.Length > 0);
            return string.Join('\n', lines);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A third-party Readability port on arbitrary markup: its failure only means this fallback has nothing.
            return "";
        }
    }
}
