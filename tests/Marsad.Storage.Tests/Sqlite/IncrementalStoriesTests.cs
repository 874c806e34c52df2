using Dapper;
using Marsad.Core;
using Marsad.Core.Documents;
using Marsad.Core.Events;
using Marsad.Core.Extraction;
using Marsad.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Tests.Sqlite;

/// <summary>
/// Stories placed incrementally at each ingest (<see cref="SqliteArticleStore.UpdateStoriesAsync"/>):
/// what an ingest split in two gives, what re-ingesting changes, and what a rebuild restores.
/// </summary>
public sealed class IncrementalStoriesTests
{
    // Articles written for these tests: one visit reported by four outlets over three days
    // (one a near-verbatim reprint), the same leaders two years later, and two unrelated reports.
    private const string VisitLead = "استقبل ولي العهد السعودي رئيس وزراء باكستان في قصر اليمامة بالرياض اليوم، وبحث الجانبان العلاقات الثنائية وسبل تعزيز التعاون الاقتصادي والاستثمارات المشتركة بين البلدين.";

    internal static readonly Document Visit = Article("a/visit-one.txt", "Outlet One", 14, "ولي العهد السعودي يستقبل رئيس وزراء باكستان في الرياض",
        VisitLead + " وحضر الاستقبال عدد من الوزراء والمسؤولين من الجانبين، وجرى خلاله استعراض فرص الاستثمار في قطاعات الطاقة والتعدين.", withEvent: true);

    internal static readonly Document Reprint = Article("a/visit-two.txt", "Outlet Two", 14, "الرياض: مباحثات بين ولي العهد ورئيس وزراء باكستان",
        VisitLead + " وحضر الاستقبال عدد من الوزراء والمسؤولين من الجانبين، وجرى خلاله استعراض فرص الاستثمار في قطاعات الطاقة والتعدين والزراعة.", withEvent: true);

    internal static readonly Document Rewrite = Article("a/visit-three.txt", "Outlet Three", 15, "مباحثات سعودية باكستانية في الرياض حول التعاون الاقتصادي",
        "بحث ولي العهد السعودي مع رئيس وزراء باكستان في الرياض أمس العلاقات الثنائية وسبل تعزيز التعاون الاقتصادي والاستثمارات المشتركة، خلال استقباله في قصر اليمامة. وتناولت المباحثات فرص الاستثمار في الطاقة والتعدين والتطورات الإقليمية.", withEvent: true);

    private static readonly Document Fair = Article("a/fair.txt", "Outlet One", 14, "افتتاح معرض جدة الدولي للكتاب بمشاركة أربعمئة دار نشر",
        "افتتح أمير منطقة مكة المكرمة معرض جدة الدولي للكتاب بمشاركة أربعمئة دار نشر من ثلاثين دولة، ويستمر المعرض عشرة أيام تتخللها ندوات وأمسيات شعرية وورش عمل للأطفال.");

    internal static readonly Document Departure = Article("b/visit-four.txt", "Outlet Four", 16, "رئيس وزراء باكستان يغادر الرياض بعد مباحثات مع ولي العهد السعودي",
        "غادر رئيس وزراء باكستان الرياض اليوم بعد زيارة رسمية استقبله خلالها ولي العهد السعودي في قصر اليمامة، وبحث الجانبان العلاقات الثنائية وتعزيز التعاون الاقتصادي والاستثمارات المشتركة بين البلدين.", withEvent: true);

    private static readonly Document Rain = Article("b/rain.txt", "Outlet Two", 16, "أمطار غزيرة وسيول في منطقة عسير",
        "هطلت أمطار غزيرة على عدد من محافظات منطقة عسير أمس، وجرت السيول في الأودية، ودعا الدفاع المدني السكان إلى الابتعاد عن مجاري السيول وعدم المجازفة بعبورها.");

    private static readonly Document LaterVisit = Article("b/visit-later.txt", "Outlet One", 14, "ولي العهد السعودي يستقبل رئيس وزراء باكستان في الرياض",
        VisitLead.Replace("اليوم", "مساء الأحد", StringComparison.Ordinal) + " وتناول اللقاء مشروعات الربط الكهربائي والتبادل التجاري بين البلدين.", year: 2023);

