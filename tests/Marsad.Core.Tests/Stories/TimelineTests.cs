using Marsad.Core.Events;
using Marsad.Core.Stories;

namespace Marsad.Core.Tests.Stories;

public sealed class TimelineTests
{
    private static MergedEvent Merged(string id, EventActor source, EventActor target, DateOnly? date, PloverType type, int quad, double goldstein, bool negated = false) => new()
    {
        Id = id,
        StoryId = "s",
        Date = date,
        Source = source,
        Target = target,
        Plover = type,
        Cameo = "000",
        QuadClass = quad,
        Goldstein = goldstein,
        Negated = negated,
        NumArticles = 2,
        NumSources = 1,
        ExampleSentence = "",
        Evidence = new("x", 0, 0),
        ArticleIds = ["x"],
    };

    private static readonly EventActor Rus = new("روسيا", "Russia", "RUS", "RUSGOV");
    private static readonly EventActor Tur = new("تركيا", "Turkey", "TUR", "TURGOV");
    private static readonly EventActor TurMil = new("الجيش التركي", null, "TUR", "TURMIL");
    private static readonly EventActor Fra = new("فرنسا", "France", "FRA", "FRAGOV");

    [Fact]
    public void Should_count_events_both_ways_per_month_with_empty_months_between()
    {
        // Given a meeting in January, an attack by the Turkish army in March, and events with a third state
        MergedEvent[] events =
        [
            Merged("1", Rus, Tur, new DateOnly(2015, 1, 10), PloverType.Consult, 1, 1.0),
            Merged("2", TurMil, Rus, new DateOnly(2015, 3, 24), PloverType.Assault, 4, -10),
            Merged("3", Rus, Tur, new DateOnly(2015, 3, 30), PloverType.Accuse, 3, -2),
            Merged("4", Rus, Fra, new DateOnly(2015, 2, 1), PloverType.Consult, 1, 1.0),
            Merged("5", Rus, Tur, new DateOnly(2015, 2, 1), PloverType.Agree, 1, 3.0, negated: true),
            Merged("6", Rus, Tur, null, PloverType.Agree, 1, 3.0),
        ];

        // When the Russia–Turkey timeline is built by country code
        var timeline = Timeline.Build(events, "RUS", "TUR");

        // Then it spans January to March, February empty, March's mean Goldstein over both events
        timeline.Periods.Select(p => p.Start).Should().Equal(new DateOnly(2015, 1, 1), new DateOnly(2015, 2, 1), new DateOnly(2015, 3, 1));
        timeline.Periods.Select(p => p.Events).Should().Equal(1, 0, 2);
        timeline.Periods[2].MeanGoldstein.Should().Be(-6);
        timeline.Periods[1].MeanGoldstein.Should().BeNull();
        timeline.Periods[2].ByQuadClass.Should().Equal(0, 0, 1, 1);
        timeline.Periods[2].ByPlover[(int)PloverType.Assault].Should().Be(1);
    }

    [Fact]
    public void Should_match_actors_by_code_or_name_and_be_empty_when_they_never_met()
    {
        MergedEvent[] events = [Merged("1", Rus, Tur, new DateOnly(2015, 1, 10), PloverType.Consult, 1, 1.0)];

        Timeline.Build(events, "russia", "TURGOV").Periods.Should().ContainSingle();
        Timeline.Build(events, "FRA", "TUR").Periods.Should().BeEmpty();
    }

    [Fact]
    public void Should_start_weeks_on_monday()
    {
        // 2015-11-26 was a Thursday
        MergedEvent[] events = [Merged("1", Rus, Tur, new DateOnly(2015, 11, 26), PloverType.Consult, 1, 1.0)];

        Timeline.Build(events, "RUS", "TUR", TimelineGranularity.Week).Periods.Single().Start.Should().Be(new DateOnly(2015, 11, 23));
    }
}
