using System.IO.Compression;
using System.Text;
using Marsad.Core.Reading;

namespace Marsad.Core.Tests.Reading;

/// <summary>Inputs written in code: our own Arabic pages, WARC records, gzip members.</summary>
internal static class ReadingFixtures
{
    public const string ArabicSentence = "قال وزير الخارجية إن المحادثات مع الجانب الروسي ستستأنف يوم الخميس المقبل في القاهرة بحضور ممثلين عن عدة دول.";

    public const string SecondSentence = "وأكد المتحدث باسم الحكومة أن الاجتماع تناول ملفات التعاون الاقتصادي والأمن في المنطقة.";

    static ReadingFixtures() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>A code page, the provider registered whichever test runs first.</summary>
    public static Encoding CodePage(int codePage) => Encoding.GetEncoding(codePage);

    public static string ArabicHtml(string? metaCharset = null, string body = ArabicSentence) =>
        "<!DOCTYPE html>\n<html><head>"
        + (metaCharset is null ? "" : $"<meta charset=\"{metaCharset}\">")
        + "<title>أخبار اليوم</title></head>\n<body><h1>لقاء في القاهرة</h1><p>" + body + "</p><p>" + SecondSentence + "</p></body></html>\n";

    /// <summary>One WARC record with a correct Content-Length.</summary>
    public static byte[] WarcRecord(string type, string? uri, byte[] block, string contentType, string date = "2015-11-23T10:05:00Z")
    {
        var header = new StringBuilder()
            .Append("WARC/1.0\r\n")
            .Append($"WARC-Type: {type}\r\n")
            .Append($"WARC-Date: {date}\r\n")
            .Append("WARC-Record-ID: <urn:uuid:").Append(Guid.NewGuid()).Append(">\r\n");
        if (uri is not null)
        {
            header.Append($"WARC-Target-URI: {uri}\r\n");
        }
        header.Append($"Content-Type: {contentType}\r\n")
            .Append($"Content-Length: {block.Length}\r\n\r\n");
        return [.. Encoding.UTF8.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8];
    }

    public static byte[] Response(string uri, byte[] payload, string httpContentType = "text/html; charset=UTF-8", int status = 200)
    {
        var http = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} OK\r\nContent-Type: {httpContentType}\r\nContent-Length: {payload.Length}\r\n\r\n");
        return WarcRecord("response", uri, [.. http, .. payload], "application/http; msgtype=response");
    }

    public static byte[] Request(string uri) =>
        WarcRecord("request", uri, Encoding.ASCII.GetBytes($"GET / HTTP/1.1\r\nHost: {new Uri(uri).Host}\r\n\r\n"), "application/http; msgtype=request");

    public static byte[] WarcInfo() =>
        WarcRecord("warcinfo", null, "software: marsad-tests\r\nformat: WARC File Format 1.0\r\n"u8.ToArray(), "application/warc-fields");

    public static byte[] Conversion(string uri, string text) =>
        WarcRecord("conversion", uri, Encoding.UTF8.GetBytes(text), "text/plain");

    /// <summary>Each part as its own gzip member, concatenated, as Common Crawl writes archives.</summary>
    public static byte[] GzipMembers(params byte[][] parts)
    {
        using var output = new MemoryStream();
        foreach (var part in parts)
        {
            using var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true);
            gzip.Write(part);
        }
        return output.ToArray();
    }

    public static List<ReadResult> ReadAll(byte[] bytes, string name, ReadOptions? options = null) =>
        [.. new InputReader(options ?? ReadOptions.Default).Read(new MemoryStream(bytes), name)];

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
