using Marsad.Core.Reading;
using static Marsad.Core.Tests.Reading.ReadingFixtures;

namespace Marsad.Core.Tests.Reading;

public sealed class JsonArrayReaderTests
{
    [Fact]
    public void Should_read_each_element_of_a_dataset_dump_as_a_page()
    {
        // Given a JSON array as datasets publish them: "content" for the text and a crawl date
        var json = $$"""
            [
              {"source": "الوطن", "url": "https://news.example/1", "date_extracted": "2015-07-21 02:51:32",
               "title": "لقاء في القاهرة", "content": "{{ArabicSentence}}"},
              {"html": "<p>{{SecondSentence}}</p>", "date": "2015-07-20"}
            ]
            """;

        // When read
        var pages = ReadAll(Utf8(json), "dump.json").Select(r => r.Page!).ToList();

        // Then each element is a page numbered from 1; the crawl date is a fetch date only
        pages.Should().HaveCount(2);
        pages[0].Should().BeEquivalentTo(new RawPage
        {
            Origin = "dump.json#1",
            Content = ArabicSentence,
            Kind = ContentKind.Text,
            Url = "https://news.example/1",
            Title = "لقاء في القاهرة",
            Source = "الوطن",
            FetchDate = new DateTimeOffset(2015, 7, 21, 2, 51, 32, TimeSpan.Zero),
        });
        pages[1].Kind.Should().Be(ContentKind.Html);
        pages[1].Date.Should().Be(new DateOnly(2015, 7, 20));
    }

    [Fact]
    public void Should_stream_elements_across_buffer_boundaries_in_order()
    {
        // Given an array of 3,000 records, far larger than the reader's first buffer, with one big element
        var records = Enumerable.Range(1, 3000).Select(i => $"{{\"text\": \"{(i == 1500 ? string.Concat(Enumerable.Repeat(ArabicSentence, 2000)) : ArabicSentence)} {i}\"}}");
        var json = "[" + string.Join(",\n", records) + "]";

        // When read
        var pages = ReadAll(Utf8(json), "big.json").Select(r => r.Page!).ToList();

        // Then every element comes out once, in order
        pages.Should().HaveCount(3000);
        pages.Select(p => p.Content[(p.Content.LastIndexOf(' ') + 1)..]).Should().Equal(Enumerable.Range(1, 3000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        pages[1499].Content.Length.Should().BeGreaterThan(200_000);
    }

    [Theory]
    // a value missing in the second element
    [InlineData("[{\"text\": \"أ\"}, {\"text\": }, {\"text\": \"ب\"}]", "dump.json#2: invalid JSON after element 1")]
    // the file cut inside the second element
    [InlineData("[{\"text\": \"أ\"}, {\"text\": \"ب", "dump.json#2: invalid JSON after element 1")]
    public void Should_keep_the_elements_before_broken_json_and_report_it(string json, string expected)
    {
        // Given an array broken after its first element
        var bytes = Utf8(json);

        // When read
        var results = ReadAll(bytes, "dump.json");

        // Then the first element is a page and the break is one error
        results.Should().HaveCount(2);
        results[0].Page!.Content.Should().Be("أ");
        results[1].Error!.ToString().Should().StartWith(expected);
    }

    [Fact]
    public void Should_report_an_element_that_is_not_a_record()
    {
        // Given an array with a number among records
        var bytes = Utf8("[{\"text\": \"أ\"}, 42, {\"text\": \"ب\"}]");

        // When read
        var results = ReadAll(bytes, "dump.json");

        // Then the number is an error and the records around it are pages
        results.Select(r => r.Page?.Content ?? r.Error!.ToString()).Should().Equal("أ", "dump.json#2: a JSON number, not an object", "ب");
    }
}
