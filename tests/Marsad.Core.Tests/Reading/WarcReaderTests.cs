using System.IO.Compression;
using System.Text;
using Marsad.Core.Reading;
using static Marsad.Core.Tests.Reading.ReadingFixtures;

namespace Marsad.Core.Tests.Reading;

public sealed class WarcReaderTests
{
    private static byte[] TwoPagesAndARequest() =>
    [
        .. WarcInfo(),
        .. Request("https://news.example/a"),
        .. Response("https://news.example/a", Utf8(ArabicHtml("utf-8"))),
        .. Response("https://news.example/b", Utf8(ArabicHtml(body: SecondSentence))),
    ];

    [Fact]
    public void Should_yield_one_html_page_per_html_response_and_skip_other_records()
    {
        // Given a WARC with warcinfo, a request and two HTML responses
        var warc = TwoPagesAndARequest();

        // When read
        var results = ReadAll(warc, "crawl.warc");

        // Then only the two responses become pages, numbered by their place in the archive
        results.Should().HaveCount(2).And.OnlyContain(r => r.Page != null);
        var pages = results.Select(r => r.Page!).ToList();
        pages.Select(p => p.Origin).Should().Equal("crawl.warc#3", "crawl.warc#4");
        pages.Select(p => p.Url).Should().Equal("https://news.example/a", "https://news.example/b");
        pages.Should().OnlyContain(p => p.Kind == ContentKind.Html);
        pages[0].Content.Should().Contain(ArabicSentence);
        pages[1].Content.Should().Contain(SecondSentence);
    }

    [Fact]
    public void Should_put_the_warc_date_in_fetch_date_only()
    {
        // Given a response fetched on 2015-11-23
        var warc = Response("https://news.example/a", Utf8(ArabicHtml()));

        // When read
        var page = ReadAll(warc, "one.warc").Single().Page!;

        // Then it is the fetch date, not a publication date
        page.FetchDate.Should().Be(new DateTimeOffset(2015, 11, 23, 10, 5, 0, TimeSpan.Zero));
        page.Date.Should().BeNull();
    }

