using System.Text.Json;

namespace Marsad.Core.Reading;

/// <summary>
/// Turns one JSON record object (a JSON Lines line, a JSON array element) into a page.
/// </summary>
/// <remarks>
/// Fields:
/// <list type="bullet">
/// <item><c>html</c>: the page as HTML; <c>text</c> (or <c>content</c>, as many dataset dumps name it): plain text. With both, <c>html</c> is read unless <c>--as-article</c> is given.</item>
/// <item><c>url</c>, <c>title</c>, <c>source</c>: as named.</item>
/// <item><c>date</c>, else <c>published</c>, else <c>timestamp</c>: the publication date, in a form <see cref="RecordDate"/> reads; another form leaves it unknown.</item>
/// <item><c>fetched</c> or <c>date_extracted</c>: when the record was crawled, a fetch date (never a publication date).</item>
/// </list>
/// </remarks>
internal static class JsonRecord
{
    private static readonly string[] DateFields = ["date", "published", "timestamp"];
    private static readonly string[] FetchFields = ["fetched", "date_extracted"];

    /// <summary>The page <paramref name="root"/> describes, or the reason it describes none.</summary>
    public static ReadResult ToResult(JsonElement root, string origin, ReadOptions options)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return ReadResult.Fail(origin, $"a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object");
        }
        var html = String(root, "html");
        var text = String(root, "text") ?? String(root, "content");
        var useHtml = html is not null && !(options.AsArticle && text is not null);
        var content = useHtml ? html : text;
        if (string.IsNullOrWhiteSpace(content))
        {
            return ReadResult.Fail(origin, "no \"text\" or \"html\" field with content");
        }
        var page = new RawPage
        {
            Origin = origin,
            Content = content,
            Kind = useHtml ? ContentKind.Html : ContentKind.Text,
            Url = NonEmpty(String(root, "url")),
            Title = NonEmpty(String(root, "title")),
            Source = NonEmpty(String(root, "source")),
            Date = FirstDate(root, DateFields) is { } date ? RecordDate.ToDate(date) : null,
            FetchDate = FirstDate(root, FetchFields),
        };
        return ReadResult.Ok(options.Apply(page));
    }

    private static DateTimeOffset? FirstDate(JsonElement root, string[] fields)
    {
        foreach (var field in fields)
        {
            if (!root.TryGetProperty(field, out var value))
            {
                continue;
            }
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var unix) && RecordDate.TryFromUnix(unix, out var fromNumber))
            {
                return fromNumber;
            }
            if (value.ValueKind == JsonValueKind.String && RecordDate.TryParse(value.GetString(), out var fromText))
            {
                return fromText;
            }
        }
        return null;
    }

    private static string? String(JsonElement root, string field) =>
        root.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
