using Marsad.Core.Reading;
using static Marsad.Core.Tests.Reading.ReadingFixtures;

namespace Marsad.Core.Tests.Reading;

public sealed class FeedReaderTests
{
    private const string Rss = $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>أخبار</title>
            <link>https://news.example/</link>
            <description>آخر الأخبار</description>
            <item>
              <title>لقاء في القاهرة</title>
              <link>https://news.example/1</link>
              <description>ملخص قصير</description>
              <content:encoded><![CDATA[<p>{ArabicSentence}</p>]]></content:encoded>
              <pubDate>Mon, 23 Nov 2015 22:30:00 +0300</pubDate>
            </item>
            <item>
              <title>اجتماع الحكومة</title>
              <link>https://news.example/2</link>
              <description>&lt;p&gt;{SecondSentence}&lt;/p&gt;</description>
              <pubDate>الاثنين ٢٣ نوفمبر</pubDate>
            </item>
          </channel>
        </rss>
        """;

    [Fact]
    public void Should_read_each_rss_item_with_its_full_content_title_link_and_date()
    {
        // Given an RSS feed: one item with content:encoded, one with only a description and an Arabic pubDate
        var bytes = Utf8(Rss);

        // When read
        var pages = ReadAll(bytes, "feed.xml").Select(r => r.Page!).ToList();

        // Then each item is a page: full content first, else the description
        pages.Should().HaveCount(2);
        pages[0].Should().BeEquivalentTo(new RawPage
        {
            Origin = "feed.xml#1",
            Content = $"<p>{ArabicSentence}</p>",
            Kind = ContentKind.Html,
            Url = "https://news.example/1",
            Title = "لقاء في القاهرة",
            Date = new DateOnly(2015, 11, 23),
        });
        pages[1].Content.Should().Be($"<p>{SecondSentence}</p>");
        // an item date in a form we cannot read is unknown, and the item is still read
        pages[1].Date.Should().BeNull();
    }

    [Fact]
    public void Should_read_atom_entries_with_content_or_summary()
    {
        // Given an Atom feed: one entry with html content, one with a text summary
        var atom = $"""
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>أخبار</title><id>urn:feed</id><updated>2015-11-24T08:00:00Z</updated>
              <entry>
                <title>لقاء في القاهرة</title><id>urn:1</id>
                <link rel="alternate" href="https://news.example/1"/>
                <published>2015-11-22T09:00:00+02:00</published><updated>2015-11-24T08:00:00Z</updated>
                <content type="html">&lt;p&gt;{ArabicSentence}&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>اجتماع الحكومة</title><id>urn:2</id>
                <link href="https://news.example/2"/>
                <updated>2015-11-21T12:00:00Z</updated>
                <summary type="text">{SecondSentence}</summary>
              </entry>
            </feed>
            """;

        // When read
        var pages = ReadAll(Utf8(atom), "feed.atom").Select(r => r.Page!).ToList();

        // Then content wins over summary, published over updated
        pages.Select(p => p.Url).Should().Equal("https://news.example/1", "https://news.example/2");
        pages[0].Content.Should().Be($"<p>{ArabicSentence}</p>");
        pages[0].Date.Should().Be(new DateOnly(2015, 11, 22));
        pages[1].Content.Should().Be(SecondSentence);
        pages[1].Date.Should().Be(new DateOnly(2015, 11, 21));
    }

    [Fact]
    public void Should_read_a_feed_declared_in_windows_1256()
    {
        // Given an RSS feed encoded in windows-1256, as its XML declaration says
        var rss = Rss.Replace("utf-8", "windows-1256", StringComparison.Ordinal);
        var bytes = CodePage(1256).GetBytes(rss);

        // When read
        var page = ReadAll(bytes, "feed.rss").First().Page!;

        // Then the Arabic title and content are intact
        page.Title.Should().Be("لقاء في القاهرة");
        page.Content.Should().Contain(ArabicSentence);
    }

    [Theory]
    // XML cut in the middle of an item
    [InlineData("<rss version=\"2.0\"><channel><title>x</title><item><title>y", "feed.xml: invalid XML")]
    // well-formed XML that is not a feed
    [InlineData("<?xml version=\"1.0\"?><urlset><url/></urlset>", "feed.xml: not an RSS 2.0 or Atom feed (root element <urlset>)")]
    public void Should_report_a_broken_feed_as_one_error(string xml, string expected)
    {
        // Given a broken feed
        var bytes = Utf8(xml);

        // When read
        var results = ReadAll(bytes, "feed.xml");

        // Then it is one error naming the feed
        results.Should().ContainSingle().Which.Error!.ToString().Should().StartWith(expected);
    }
}
