using System.Text.Json;
using Marsad.Core.Documents;
using Marsad.Core.Extraction;

namespace Marsad.Core.Tests.Documents;

public sealed class DocumentJsonTests
{
    [Fact]
    public void Should_write_every_contract_field_in_snake_case_with_nulls()
    {
        // Given a document with unknown url, source and date
        var doc = new Document { Id = "ab", Input = "x.txt", Title = "عنوان", Text = "نص", PublishedFrom = null };

        // When it is serialized
        using var json = JsonDocument.Parse(DocumentJson.Serialize(doc));

        // Then every field of the contract is present, unknowns as null
        string[] fields = ["id", "input", "url", "source", "title", "published", "published_from", "language", "genre", "text", "entities", "quotes", "events"];
        json.RootElement.EnumerateObject().Select(p => p.Name).Should().Equal(fields);
        json.RootElement.GetProperty("published").ValueKind.Should().Be(JsonValueKind.Null);
        json.RootElement.GetProperty("title").GetString().Should().Be("عنوان");
    }

    [Fact]
    public void Should_write_dates_as_iso_and_date_sources_in_lower_case()
    {
        var doc = new Document { Id = "ab", Input = "x", Title = "", Text = "", Published = new DateOnly(2015, 11, 23), PublishedFrom = DateSource.Crawl };

        var line = DocumentJson.Serialize(doc);

        line.Should().Contain("\"published\":\"2015-11-23\"").And.Contain("\"published_from\":\"crawl\"");
    }

    [Fact]
    public void Should_give_equal_ids_to_texts_that_differ_only_in_diacritics_and_spacing()
    {
        Pipeline.ContentId("قالَ  الوزيرُ").Should().Be(Pipeline.ContentId("قال الوزير"));
        Pipeline.ContentId("قال الوزير").Should().NotBe(Pipeline.ContentId("قال الرئيس"));
    }
}
