using System.Text;

namespace Marsad.Core.Reading;

/// <summary>
/// Tells the format of an input from its first bytes, with its name only to break ties.
/// </summary>
/// <remarks>
/// Rules, first match wins (on the bytes after decompression and after any BOM, leading
/// white space skipped):
/// <list type="bullet">
/// <item><c>WARC/1.</c> at the very start: a WARC or WET archive.</item>
/// <item><c>PK</c> and a ZIP signature at the very start: a ZIP archive.</item>
/// <item><c>&lt;rss</c> or <c>&lt;feed</c>, or <c>&lt;?xml</c> followed by one of them (or <c>&lt;rdf:RDF</c>): a feed.</item>
/// <item><c>&lt;?xml</c> followed by <c>&lt;html</c> (XHTML): HTML.</item>
/// <item><c>{</c>: JSON Lines; <c>[</c> then <c>{</c>: a JSON array of records.</item>
/// <item><c>&lt;!doctype</c>, <c>&lt;html</c>, <c>&lt;head</c>, <c>&lt;body</c>, <c>&lt;meta</c>, <c>&lt;title</c>, <c>&lt;!--</c>: HTML.</item>
/// <item>Otherwise the extension decides (<c>.html</c>, <c>.xml</c>, <c>.jsonl</c>, <c>.warc</c>, ...), and plain text when it does not.</item>
/// </list>
/// </remarks>
internal static class InputSniffer
{
    /// <summary>How many leading bytes the sniffer wants to see.</summary>
    public const int HeadLength = 4096;

    /// <summary>The format of an input whose first bytes are <paramref name="head"/> and whose name (without <c>.gz</c>) is <paramref name="name"/>.</summary>
    public static InputFormat Sniff(ReadOnlySpan<byte> head, string name)
    {
        if (head.StartsWith("WARC/1."u8))
        {
            return InputFormat.Warc;
        }
        if (head.StartsWith("PK\x03\x04"u8) || head.StartsWith("PK\x05\x06"u8))
        {
            return InputFormat.Zip;
        }
        var start = LeadingText(head).TrimStart();
        var byExtension = FromExtension(name);
        if (start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
        {
            if (ContainsAny(start, "<rss", "<feed", "<rdf:rdf"))
            {
                return InputFormat.Feed;
            }
            if (ContainsAny(start, "<html", "<!doctype html"))
            {
                return InputFormat.Html;
            }
            return byExtension == InputFormat.Html ? InputFormat.Html : InputFormat.Feed;
        }
        if (StartsWithAny(start, "<rss", "<feed"))
        {
            return InputFormat.Feed;
        }
        if (start.StartsWith('{'))
        {
            return InputFormat.JsonLines;
        }
        if (start.StartsWith('[') && start.AsSpan(1).TrimStart().StartsWith("{", StringComparison.Ordinal))
        {
            return InputFormat.JsonArray;
        }
        if (StartsWithAny(start, "<!doctype", "<html", "<head", "<body", "<meta", "<title", "<!--"))
        {
            return InputFormat.Html;
        }
        return byExtension;
    }

    /// <summary>The format an extension names, <see cref="InputFormat.Text"/> for any other; a trailing <c>.gz</c> is ignored.</summary>
    public static InputFormat FromExtension(string name)
    {
        var bare = WithoutGzip(name);
        var extension = Path.GetExtension(bare).ToLowerInvariant();
        return extension switch
        {
            ".html" or ".htm" or ".xhtml" => InputFormat.Html,
            ".xml" or ".rss" or ".atom" => InputFormat.Feed,
            ".jsonl" or ".ndjson" => InputFormat.JsonLines,
            ".json" => InputFormat.JsonArray,
            ".zip" => InputFormat.Zip,
            ".warc" or ".wet" => InputFormat.Warc,
            _ => InputFormat.Text,
        };
    }

    /// <summary>The name without a trailing <c>.gz</c>.</summary>
    public static string WithoutGzip(string name) =>
        name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;

    /// <summary>True when the bytes start with the gzip magic number.</summary>
    public static bool IsGzip(ReadOnlySpan<byte> head) => head.Length >= 2 && head[0] == 0x1f && head[1] == 0x8b;

    /// <summary>
    /// True when the bytes cannot be a page of text in any encoding we read: a NUL byte or
    /// more than 1 in 50 control characters, unless a UTF-16 or UTF-32 BOM, or UTF-16
    /// text without one, explains them.
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        if ((CharsetDecoder.DetectBom(head, out _) is { } bom && bom.CodePage != Encoding.UTF8.CodePage) || CharsetDecoder.Utf16WithoutBom(head) is not null)
        {
            return false;
        }
        var controls = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return true;
            }
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0c or 0x1b))
            {
                controls++;
            }
        }
        return controls * 50 > head.Length;
    }

    private static string LeadingText(ReadOnlySpan<byte> head)
    {
        var slice = head[..Math.Min(head.Length, 1024)];
        if (CharsetDecoder.DetectBom(slice, out var bomLength) is { } bom)
        {
            return bom.GetString(slice[bomLength..]);
        }
        if (CharsetDecoder.Utf16WithoutBom(slice) is { } utf16)
        {
            return utf16.GetString(slice);
        }
        return Encoding.Latin1.GetString(slice);
    }

    private static bool StartsWithAny(string text, params ReadOnlySpan<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static bool ContainsAny(string text, params ReadOnlySpan<string> needles)
    {
        foreach (var needle in needles)
        {
            if (text.Contains(needle, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
