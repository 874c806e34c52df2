using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Marsad.Core.Extraction.Html;

/// <summary>
/// What a page's markup says about its article, read before any cleaning: the
/// headline, the outlet and the publication date.
/// <list type="bullet">
/// <item>date: JSON-LD <c>datePublished</c> (also inside <c>@graph</c>), then meta tags (<c>article:published_time</c>, <c>itemprop=datePublished</c>, <c>pubdate</c>, <c>DC.date.issued</c>…), then a <c>&lt;time datetime&gt;</c> inside the article element or marked as the publication time;</item>
/// <item>outlet: <c>og:site_name</c>, <c>application-name</c>, JSON-LD <c>publisher.name</c>;</item>
/// <item>headline: <c>og:title</c>, the single h1, then <c>&lt;title&gt;</c>.</item>
/// </list>
/// </summary>
internal sealed partial record HtmlMetadata(string? Title, string? SiteName, DateOnly? Published)
{
    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "datePublished", "pubdate", "publishdate",
        "publish-date", "publish_date", "date", "DC.date.issued", "dc.date", "DC.date", "dcterms.created", "sailthru.date",
        "parsely-pub-date", "article.published", "published_time", "original-publish-date", "citation_publication_date",
    ];

    /// <summary>Reads the metadata of <paramref name="document"/>.</summary>
    public static HtmlMetadata Read(IDocument document)
    {
        var ld = ReadJsonLd(document);
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in document.GetElementsByTagName("meta"))
        {
            var key = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop");
            if (key is not null && Clean(m.GetAttribute("content")) is { } v)
            {
                metas.TryAdd(key, v);
            }
        }
        string? Meta(IDocument _, string name) => metas.GetValueOrDefault(name);
        var title = Meta(document, "og:title") ?? Meta(document, "twitter:title") ?? SingleH1(document) ?? Clean(document.Title);
        var site = Meta(document, "og:site_name") ?? Meta(document, "application-name") ?? ld.Publisher;
        var date = ld.Published ?? DateMetaNames.Select(n => ParseDate(Meta(document, n))).FirstOrDefault(d => d is not null) ?? TimeElement(document);
        return new HtmlMetadata(title, site, date);
    }

    /// <summary>The leading ISO date of a metadata value (2015-11-23, 2015-11-23T10:00Z, 20151123), or null.</summary>
    public static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var m = IsoDate().Match(value.Trim());
        if (m.Success && DateOnly.TryParseExact($"{m.Groups[1].Value}-{m.Groups[2].Value}-{m.Groups[3].Value}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dto) && dto.Year >= 1990
            ? DateOnly.FromDateTime(dto.DateTime)
            : null;
    }

    private static string? SingleH1(IDocument document)
    {
        var h1 = document.GetElementsByTagName("h1");
        return h1.Length == 1 ? Clean(h1[0].TextContent) : null;
    }

    private static DateOnly? TimeElement(IDocument document)
    {
        foreach (var t in document.QuerySelectorAll("article time[datetime], time[itemprop=datePublished], time[pubdate], [itemprop=datePublished]"))
        {
            if (ParseDate(t.GetAttribute("datetime") ?? t.GetAttribute("content")) is { } d)
            {
                return d;
            }
        }
        return null;
    }

    private static (DateOnly? Published, string? Publisher) ReadJsonLd(IDocument document)
    {
        DateOnly? published = null;
        string? publisher = null;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                Visit(json.RootElement, 0);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the other sources remain.
            }
        }
        return (published, publisher);

        void Visit(JsonElement e, int depth)
        {
            if (depth > 4)
            {
                return;
            }
            if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                {
                    Visit(item, depth + 1);
                }
                return;
            }
            if (e.ValueKind != JsonValueKind.Object)
            {
                return;
            }
            if (published is null && e.TryGetProperty("datePublished", out var dp) && dp.ValueKind == JsonValueKind.String)
            {
                published = ParseDate(dp.GetString());
            }
            if (publisher is null && e.TryGetProperty("publisher", out var pub))
            {
                var p = pub.ValueKind == JsonValueKind.Array && pub.GetArrayLength() > 0 ? pub[0] : pub;
                if (p.ValueKind == JsonValueKind.Object && p.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String)
                {
                    publisher = Clean(n.GetString());
                }
            }
            if (e.TryGetProperty("@graph", out var graph))
            {
                Visit(graph, depth + 1);
            }
        }
    }

    private static string? Clean(string? s)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return null;
        }
        return string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex(@"^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();
}
