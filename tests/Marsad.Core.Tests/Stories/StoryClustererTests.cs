using Marsad.Core.Stories;

namespace Marsad.Core.Tests.Stories;

public sealed class StoryClustererTests
{
    // One meeting, told by two outlets in their own words.
    private static readonly StoryArticle MeetingA = new()
    {
        Id = "a",
        Date = new DateOnly(2019, 3, 4),
        Source = "outlet-1",
        Title = "وزير الخارجية العماني يلتقي نظيره الإيراني في مسقط لبحث أمن الملاحة",
        Text = "التقى وزير الخارجية العماني في مسقط اليوم نظيره الإيراني، وبحث الجانبان أمن الملاحة في مضيق هرمز " +
               "وسبل خفض التوتر في الخليج، كما تناولا مشروع خط الغاز المشترك بين البلدين.",
        Actors = ["OMN", "IRN"],
    };

    private static readonly StoryArticle MeetingB = new()
    {
        Id = "b",
        Date = new DateOnly(2019, 3, 5),
        Source = "outlet-2",
        Title = "مباحثات عمانية إيرانية في مسقط حول أمن الملاحة في مضيق هرمز",
        Text = "أجرى وزير الخارجية الإيراني مباحثات في مسقط مع نظيره العماني تركزت على أمن الملاحة في مضيق هرمز " +
               "وخفض التوتر في منطقة الخليج، إضافة إلى خط الغاز المشترك الذي يربط البلدين.",
        Actors = ["IRN", "OMN"],
    };

    private static readonly StoryArticle FillerA = new()
    {
        Id = "f1",
        Date = new DateOnly(2019, 3, 4),
        Source = "outlet-1",
        Title = "ارتفاع أسعار الذهب في الأسواق المحلية",
        Text = "ارتفعت أسعار الذهب في الأسواق المحلية بنسبة طفيفة مع زيادة الطلب قبل موسم الأعراس، وقال تجار إن الإقبال تحسن.",
    };

    private static readonly StoryArticle FillerB = new()
    {
        Id = "f2",
        Date = new DateOnly(2019, 3, 5),
        Source = "outlet-2",
        Title = "افتتاح معرض للكتاب في العاصمة بمشاركة مئتي دار نشر",
        Text = "افتتح في العاصمة معرض الكتاب السنوي بمشاركة مئتي دار نشر عربية وأجنبية، ويستمر المعرض عشرة أيام.",
    };

    private static string StoryOf(IReadOnlyList<Story> stories, string id) => stories.Single(s => s.ArticleIds.Contains(id)).Id;

    [Fact]
    public void Should_group_two_rewrites_of_one_meeting_from_different_outlets()
    {
        // When the meeting reports and unrelated news are clustered
        var stories = StoryClusterer.Cluster([MeetingA, FillerA, MeetingB, FillerB]);

        // Then both reports share a story, and the unrelated articles stand alone
        StoryOf(stories, "a").Should().Be(StoryOf(stories, "b"));
        StoryOf(stories, "f1").Should().NotBe(StoryOf(stories, "a"));
        stories.Should().HaveCount(3);
        stories.SelectMany(s => s.ArticleIds).Should().BeEquivalentTo(["a", "b", "f1", "f2"]);
    }

    [Fact]
    public void Should_not_group_the_same_leaders_meeting_years_apart()
    {
        // Given a report of a meeting between the same ministers, worded alike, five years later
        var later = MeetingB with { Id = "c", Date = new DateOnly(2024, 6, 10) };

        var stories = StoryClusterer.Cluster([MeetingA, FillerA, later, FillerB]);

        StoryOf(stories, "a").Should().NotBe(StoryOf(stories, "c"));
    }

    [Fact]
    public void Should_put_an_undated_report_in_the_dated_story_without_moving_its_dates()
    {
        // Given the second report without a date
        var undated = MeetingB with { Date = null };

        var stories = StoryClusterer.Cluster([MeetingA, FillerA, undated, FillerB]);

        // Then it joins the dated story, whose dates stay those of the dated report
        var story = stories.Single(s => s.ArticleIds.Contains("b"));
        story.ArticleIds.Should().Contain("a");
        story.FirstDate.Should().Be(MeetingA.Date);
        story.LastDate.Should().Be(MeetingA.Date);
    }

    [Fact]
    public void Should_put_an_exact_reprint_in_its_twins_story_whatever_its_title()
    {
        var reprint = MeetingA with { Id = "r", Source = "outlet-3", Title = "أخبار" };

        var stories = StoryClusterer.Cluster([MeetingA, FillerA, reprint]);

        StoryOf(stories, "r").Should().Be(StoryOf(stories, "a"));
    }

    [Fact]
    public void Should_give_every_article_exactly_one_story_and_be_deterministic()
    {
        StoryArticle[] all = [FillerB, MeetingB, FillerA, MeetingA];

        var first = StoryClusterer.Cluster(all);
        var second = StoryClusterer.Cluster(all.Reverse().ToArray());

        first.SelectMany(s => s.ArticleIds).Should().OnlyHaveUniqueItems().And.HaveCount(4);
        first.Select(s => (s.Id, string.Join(',', s.ArticleIds))).Should().Equal(second.Select(s => (s.Id, string.Join(',', s.ArticleIds))));
    }
}
