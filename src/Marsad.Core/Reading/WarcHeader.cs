using System.Globalization;
using System.Text;

namespace Marsad.Core.Reading;

/// <summary>The named fields of one WARC record header that reading needs.</summary>
/// <param name="Type">WARC-Type, lower case (<c>response</c>, <c>request</c>, <c>conversion</c>, ...).</param>
/// <param name="TargetUri">WARC-Target-URI, or null.</param>
/// <param name="Date">WARC-Date: when the crawler fetched the page.</param>
/// <param name="ContentLength">Content-Length of the block, or null when missing or not a number.</param>
/// <param name="ContentType">The record's Content-Type, or null.</param>
internal sealed record WarcHeader(string? Type, string? TargetUri, DateTimeOffset? Date, long? ContentLength, string? ContentType)
{
    /// <summary>Reads header fields up to the blank line after the version line; null when the stream ends first.</summary>
    public static WarcHeader? Read(ByteLineReader reader)
    {
        string? type = null, uri = null, contentType = null;
        DateTimeOffset? date = null;
        long? length = null;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                return new WarcHeader(type, uri, date, length, contentType);
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }
            var field = line.AsSpan(0, colon).Trim();
            var value = line[(colon + 1)..].Trim();
            if (field.Equals("WARC-Type", StringComparison.OrdinalIgnoreCase))
            {
                type = value.ToLowerInvariant();
            }
            else if (field.Equals("WARC-Target-URI", StringComparison.OrdinalIgnoreCase))
            {
                // WARC 1.1 allows IRIs in UTF-8; 1.0 wrote them in angle brackets.
                uri = Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(value.Trim('<', '>')));
            }
            else if (field.Equals("WARC-Date", StringComparison.OrdinalIgnoreCase))
            {
                date = DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;
            }
            else if (field.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                length = long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
            }
            else if (field.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = value;
            }
        }
        return null;
    }
}
