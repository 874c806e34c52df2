using System.Text;
using System.Text.Json;

namespace Marsad.Core.Reading;

/// <summary>
/// Reads JSON Lines: one object a line with <c>text</c> or <c>html</c>, and optionally
/// <c>url</c>, <c>title</c>, <c>source</c> and a date (<c>date</c>, else <c>published</c>,
/// else <c>timestamp</c>). Record numbers are line numbers; blank lines are skipped.
/// </summary>
/// <remarks>
/// When a line has both, <c>html</c> is read (it keeps the page's metadata), unless the
/// user says <c>--as-article</c>, when <c>text</c> is the article. A date in a form
/// <see cref="RecordDate"/> does not know is left out (null), not an error.
/// </remarks>
internal sealed class JsonLinesReader(Stream stream, string name, ReadOptions options) : IRecordReader
{
    private static readonly string[] DateFields = ["date", "published", "timestamp"];

    private readonly StreamReader _lines = new(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
    private int _line;

    /// <inheritdoc/>
    public int RecordsRead => _line;

    /// <inheritdoc/>
    public ReadResult? Next()
    {
        while (_lines.ReadLine() is { } line)
        {
            _line++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                return ReadLine(line);
            }
        }
        return null;
    }

    private ReadResult ReadLine(string line)
    {
        var origin = $"{name}#{_line}";
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return ReadResult.Fail(origin, $"invalid JSON (line {_line}, position {CharacterPosition(line, e.BytePositionInLine ?? 0)})");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ReadResult.Fail(origin, $"a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object");
            }
            var html = String(root, "html");
            var text = String(root, "text");
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
                Date = Date(root),
            };
            return ReadResult.Ok(options.Apply(page));
        }
    }

    // The parser counts UTF-8 bytes; people count characters (an Arabic letter is two bytes).
    private static long CharacterPosition(string line, long bytePosition)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        return Encoding.UTF8.GetCharCount(bytes, 0, (int)Math.Min(bytePosition, bytes.Length)) + 1;
    }

    private static DateOnly? Date(JsonElement root)
    {
        foreach (var field in DateFields)
        {
            if (!root.TryGetProperty(field, out var value))
            {
                continue;
            }
            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var unix) && RecordDate.TryFromUnix(unix, out var fromNumber))
            {
                return RecordDate.ToDate(fromNumber);
            }
            if (value.ValueKind == JsonValueKind.String && RecordDate.TryParse(value.GetString(), out var fromText))
            {
                return RecordDate.ToDate(fromText);
            }
        }
        return null;
    }

    private static string? String(JsonElement root, string field) =>
        root.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
