using System.IO.Compression;
using Marsad.Core.Reading;
using Marsad.Testing;
using static Marsad.Core.Tests.Reading.ReadingFixtures;

namespace Marsad.Core.Tests.Reading;

public sealed class ZipReaderTests
{
    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("empty-folder/");
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(bytes);
            }
        }
        return output.ToArray();
    }

    [Fact]
    public void Should_read_each_entry_like_a_file_in_a_folder()
    {
        // Given a ZIP holding a JSON array, a page and a gzip JSON Lines file in a subfolder
        var zip = Zip(
            ("sub/lines.jsonl.gz", GzipMembers(Utf8("{\"text\": \"ج\"}\n"))),
            ("page.html", Utf8(ArabicHtml())),
            ("dump.json", Utf8("[{\"text\": \"أ\"}, {\"text\": \"ب\"}]")));

        // When read
        var pages = ReadAll(zip, "corpus.zip").Select(r => r.Page!).ToList();

        // Then every entry is read in ordinal order, named under the archive
        pages.Select(p => p.Origin).Should().Equal("corpus.zip/dump.json#1", "corpus.zip/dump.json#2", "corpus.zip/page.html", "corpus.zip/sub/lines.jsonl.gz#1");
        pages[2].Kind.Should().Be(ContentKind.Html);
    }

    [Fact]
    public void Should_read_a_zip_from_a_stream_that_cannot_seek()
    {
        // Given a ZIP arriving on stdin
        var zip = Zip(("a.txt", Utf8(ArabicSentence)));
        using var stream = new ForwardOnly(zip);

        // When read
        var page = new InputReader(ReadOptions.Default).Read(stream, "-").Single().Page!;

        // Then its entry is read all the same
        page.Origin.Should().Be("-/a.txt");
        page.Content.Should().Be(ArabicSentence);
    }

    [Fact]
    public void Should_report_a_broken_zip_as_one_error()
    {
        // Given a ZIP whose central directory is cut off
        var zip = Zip(("a.txt", Utf8(ArabicSentence)));
        var cut = zip[..(zip.Length - 30)];

        // When read
        var results = ReadAll(cut, "cut.zip");

        // Then it is one error naming the archive
        results.Should().ContainSingle().Which.Error!.Origin.Should().Be("cut.zip");
    }

    [SkippableFact]
    public void Should_read_a_real_dataset_zip_of_arabic_news()
    {
        // Given one day of SaudiNewsNet: a ZIP holding one JSON array of articles
        var path = SharedData.PathOrSkip("saudinewsnet/2015-07-23.zip");

        // When read
        var results = new InputReader(ReadOptions.Default).Read([path]).ToList();

        // Then every element is a text page with its outlet, URL and crawl date, but the few with empty content
        var pages = results.Where(r => r.Page != null).Select(r => r.Page!).ToList();
        pages.Should().HaveCountGreaterThan(500);
        pages.Should().OnlyContain(p => p.Kind == ContentKind.Text && p.Source != null && p.Url != null && p.FetchDate != null && p.Date == null);
        results.Where(r => r.Error != null).Should().HaveCountLessThan(results.Count / 50)
            .And.OnlyContain(r => r.Error!.Message == "no \"text\" or \"html\" field with content");
        results[0].Page!.Origin.Should().Be($"{path}/2015-07-23.json#1");
    }

    private sealed class ForwardOnly(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
