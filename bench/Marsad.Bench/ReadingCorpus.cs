using System.IO.Compression;
using System.Text;

namespace Marsad.Bench;

/// <summary>
/// Generates a WARC archive of synthetic Arabic news pages, the shape of a Common Crawl
/// file: a request and a response per page, one gzip member per record when compressed.
/// One page in four is windows-1256 without a declared charset, so detection is measured too.
/// </summary>
public static class ReadingCorpus
{
    private static readonly string[] Sentences =
    [
        "قال وزير الخارجية إن المحادثات مع الجانب الروسي ستستأنف يوم الخميس المقبل في القاهرة.",
        "وأكد المتحدث باسم الحكومة أن الاجتماع تناول ملفات التعاون الاقتصادي والأمن في المنطقة.",
        "وأعلنت وزارة الداخلية اعتقال عدد من المشتبه بهم بعد الهجوم الذي استهدف نقطة تفتيش.",
        "ودعا الأمين العام للأمم المتحدة جميع الأطراف إلى ضبط النفس والعودة إلى طاولة الحوار.",
        "وتظاهر مئات الطلاب أمام مبنى البرلمان احتجاجا على قرار رفع الرسوم الدراسية.",
    ];

    static ReadingCorpus() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>An archive of about <paramref name="megabytes"/> MB (uncompressed), gzip members per record when <paramref name="gzip"/>.</summary>
    public static byte[] Warc(int megabytes, bool gzip)
    {
        using var output = new MemoryStream();
        Write(output, megabytes, gzip);
        return output.ToArray();
    }

    /// <summary>Writes the archive to <paramref name="output"/> record by record, so its size costs no memory.</summary>
    public static void Write(Stream output, int megabytes, bool gzip)
    {
        var target = megabytes * 1024L * 1024;
        var written = 0L;
        for (var page = 0; written < target; page++)
        {
            var uri = $"https://news.example/{page}";
            var request = Record("request", uri, Encoding.ASCII.GetBytes($"GET /{page} HTTP/1.1\r\nHost: news.example\r\n\r\n"), "application/http; msgtype=request");
            var legacy = page % 4 == 3;
            var html = Html(page);
            var body = legacy ? Encoding.GetEncoding(1256).GetBytes(html) : Encoding.UTF8.GetBytes(html);
            var http = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html{(legacy ? "" : "; charset=utf-8")}\r\nContent-Length: {body.Length}\r\n\r\n");
            var response = Record("response", uri, [.. http, .. body], "application/http; msgtype=response");
            foreach (var record in new[] { request, response })
            {
                written += record.Length;
                if (gzip)
                {
                    using var member = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true);
                    member.Write(record);
                }
                else
                {
                    output.Write(record);
                }
            }
        }
    }

    private static string Html(int page)
    {
        var body = new StringBuilder();
        for (var i = 0; i < 12 + (page % 20); i++)
        {
            body.Append("<p>").Append(Sentences[(page + i) % Sentences.Length]).Append("</p>\n");
        }
        return $"<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><title>خبر رقم {page}</title></head>\n<body><nav>الرئيسية | سياسة | اقتصاد</nav>\n<article><h1>خبر رقم {page}</h1>\n{body}</article>\n<footer>جميع الحقوق محفوظة</footer></body></html>\n";
    }

    private static byte[] Record(string type, string uri, byte[] block, string contentType)
    {
        var header = $"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Date: 2015-11-23T10:05:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(header), .. block, .. "\r\n\r\n"u8];
    }
}
