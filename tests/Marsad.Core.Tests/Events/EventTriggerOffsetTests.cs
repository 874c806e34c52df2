using Marsad.Core.Documents;
using Marsad.Core.Reading;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Every coded event says where its trigger word is in the article, so that a page can mark the words that prove it.
/// Sentences written for these tests.
/// </summary>
public sealed class EventTriggerOffsetTests
{
    private const string Article = """
        زيارة رسمية
        استقبل الرئيس المصري في القاهرة اليوم وزير الخارجية الروسي وبحث معه الأوضاع في المنطقة.
        وفي وقت لاحق، اتهمت الحكومة العراقية تنظيم داعش بتنفيذ الهجوم على سوق في بغداد.
        ورفضت طهران الاتهامات الأمريكية بشأن ناقلات النفط.
        """;

    [Fact]
    public void Should_give_each_event_the_offsets_of_its_trigger_in_the_article()
    {
        // Given an article of three reports
        var page = new RawPage { Origin = "visit.txt", Content = Article, Kind = ContentKind.Text, Date = new DateOnly(2019, 6, 14) };

        // When it is processed
        var document = new Pipeline().Process(page);

        // Then events are found, and each trigger's offsets lie in its sentence and spell the trigger
        document.Events.Should().NotBeEmpty();
        foreach (var e in document.Events)
        {
            e.TriggerStart.Should().NotBeNull();
            e.TriggerEnd.Should().NotBeNull();
            e.TriggerStart!.Value.Should().BeInRange(e.Start, e.End);
            e.TriggerEnd!.Value.Should().BeInRange(e.TriggerStart.Value + 1, e.End);
            document.Text[e.TriggerStart.Value..e.TriggerEnd.Value].Should().Be(e.Trigger);
        }
    }

    [Fact]
    public void Should_write_the_trigger_offsets_in_the_document_json()
    {
        // Given a processed article
        var document = new Pipeline().Process(new RawPage { Origin = "visit.txt", Content = Article, Kind = ContentKind.Text });

        // When it is written as JSON and read back
        var json = DocumentJson.Serialize(document);
        var back = DocumentJson.Deserialize(json)!;

        // Then the offsets are fields of each event, kept through the round trip
        json.Should().Contain("\"trigger_start\":").And.Contain("\"trigger_end\":");
        back.Events.Select(e => (e.TriggerStart, e.TriggerEnd)).Should().Equal(document.Events.Select(e => (e.TriggerStart, e.TriggerEnd)));
    }
}
