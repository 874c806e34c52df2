using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using FsCheck.Xunit;
using Marsad.Core.Reading;
using Marsad.Testing;
using static Marsad.Core.Tests.Reading.ReadingFixtures;

namespace Marsad.Core.Tests.Reading;

public sealed class InputReaderTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("marsad-reading-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(_folder.FullName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Should_pass_a_crawl_txt_page_whole_as_text()
    {
        // Given a crawl page: title on the first line, menus around the article
        var text = "لقاء في القاهرة\nالرئيسية | سياسة | اقتصاد\n" + ArabicSentence + "\nجميع الحقوق محفوظة";

        // When read
        var page = ReadAll(Utf8(text), "page.txt").Single().Page!;

        // Then the whole text is the content, title line included
        page.Should().BeEquivalentTo(new RawPage { Origin = "page.txt", Content = text, Kind = ContentKind.Text });
    }

    [Fact]
    public void Should_read_an_html_file_as_html()
    {
        // Given an HTML page on disk
        var path = Write("page.html", Utf8(ArabicHtml("utf-8")));

        // When read by path
        var page = new InputReader(ReadOptions.Default).Read([path]).Single().Page!;

        // Then it is one HTML page whose origin is the path as given
        page.Kind.Should().Be(ContentKind.Html);
        page.Origin.Should().Be(path);
        page.Content.Should().Contain(ArabicSentence);
    }

    [Fact]
    public void Should_read_a_txt_file_that_holds_html_as_html()
    {
        // Given HTML saved under a .txt name
        var bytes = Utf8(ArabicHtml());

        // When read
        var page = ReadAll(bytes, "saved.txt").Single().Page!;

        // Then the content decides
        page.Kind.Should().Be(ContentKind.Html);
    }

    [Fact]
    public void Should_read_a_gzip_compressed_page()
    {
        // Given a windows-1256 page compressed as page.html.gz
        var html = ArabicHtml();
        var bytes = GzipMembers(CodePage(1256).GetBytes(html));

        // When read
        var page = ReadAll(bytes, "page.html.gz").Single().Page!;

        // Then it is decompressed and decoded
        page.Content.Should().Be(html);
        page.Kind.Should().Be(ContentKind.Html);
    }

    [Theory]
    // no bytes at all
    [InlineData(new byte[0], "empty.txt: empty file")]
    // only white space
    [InlineData(new byte[] { 0x20, 0x0A, 0x0D, 0x0A }, "blank.txt: empty file")]
    // a PNG header: NUL bytes
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D }, "x.bin: binary content, not a page")]
    // a ZIP signature with nothing after it
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00 }, "x.zip: not a readable ZIP archive")]
    // gzip magic followed by garbage
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }, "bad.gz: corrupt gzip stream after record 0")]
    public void Should_report_inputs_that_are_not_pages(byte[] bytes, string expected)
    {
        // Given an input that holds no page
        var name = expected[..expected.IndexOf(':', StringComparison.Ordinal)];

        // When read
        var results = ReadAll(bytes, name);

        // Then it is one error line naming the input and what is wrong
        results.Should().ContainSingle().Which.Error!.ToString().Should().StartWith(expected);
    }

    [Fact]
    public void Should_report_random_bytes_as_binary()
    {
        // Given a megabyte of random bytes
        var bytes = new byte[1 << 20];
        new Random(7).NextBytes(bytes);

        // When read
        var results = ReadAll(bytes, "noise.dat");

        // Then it is one error
        results.Should().ContainSingle().Which.Error!.Message.Should().Be("binary content, not a page");
    }

    [Fact]
    public void Should_read_a_folder_recursively_in_ordinal_order()
    {
        // Given pages in a folder and its subfolders, written out of order
        Write("b/2.txt", Utf8("ب"));
        Write("a.txt", Utf8("أ"));
        Write("b/1.html", Utf8("<html><body>ج</body></html>"));
        Write("B.txt", Utf8("د"));

        // When the folder is read
        var pages = new InputReader(ReadOptions.Default).Read([_folder.FullName]).Select(r => r.Page!).ToList();

        // Then every file is read, in ordinal order of their paths
        pages.Select(p => Path.GetRelativePath(_folder.FullName, p.Origin)).Should().Equal("B.txt", "a.txt", Path.Combine("b", "1.html"), Path.Combine("b", "2.txt"));
    }

    [Fact]
    public void Should_report_a_missing_path_and_go_on()
    {
        // Given a missing path before a good one
        var good = Write("good.txt", Utf8(ArabicSentence));
        var missing = Path.Combine(_folder.FullName, "missing.txt");

        // When both are read
        var results = new InputReader(ReadOptions.Default).Read([missing, good]).ToList();

        // Then the first is an error and the second a page
        results[0].Error!.ToString().Should().Be($"{missing}: no such file or folder");
        results[1].Page!.Content.Should().Be(ArabicSentence);
    }

    [Fact]
    public void Should_read_a_stream_named_like_stdin()
    {
        // Given JSON Lines arriving on a stream that cannot seek, named "-"
        var bytes = Utf8("{\"text\": \"أ\"}\n{\"text\": \"ب\"}\n");
        using var stream = new NonSeekable(bytes);

        // When read
        var pages = new InputReader(ReadOptions.Default).Read(stream, "-").Select(r => r.Page!).ToList();

        // Then records are numbered on the stdin name
        pages.Select(p => p.Origin).Should().Equal("-#1", "-#2");
    }

    [Fact]
    public void Should_stream_records_without_reading_the_whole_input()
    {
        // Given a large JSON Lines input whose stream fails beyond its first 256 KB
        var bytes = Utf8(string.Concat(Enumerable.Repeat("{\"text\": \"" + ArabicSentence + "\"}\n", 20_000)));
        using var stream = new NonSeekable(bytes, readLimit: 256 * 1024);

        // When only the first results are taken
        var first = new InputReader(ReadOptions.Default).Read(stream, "big.jsonl").Take(3).ToList();

        // Then they come out without the reader touching the rest
        first.Should().HaveCount(3).And.OnlyContain(r => r.Page != null);
        bytes.Length.Should().BeGreaterThan(2 * 1024 * 1024);
    }

    [SkippableFact]
    public void Should_read_and_decode_every_page_of_a_real_benchmark_folder()
    {
        // Given 181 real news pages, gzip-compressed, in their sites' own encodings, with gold article texts
        var root = SharedData.PathOrSkip("article-extraction-benchmark");
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "ground-truth.json")));

        // When the folder is read
        var results = new InputReader(ReadOptions.Default).Read([Path.Combine(root, "html")]).ToList();

        // Then every file is one HTML page, and nearly every page holds its article's opening words
        // (the few misses are articles whose gold text is not verbatim in the markup)
        results.Should().HaveCount(181).And.OnlyContain(r => r.Page != null && r.Page.Kind == ContentKind.Html);
        var found = results.Count(r =>
        {
            var id = Path.GetFileName(r.Page!.Origin).Split('.')[0];
            var body = gold.RootElement.GetProperty(id).GetProperty("articleBody").GetString()!;
            return VisibleText(r.Page.Content).Contains(string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(6)), StringComparison.Ordinal);
        });
        found.Should().BeGreaterThanOrEqualTo(170);
    }

    [SkippableTheory]
    // a UTF-8 page re-encoded in windows-1256, its declaration removed: detection alone
    [InlineData("goose3_test_cnn_arabic.html", 1256)]
    [InlineData("newspaper_arabic_article.html", 1256)]
    // the same in ISO-8859-6
    [InlineData("goose3_test_cnn_arabic.html", 28596)]
    public void Should_decode_a_real_arabic_page_in_a_legacy_code_page_without_declaration(string file, int codePage)
    {
        // Given a real Arabic news page, its charset declarations removed, encoded in a legacy code page
        var html = Regex.Replace(File.ReadAllText(SharedData.PathOrSkip($"html-extraction-arabic/{file}")), "charset=[\"']?[-\\w]+", "", RegexOptions.IgnoreCase);
        var encoding = CodePage(codePage);
        var bytes = encoding.GetBytes(html);

        // When read
        var page = ReadAll(bytes, "real.html").Single().Page!;

        // Then it comes out as the page (up to characters the code page cannot hold)
        page.Content.Should().Be(encoding.GetString(bytes));
        page.Content.Should().Contain("دمشق");
    }

    private static string VisibleText(string html) =>
        Regex.Replace(WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", " ")), "\\s+", " ");

    [Property(MaxTest = 200)]
    public bool Should_never_throw_and_yield_a_page_or_an_error_for_any_bytes(byte[] bytes, byte prefix)
    {
        // Given any bytes, sometimes behind the start of a format the reader knows
        byte[] input = (prefix % 5) switch
        {
            0 => [.. "WARC/1.0\r\n"u8, .. bytes],
            1 => GzipMembers(bytes),
            2 => [.. "{\"text\""u8, .. bytes],
            3 => [.. "<rss version=\"2.0\">"u8, .. bytes],
            _ => bytes,
        };

        // When read
        var results = ReadAll(input, "any.bin");

        // Then each result is exactly one of a page and an error
        return results.All(r => (r.Page is null) != (r.Error is null));
    }

    /// <summary>A stream like stdin: no seeking; optionally fails when asked for bytes beyond a limit.</summary>
    private sealed class NonSeekable(byte[] bytes, long readLimit = long.MaxValue) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        // MemoryStream's span overload falls back to this one in derived types.
        public override int Read(byte[] buffer, int offset, int count)
        {
            if (Position >= readLimit)
            {
                throw new InvalidOperationException("read past the limit");
            }
            return base.Read(buffer, offset, count);
        }
    }
}
