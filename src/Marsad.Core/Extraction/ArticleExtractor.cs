using Marsad.Core.Extraction.Html;
using Marsad.Core.Extraction.Text;
using Marsad.Core.Reading;

namespace Marsad.Core.Extraction;

/// <summary>
/// Turns a <see cref="RawPage"/> into its <see cref="Article"/>: main text, title,
/// outlet and publication date. Thread-safe; one instance can serve a whole run.
/// <list type="bullet">
/// <item>HTML: DOM cleaning and main-content scoring with fallbacks (see docs/extraction.md);</item>
/// <item>crawl text (.txt, WET, JSON Lines): line classification, helped by the lines the same site repeats when a <see cref="BoilerplateMemory"/> is given;</item>
/// <item>an article given as such (<see cref="RawPage.IsArticle"/>): kept verbatim;</item>
/// <item>publication date, first found wins: the input's own date, page metadata, the URL path, the article's dateline or first explicit date, the crawl date.</item>
/// </list>
/// </summary>
public sealed class ArticleExtractor
{
    private readonly BoilerplateMemory? _memory;

    /// <summary>An extractor that judges each crawl-text page on its own.</summary>
    public ArticleExtractor()
    {
    }

    /// <summary>An extractor that also counts, across the pages of one run, the lines each site repeats.</summary>
    public ArticleExtractor(BoilerplateMemory memory)
    {
        ArgumentNullException.ThrowIfNull(memory);
        _memory = memory;
    }

    /// <summary>Extracts the article of one page. Never throws for odd content: an empty page gives an empty article.</summary>
    public Article Extract(RawPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        string text;
        string title;
        string? siteName = null;
        DateOnly? metaDate = null;
        if (page.IsArticle)
        {
            text = page.Content.Replace("\r\n", "\n", StringComparison.Ordinal);
            title = page.Title ?? "";
        }
        else if (page.Kind == ContentKind.Html)
        {
            var html = HtmlArticleReader.Read(page.Content, page.Url);
            text = html.Text;
            var split = TitleSplitter.Split(page.Title ?? html.Metadata.Title ?? html.PageTitle ?? "", html.PageTitle);
            title = split.Headline;
            siteName = html.Metadata.SiteName ?? split.SiteName;
            metaDate = html.Metadata.Published;
        }
        else
        {
            var crawl = CrawlTextReader.Read(page.Content, SiteKey.Of(page.Url, page.Source), _memory, page.Title);
            text = crawl.Text;
            var split = TitleSplitter.Split(page.Title ?? crawl.Title, null);
            title = split.Headline;
            siteName = split.SiteName;
        }

        var fetch = page.FetchDate is { } f ? DateOnly.FromDateTime(f.UtcDateTime) : (DateOnly?)null;
        var (published, from) = PublicationDate.Choose(page.Date, metaDate, page.Url, text, fetch);
        return new Article
        {
            Origin = page.Origin,
            Url = page.Url,
            Source = page.Source ?? siteName ?? OutletName.FromUrl(page.Url),
            Title = title,
            Text = text,
            Published = published,
            PublishedFrom = from,
            ReferenceDate = published ?? fetch,
            // The raw crawl text still holds the writer's footer that extraction cuts as boilerplate.
            Genre = GenreClassifier.Classify(page.Url, text, page.IsArticle ? null : page.Content),
        };
    }
}
