using Marsad.Core.Reading;

namespace Marsad.Core.Extraction;

/// <summary>
/// Turns a <see cref="RawPage"/> into its <see cref="Article"/>: main text, title,
/// outlet and publication date.
/// </summary>
public sealed class ArticleExtractor
{
    /// <summary>Extracts the article of one page. Never throws for odd content: an empty page gives an empty article.</summary>
    public Article Extract(RawPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var lines = page.Content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var title = page.Title ?? (page.IsArticle ? "" : lines[0].Trim());
        var body = page.IsArticle ? lines : lines.Skip(1);
        var text = string.Join('\n', body.Select(l => l.Trim()).Where(l => l.Length > 0));
        DateOnly? published = page.Date ?? (page.FetchDate is { } f ? DateOnly.FromDateTime(f.UtcDateTime) : null);
        DateSource? from = page.Date is not null ? DateSource.Input : page.FetchDate is not null ? DateSource.Crawl : null;
        return new Article
        {
            Origin = page.Origin,
            Url = page.Url,
            Source = page.Source,
            Title = title,
            Text = text,
            Published = published,
            PublishedFrom = from,
            ReferenceDate = published,
        };
    }
}
