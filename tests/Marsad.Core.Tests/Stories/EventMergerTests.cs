using Marsad.Core.Events;
using Marsad.Core.Stories;

namespace Marsad.Core.Tests.Stories;

public sealed class EventMergerTests
{
    private static readonly EventActor Russia = new("موسكو", "Russia", "RUS", "RUSGOV");
    private static readonly EventActor Putin = new("بوتين", "Vladimir Putin", "RUS", "RUSGOV");
    private static readonly EventActor Iran = new("طهران", "Iran", "IRN", "IRNGOV");

    private static readonly Story Dated = new("s1", "قمة", new DateOnly(2015, 11, 23), new DateOnly(2015, 11, 24), ["a", "b", "c"]);

    private static ReportedEvent Report(string article, string? outlet, EventActor source, DateOnly? date, string cameo = "043", bool negated = false) =>
        new(article, outlet, date, new Event
        {
            Source = source,
            Target = Iran,
            Plover = PloverType.Consult,
            Cameo = cameo,
            QuadClass = 1,
            Goldstein = 2.8,
            Negated = negated,
            Date = date,
            Trigger = "زار",
            Sentence = $"جملة من {article}",
            Start = 0,
            End = 10,
        });

    [Fact]
    public void Should_count_one_meeting_reported_by_three_outlets_over_two_days_once()
    {
        // Given the visit reported on the day and the next day, naming the state or the president
        var reports = new[]
        {
            Report("a", "outlet-1", Russia, new DateOnly(2015, 11, 23)),
            Report("b", "outlet-2", Putin, new DateOnly(2015, 11, 24)),
            Report("c", "outlet-2", Putin, new DateOnly(2015, 11, 23), cameo: "042"),
        };

        // When merged
        var merged = EventMerger.Merge(Dated, reports);

        // Then it is one event with its counts, the earliest date and the first report's sentence
        var e = merged.Should().ContainSingle().Subject;
        e.NumArticles.Should().Be(3);
        e.NumSources.Should().Be(2);
        e.Date.Should().Be(new DateOnly(2015, 11, 23));
        e.Cameo.Should().Be("043");
        e.Source!.Name.Should().Be("Vladimir Putin");
        e.ArticleIds.Should().BeEquivalentTo(["a", "b", "c"]);
        e.ExampleSentence.Should().Be("جملة من a");
    }

    [Fact]
    public void Should_keep_a_denial_and_a_later_meeting_apart()
    {
        var reports = new[]
        {
            Report("a", "outlet-1", Russia, new DateOnly(2015, 11, 23)),
            Report("b", "outlet-2", Russia, new DateOnly(2015, 11, 23), negated: true),
            Report("c", "outlet-3", Russia, new DateOnly(2015, 11, 30)),
        };

        var merged = EventMerger.Merge(Dated, reports);

        merged.Should().HaveCount(3);
        merged.Select(m => m.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Should_give_an_undated_report_the_storys_date()
    {
        var reports = new[] { Report("a", "outlet-1", Russia, new DateOnly(2015, 11, 23)), Report("b", null, Russia, null) };

        var merged = EventMerger.Merge(Dated, reports);

        merged.Should().ContainSingle().Which.NumArticles.Should().Be(2);
    }

    [Fact]
    public void Should_give_the_same_ids_whatever_the_order_of_reports()
    {
        var reports = new[]
        {
            Report("a", "outlet-1", Russia, new DateOnly(2015, 11, 23)),
            Report("b", "outlet-2", Russia, new DateOnly(2015, 11, 30)),
        };

        EventMerger.Merge(Dated, reports).Select(m => m.Id).Should().Equal(EventMerger.Merge(Dated, reports.Reverse()).Select(m => m.Id));
    }
}
