using Marsad.Core.Reading;
using static Marsad.Core.Tests.Reading.ReadingFixtures;

namespace Marsad.Core.Tests.Reading;

public sealed class JsonLinesReaderTests
{
    [Fact]
    public void Should_read_text_and_html_records_with_their_fields()
    {
        // Given a text record with every optional field and an html record with none
        var jsonl = $$"""
            {"text": "{{ArabicSentence}}", "url": "https://news.example/1", "title": "لقاء في القاهرة", "date": "2015-11-23", "source": "الوطن"}
            {"html": "<p>{{SecondSentence}}</p>"}
            """;

        // When read
        var pages = ReadAll(Utf8(jsonl), "corpus.jsonl").Select(r => r.Page!).ToList();

        // Then the first is a text page with its fields, the second an html page
        pages.Should().HaveCount(2);
        pages[0].Should().BeEquivalentTo(new RawPage
        {
            Origin = "corpus.jsonl#1",
            Content = ArabicSentence,
            Kind = ContentKind.Text,
            Url = "https://news.example/1",
            Title = "لقاء في القاهرة",
            Date = new DateOnly(2015, 11, 23),
            Source = "الوطن",
        });
        pages[1].Kind.Should().Be(ContentKind.Html);
        pages[1].Origin.Should().Be("corpus.jsonl#2");
    }

    [Fact]
    public void Should_report_each_bad_line_by_number_and_read_the_good_ones()
    {
        // Given good lines around an unclosed string, a bare array, a record without text and a blank line
        var jsonl = string.Join('\n',
            "{\"text\": \"نص أول\"}",
            "{\"text\": \"نص مقطوع}",
            "[1, 2]",
            "",
            "{\"title\": \"بلا نص\"}",
            "{\"text\": \"نص أخير\"}");

        // When read
        var results = ReadAll(Utf8(jsonl), "corpus.jsonl");

        // Then each line gives one result in order, errors naming their line
        results.Select(r => r.Page?.Content ?? r.Error!.ToString()).Should().Equal(
            "نص أول",
            "corpus.jsonl#2: invalid JSON (line 2, position 20)",
            "corpus.jsonl#3: a JSON array, not an object",
            "corpus.jsonl#5: no \"text\" or \"html\" field with content",
            "نص أخير");
    }

    [Theory]
    // an ISO date
    [InlineData("\"date\": \"2015-11-23\"", "2015-11-23")]
    // an ISO date-time late in the evening east of Greenwich: the publisher's own date
    [InlineData("\"date\": \"2015-11-23T23:30:00+03:00\"", "2015-11-23")]
    // a date-time with a space and no offset
    [InlineData("\"published\": \"2015-11-23 10:00:00\"", "2015-11-23")]
    // unix seconds as a number
    [InlineData("\"timestamp\": 1448272800", "2015-11-23")]
    // unix seconds as a string
    [InlineData("\"timestamp\": \"1448272800\"", "2015-11-23")]
    // unix milliseconds
    [InlineData("\"timestamp\": 1448272800000", "2015-11-23")]
    // an RFC 822 date as feeds write it
    [InlineData("\"published\": \"Mon, 23 Nov 2015 10:00:00 GMT\"", "2015-11-23")]
    // date wins over published
    [InlineData("\"published\": \"2014-01-01\", \"date\": \"2015-11-23\"", "2015-11-23")]
    // a form we do not know is unknown, not a guess
    [InlineData("\"date\": \"الاثنين 23 نوفمبر\"", null)]
    public void Should_read_the_date_forms_records_use(string field, string? expected)
    {
        // Given a record with a date field
        var line = $"{{\"text\": \"نص\", {field}}}";

        // When read
        var page = ReadAll(Utf8(line), "d.jsonl").Single().Page!;

        // Then the date is the expected calendar date
        page.Date.Should().Be(expected is null ? null : DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Should_let_the_user_date_win_and_fill_missing_url_and_source()
    {
        // Given a record with a date and a source but no url
        var line = "{\"text\": \"نص\", \"date\": \"2015-11-23\", \"source\": \"الوطن\"}";
        var options = new ReadOptions { Date = new DateOnly(2016, 1, 2), Url = "https://given.example/", Source = "given", AsArticle = true };

        // When read with --date, --url, --source and --as-article
        var page = ReadAll(Utf8(line), "o.jsonl", options).Single().Page!;

        // Then --date wins, --url fills the gap, the record's source stays, and IsArticle is set
        page.Date.Should().Be(new DateOnly(2016, 1, 2));
        page.Url.Should().Be("https://given.example/");
        page.Source.Should().Be("الوطن");
        page.IsArticle.Should().BeTrue();
    }

    [Fact]
    public void Should_read_text_over_html_for_clean_articles()
    {
        // Given a record with both html and text
        var line = "{\"html\": \"<p>صفحة</p>\", \"text\": \"مقال\"}";

        // When read normally and with --as-article
        var page = ReadAll(Utf8(line), "b.jsonl").Single().Page!;
        var article = ReadAll(Utf8(line), "b.jsonl", new ReadOptions { AsArticle = true }).Single().Page!;

        // Then html is read by default and text for a clean corpus
        page.Content.Should().Be("<p>صفحة</p>");
        article.Content.Should().Be("مقال");
    }
}
