using System.ServiceModel.Syndication;
using System.Xml;

namespace Marsad.Core.Reading;

/// <summary>
/// Reads an RSS 2.0 or Atom 1.0 feed with System.ServiceModel.Syndication: one page per
/// item, numbered from 1, with its full content (<c>content:encoded</c>, Atom
/// <c>content</c>) or else its description or summary, its title, link and date.
/// </summary>
/// <remarks>
/// A feed is small and parsed whole; an XML error therefore reports the feed, not an item.
/// Item dates in any form <see cref="RecordDate"/> knows are kept; other forms leave the
/// date null instead of failing the feed, as the stock parser would.
/// </remarks>
internal sealed class FeedReader(Stream stream, string name, ReadOptions options) : IRecordReader
{
    private const string ContentModule = "http://purl.org/rss/1.0/modules/content/";

    private IEnumerator<SyndicationItem>? _items;
    private bool _done;

    /// <inheritdoc/>
    public int RecordsRead { get; private set; }

    /// <inheritdoc/>
    public ReadResult? Next()
    {
        if (_done)
        {
            return null;
        }
        if (_items is null)
        {
            if (Load() is { } error)
            {
                _done = true;
                return error;
            }
        }
        if (!_items!.MoveNext())
        {
            _done = true;
            return null;
        }
        RecordsRead++;
        return ToPage(_items.Current, $"{name}#{RecordsRead}");
    }

    private ReadResult? Load()
    {
        CharsetDecoder.EnsureCodePages();
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, CloseInput = false };
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            reader.MoveToContent();
            SyndicationFeedFormatter formatter = new Atom10FeedFormatter { DateTimeParser = ParseDate };
            if (!formatter.CanRead(reader))
            {
                formatter = new Rss20FeedFormatter { DateTimeParser = ParseDate };
                if (!formatter.CanRead(reader))
                {
                    return ReadResult.Fail(name, $"not an RSS 2.0 or Atom feed (root element <{reader.Name}>)");
                }
            }
            formatter.ReadFrom(reader);
            _items = formatter.Feed.Items.ToList().GetEnumerator();
            return null;
        }
        catch (XmlException e)
        {
            return ReadResult.Fail(name, $"invalid XML (line {e.LineNumber}, position {e.LinePosition})");
        }
    }

    private ReadResult ToPage(SyndicationItem item, string origin)
    {
        var (content, kind) = Content(item);
        if (string.IsNullOrWhiteSpace(content))
        {
            return ReadResult.Fail(origin, "feed item has no content or description");
        }
        var date = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate") ?? item.Links.FirstOrDefault();
        var page = new RawPage
        {
            Origin = origin,
            Content = content,
            Kind = kind,
            Url = link?.Uri?.ToString(),
            Title = string.IsNullOrWhiteSpace(item.Title?.Text) ? null : item.Title.Text.Trim(),
            Date = date == default ? null : RecordDate.ToDate(date),
        };
        return ReadResult.Ok(options.Apply(page));
    }

    private static (string? Content, ContentKind Kind) Content(SyndicationItem item)
    {
        var encoded = item.ElementExtensions.ReadElementExtensions<string>("encoded", ContentModule).FirstOrDefault();
        if (!string.IsNullOrWhiteSpace(encoded))
        {
            return (encoded, ContentKind.Html);
        }
        if (item.Content is TextSyndicationContent { Text: { Length: > 0 } text } content)
        {
            return (text, content.Type == "text" ? ContentKind.Text : ContentKind.Html);
        }
        // RSS descriptions are HTML though the formatter calls them text: HTML reads plain text as well.
        return (item.Summary?.Text, ContentKind.Html);
    }

    private static bool ParseDate(XmlDateTimeData data, out DateTimeOffset value)
    {
        if (!RecordDate.TryParse(data.DateTimeString, out value))
        {
            value = default;
        }
        return true;
    }
}