    [Fact]
    public void Should_skip_non_html_and_unsuccessful_responses_silently()
    {
        // Given an image, a redirect, a JSON answer and one HTML page
        byte[] warc =
        [
            .. Response("https://news.example/logo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], "image/png"),
            .. Response("https://news.example/old", Utf8("<html><body>moved</body></html>"), status: 301),
            .. Response("https://news.example/api", Utf8("{\"a\": 1}"), "application/json"),
            .. Response("https://news.example/ok", Utf8(ArabicHtml())),
        ];

        // When read
        var results = ReadAll(warc, "mixed.warc");

        // Then only the HTML page comes out, and no error
        results.Should().ContainSingle().Which.Page!.Url.Should().Be("https://news.example/ok");
    }

    [Fact]
    public void Should_decode_a_windows_1256_payload_by_its_http_charset()
    {
        // Given a response whose HTTP header says windows-1256 and whose page has no meta charset
        var html = ArabicHtml();
        var warc = Response("https://news.example/ar", CodePage(1256).GetBytes(html), "text/html; charset=windows-1256");

        // When read
        var page = ReadAll(warc, "ar.warc").Single().Page!;

        // Then the Arabic text is intact
        page.Content.Should().Be(html);
    }

    [Fact]
    public void Should_undo_chunking_and_gzip_left_on_a_stored_payload()
    {
        // Given a payload stored as the server sent it: gzip content, chunked transfer
        var html = ArabicHtml("utf-8");
        using var zipped = new MemoryStream();
        using (var gzip = new GZipStream(zipped, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Utf8(html));
        }
        var compressed = zipped.ToArray();
        var half = compressed.Length / 2;
        byte[] chunked =
        [
            .. Encoding.ASCII.GetBytes($"{half:x}\r\n"), .. compressed[..half], .. "\r\n"u8,
            .. Encoding.ASCII.GetBytes($"{compressed.Length - half:x}\r\n"), .. compressed[half..], .. "\r\n0\r\n\r\n"u8,
        ];
        var http = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n");
        var warc = WarcRecord("response", "https://news.example/raw", [.. http, .. chunked], "application/http; msgtype=response");

        // When read
        var page = ReadAll(warc, "raw.warc").Single().Page!;

        // Then the page is the original HTML
        page.Content.Should().Be(html);
    }

    [Fact]
    public void Should_read_wet_conversion_records_as_text()
    {
        // Given a WET file: warcinfo then two conversion records
        var text = "لقاء في القاهرة\n" + ArabicSentence + "\n" + SecondSentence;
        byte[] wet = [.. WarcInfo(), .. Conversion("https://news.example/a", text), .. Conversion("https://news.example/b", SecondSentence)];

        // When read
        var pages = ReadAll(wet, "crawl.wet").Select(r => r.Page!).ToList();

        // Then each conversion record is a text page with its URL
        pages.Should().HaveCount(2).And.OnlyContain(p => p.Kind == ContentKind.Text);
        pages[0].Content.Should().Be(text);
        pages[0].Origin.Should().Be("crawl.wet#2");
        pages[1].Url.Should().Be("https://news.example/b");
    }

    [Fact]
    public void Should_read_a_multi_member_gzip_archive_like_common_crawl()
    {
        // Given each record compressed as its own gzip member
        var warc = GzipMembers(WarcInfo(), Request("https://news.example/a"), Response("https://news.example/a", Utf8(ArabicHtml())), Response("https://news.example/b", Utf8(ArabicHtml())));

        // When read
        var results = ReadAll(warc, "crawl.warc.gz");

        // Then every member is read, not only the first
        results.Select(r => r.Page?.Origin).Should().Equal("crawl.warc.gz#3", "crawl.warc.gz#4");
    }

    [Fact]
    public void Should_keep_records_before_a_cut_in_a_gzip_archive_and_report_the_cut()
    {
        // Given a three-page gzip archive cut in the middle of the third member
        var big = ArabicHtml(body: string.Concat(Enumerable.Repeat(ArabicSentence + " ", 200)));
        var first = GzipMembers(Response("https://news.example/1", Utf8(ArabicHtml())), Response("https://news.example/2", Utf8(ArabicHtml())));
        var third = GzipMembers(Response("https://news.example/3", Utf8(big)));
        byte[] cut = [.. first, .. third[..(third.Length / 2)]];

        // When read
        var results = ReadAll(cut, "crawl.warc.gz");

        // Then the two whole records are pages and the cut is one error after them
        results.Should().HaveCount(3);
        results.Take(2).Should().OnlyContain(r => r.Page != null);
        results[2].Error!.ToString().Should().Be("crawl.warc.gz: truncated gzip stream after record 2");
    }

    [Fact]
    public void Should_report_a_record_cut_short_in_a_plain_archive()
    {
        // Given an uncompressed archive whose last record lacks its end
        var whole = Response("https://news.example/1", Utf8(ArabicHtml()));
        var last = Response("https://news.example/2", Utf8(ArabicHtml()));
        byte[] cut = [.. whole, .. last[..(last.Length - 100)]];

        // When read
        var results = ReadAll(cut, "crawl.warc");

        // Then the first record is a page and the second one error naming it
        results.Should().HaveCount(2);
        results[0].Page.Should().NotBeNull();
        results[1].Error!.Origin.Should().Be("crawl.warc#2");
        results[1].Error!.Message.Should().StartWith("truncated record");
    }

    [Fact]
    public void Should_report_a_broken_record_and_go_on_with_the_next()
    {
        // Given garbage, then a record without Content-Length, then a good record
        var noLength = Utf8("WARC/1.0\r\nWARC-Type: response\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<html></html>\r\n\r\n");
        byte[] warc = [.. Response("https://news.example/1", Utf8(ArabicHtml())), .. Utf8("garbage line\r\nmore garbage\r\n"), .. noLength, .. Response("https://news.example/2", Utf8(ArabicHtml()))];

        // When read
        var results = ReadAll(warc, "broken.warc");

        // Then both good records are read and each broken part is one error between them
        results.Select(r => r.Page?.Url ?? r.Error!.ToString()).Should().Equal(
            "https://news.example/1",
            $"broken.warc#2: not a WARC record header at byte offset {Response("https://news.example/1", Utf8(ArabicHtml())).Length}",
            "broken.warc#3: missing or invalid Content-Length",
            "https://news.example/2");
    }
}
