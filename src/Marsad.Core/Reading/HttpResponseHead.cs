using System.Globalization;

namespace Marsad.Core.Reading;

/// <summary>The status and the headers of an HTTP response that a WARC <c>response</c> record stores before the payload.</summary>
/// <param name="Status">The status code, 0 when the status line is unreadable.</param>
/// <param name="ContentType">The <c>Content-Type</c> header, or null.</param>
/// <param name="ContentEncoding">The <c>Content-Encoding</c> header (gzip, deflate, br), or null.</param>
/// <param name="Chunked">True when <c>Transfer-Encoding: chunked</c> is still on the stored payload.</param>
internal sealed record HttpResponseHead(int Status, string? ContentType, string? ContentEncoding, bool Chunked)
{
    /// <summary>True for a 2xx status: redirects and error pages are not articles.</summary>
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>True when the content type names HTML or XHTML; null when there is no content type.</summary>
    public bool? IsHtml => ContentType is null
        ? null
        : ContentType.Contains("html", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the status line and headers up to the blank line; null when the stream ends first or the block limit is passed.</summary>
    public static HttpResponseHead? Read(ByteLineReader reader, long blockEnd)
    {
        var statusLine = reader.ReadLine();
        if (statusLine is null || reader.Offset > blockEnd)
        {
            return null;
        }
        var parts = statusLine.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        var status = parts.Length >= 2 && parts[0].StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : 0;
        string? contentType = null, contentEncoding = null;
        var chunked = false;
        while (reader.ReadLine() is { } line)
        {
            if (reader.Offset > blockEnd)
            {
                return null;
            }
            if (line.Length == 0)
            {
                return new HttpResponseHead(status, contentType, contentEncoding, chunked);
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }
            var name = line.AsSpan(0, colon).Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = value;
            }
            else if (name.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                contentEncoding = value;
            }
            else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                chunked = value.Contains("chunked", StringComparison.OrdinalIgnoreCase);
            }
        }
        return null;
    }
}