    private static readonly Document[] First = [Visit, Fair, Reprint, Rewrite];
    private static readonly Document[] Second = [Departure, Rain, LaterVisit];

    [Fact]
    public async Task Should_place_articles_of_two_ingests_as_one_ingest_of_both_places_them()
    {
        // Given a store fed in two ingests, and one fed both at once in the same order
        using var temp = new TempFolder();
        using (var split = SqliteArticleStore.Open(temp.Sub("split")))
        {
            await IngestAsync(split, First);
            await IngestAsync(split, Second);
        }
        using (var whole = SqliteArticleStore.Open(temp.Sub("whole")))
        {
            await IngestAsync(whole, [.. First, .. Second]);
        }

        // Then both hold the same stories, members, clustering state and merged events
        // (a summary is written when its story changes: the second ingest leaves the others' as they were)
        StoryRows(temp.Sub("split")).Should().Equal(StoryRows(temp.Sub("whole")));
        StoryRows(temp.Sub("split")).Should().Contain(l => l.StartsWith("merged_events|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_group_reports_of_one_visit_and_keep_other_happenings_apart_across_ingests()
    {
        // Given the two ingests
        using var temp = new TempFolder();
        using var store = SqliteArticleStore.Open(temp.Sub("data"));
        await IngestAsync(store, First);
        await IngestAsync(store, Second);

        // Then the reprint is in its twin's story, the same leaders two years later and the unrelated reports are not
        var storyOf = await StoryOfAsync(store, [.. First, .. Second]);
        storyOf[Reprint.Id].Should().Be(storyOf[Visit.Id]);
        storyOf[LaterVisit.Id].Should().NotBe(storyOf[Visit.Id]);
        storyOf[Fair.Id].Should().NotBe(storyOf[Visit.Id]);
        storyOf[Rain.Id].Should().NotBe(storyOf[Departure.Id]);

        // And every article is in exactly one story, and the story counts agree
        var stories = await store.GetStoriesAsync();
        stories.SelectMany(s => s.Articles.Select(a => a.Id)).Should().BeEquivalentTo(storyOf.Keys);
        (await store.GetStatsAsync()).Stories.Should().Be(stories.Count);
    }

    [Fact]
    public async Task Should_change_nothing_when_the_same_articles_are_ingested_again()
    {
        // Given a store after two ingests
        using var temp = new TempFolder();
        using var store = SqliteArticleStore.Open(temp.Sub("data"));
        await IngestAsync(store, First);
        await IngestAsync(store, Second);
        var before = StoryRows(temp.Sub("data"), withSummaries: true);

        // When both are ingested again
        var written = await store.WriteAsync(SampleDocuments.Entries([.. First, .. Second]));
        var stale = await store.StoriesAreStaleAsync();
        await store.UpdateStoriesAsync();

        // Then nothing was written, nothing is stale, and no story row changed
        written.Added.Should().Be(0);
        written.Replaced.Should().Be(0);
        stale.Should().BeFalse();
        StoryRows(temp.Sub("data"), withSummaries: true).Should().Equal(before);
    }

    [Fact]
    public async Task Should_recompute_the_merged_events_of_a_story_whose_article_is_replaced()
    {
        // Given a visit stored and placed
        using var temp = new TempFolder();
        using var store = SqliteArticleStore.Open(temp.Sub("data"));
        await IngestAsync(store, [Visit, Reprint]);
        var storyId = await store.GetStoryIdOfArticleAsync(Visit.Id);

        // When the same text comes from an input that sorts first, with a date a day earlier
        var earlier = Visit with { Input = "0/visit.txt", Published = Visit.Published!.Value.AddDays(-1), Events = [Meeting(Visit.Published.Value.AddDays(-1))] };
        await IngestAsync(store, [earlier]);

        // Then the story still holds it, and its merged events now count that report on its date
        (await store.GetStoryIdOfArticleAsync(Visit.Id)).Should().Be(storyId);
        var events = (await store.GetEventsAsync(new EventFilter())).Where(e => e.StoryId == storyId).ToList();
        events.Should().Contain(e => e.Date == earlier.Published && e.ArticleIds.Contains(Visit.Id));
    }

    [Fact]
    public async Task Should_found_the_story_on_its_first_dated_report_when_rebuilt_whatever_came_first()
    {
        // Given an undated rewrite of the visit ingested before any dated report of it
        using var temp = new TempFolder();
        using var store = SqliteArticleStore.Open(temp.Sub("data"));
        var undated = Rewrite with { Input = "0/undated.txt", Published = null, PublishedFrom = null, Events = [] };
        await IngestAsync(store, [undated]);
        await IngestAsync(store, [Visit, Reprint, Departure]);
        var incremental = await StoryOfAsync(store, [undated, Visit, Reprint]);

        // When stories are rebuilt from scratch (dated articles first, by date, then undated ones)
        await store.RebuildStoriesAsync();
        var rebuilt = await StoryOfAsync(store, [undated, Visit, Reprint]);

        // Then in ingest order the undated report founded the story the dated ones joined; the rebuild
        // founds it on a report of the visit's first day, the reprint still with its twin
        incremental[Visit.Id].Should().Be(undated.Id);
        incremental[Reprint.Id].Should().Be(undated.Id);
        rebuilt[Visit.Id].Should().BeOneOf(Visit.Id, Reprint.Id);
        rebuilt[Reprint.Id].Should().Be(rebuilt[Visit.Id]);
        var story = (await store.GetStoryAsync(rebuilt[Visit.Id]))!;
        story.FirstDate.Should().Be(Visit.Published);
    }

    [Fact]
    public async Task Should_continue_incrementally_after_a_rebuild_as_after_an_ingest()
    {
        // Given two stores holding the first articles, one of them rebuilt
        using var temp = new TempFolder();
        using var rebuilt = SqliteArticleStore.Open(temp.Sub("rebuilt"));
        await IngestAsync(rebuilt, First);
        await rebuilt.RebuildStoriesAsync();

        // When the second articles are ingested into it
        await IngestAsync(rebuilt, Second);

        // Then the departure joins the visit's story, and the rebuild's state was complete enough to resume from
        var storyOf = await StoryOfAsync(rebuilt, [.. First, .. Second]);
        storyOf[Reprint.Id].Should().Be(storyOf[Visit.Id]);
        storyOf[LaterVisit.Id].Should().NotBe(storyOf[Visit.Id]);
        using var connection = Connect(temp.Sub("rebuilt"));
        connection.ExecuteScalar<long>("SELECT value FROM store_state WHERE key = 'frequency_documents'").Should().Be(First.Length + Second.Length);
        connection.ExecuteScalar<long>("SELECT sum(article_count) FROM stories").Should().Be(First.Length + Second.Length);
    }

    private static async Task IngestAsync(SqliteArticleStore store, Document[] documents)
    {
        await store.WriteAsync(SampleDocuments.Entries(documents));
        await store.UpdateStoriesAsync();
        await store.CompactAsync();
    }

    private static async Task<Dictionary<string, string>> StoryOfAsync(SqliteArticleStore store, Document[] documents)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            result[d.Id] = (await store.GetStoryIdOfArticleAsync(d.Id))!;
        }
        return result;
    }

    // The story tables as sorted lines; summaries only when asked (see the first test).
    private static List<string> StoryRows(string directory, bool withSummaries = false) => StoryTables.Rows(directory, withSummaries);

    private static SqliteConnection Connect(string directory) => StoryTables.Connect(directory);

    private static Document Article(string input, string source, int day, string title, string text, bool withEvent = false, int year = 2021) => new()
    {
        Id = Pipeline.ContentId(text),
        Input = input,
        Source = source,
        Title = title,
        Published = new DateOnly(year, 3, day),
        PublishedFrom = DateSource.Input,
        Language = "ar",
        Text = text,
        Events = withEvent ? [Meeting(new DateOnly(year, 3, day))] : [],
    };

    private static Event Meeting(DateOnly date) => SampleDocuments.Consult(
        new EventActor("ولي العهد السعودي", "Mohammed bin Salman", "SAU", "SAUGOV"), new EventActor("رئيس وزراء باكستان", null, "PAK", "PAKGOV"), date, VisitLead);
}
