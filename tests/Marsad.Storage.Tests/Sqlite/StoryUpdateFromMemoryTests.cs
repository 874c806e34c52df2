using Dapper;
using Marsad.Core;
using Marsad.Core.Documents;
using Marsad.Core.Events;
using Marsad.Core.Extraction;
using Marsad.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Tests.Sqlite;

/// <summary>
/// The story update reads each new article once, while placing them (in chunks, on its own task), and computes the
/// summaries and merged events of the stories it founded from those articles in memory, on all cores, while it writes
/// the stories' state; stories it did not found (and dirty ones) have their members read from the store. Both ways
/// must give the same rows: a store updated once is compared with the same store whose every story is then
/// summarized again from its stored members.
/// </summary>
public sealed class StoryUpdateFromMemoryTests
{
    private const string TalksLead = "بحث وزير الخارجية الأردني مع نظيره المصري في القاهرة اليوم الأوضاع في المنطقة وسبل تعزيز التعاون الثنائي بين البلدين في مجالات الطاقة والتجارة والنقل.";

    // Reports written for this test: talks reported by three outlets (one a reprint), a flood told twice, a fair.
    private static readonly Document[] Reports =
    [
        Report("t/one.txt", "Outlet One", 5, "وزير الخارجية الأردني يبحث مع نظيره المصري التعاون الثنائي",
            TalksLead + " وأكد الوزيران أهمية التنسيق المستمر بين البلدين إزاء القضايا الإقليمية، واتفقا على عقد اجتماع للجنة العليا المشتركة الشهر المقبل.", talks: true),
        Report("f/one.txt", "Outlet Two", 5, "سيول تجتاح أودية منطقة الباحة بعد أمطار غزيرة",
            "اجتاحت السيول عددا من أودية منطقة الباحة بعد أمطار غزيرة هطلت طوال الليل، وأغلقت فرق الدفاع المدني الطرق المؤدية إلى مجاري الأودية تحسبا لارتفاع منسوب المياه."),
        Report("t/two.txt", "Outlet Two", 5, "مباحثات أردنية مصرية في القاهرة حول التعاون",
            TalksLead + " وأكد الوزيران أهمية التنسيق المستمر بين البلدين إزاء القضايا الإقليمية، واتفقا على عقد اجتماع للجنة العليا المشتركة الشهر القادم.", talks: true),
        Report("c/fair.txt", "Outlet Three", 6, "انطلاق معرض الرياض الدولي للكتاب بمشاركة واسعة",
            "انطلق معرض الرياض الدولي للكتاب بمشاركة أكثر من ألف دار نشر من ثلاثين دولة، ويقدم المعرض برنامجا ثقافيا يشمل ندوات وأمسيات شعرية وورش عمل للأطفال على مدى عشرة أيام."),
        Report("t/three.txt", "Outlet Three", 6, "الأردن ومصر يتفقان على تعزيز التعاون في الطاقة والنقل",
            "اتفق وزير الخارجية الأردني ونظيره المصري خلال مباحثاتهما في القاهرة على تعزيز التعاون الثنائي في مجالات الطاقة والتجارة والنقل، وبحثا الأوضاع في المنطقة وعقد اجتماع للجنة العليا المشتركة.", talks: true),
        Report("f/two.txt", "Outlet One", 6, "الدفاع المدني يحذر من السيول في الباحة",
            "حذر الدفاع المدني سكان منطقة الباحة من الاقتراب من مجاري الأودية بعد السيول التي اجتاحتها إثر أمطار غزيرة، وأغلق عددا من الطرق تحسبا لارتفاع منسوب المياه."),
    ];

    [Fact]
    public async Task Should_write_the_summaries_and_merged_events_that_the_stored_members_give()
    {
        // Given a store whose one update placed every report and summarized every story from memory
        using var temp = new TempFolder();
        var folder = temp.Sub("data");
        using (var store = SqliteArticleStore.Open(folder))
        {
            await store.WriteAsync(SampleDocuments.Entries(Reports));
            await store.UpdateStoriesAsync();
        }
        var once = StoryTables.Rows(folder, withSummaries: true, withoutStaleFlag: true);

        // When every summary and merged event is dropped and every story marked dirty, then updated again: now
        // the members are read from the store and their terms counted from the stored text
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(folder, SqliteArticleStore.FileName)};Pooling=False"))
        {
            connection.Open();
            connection.Execute("UPDATE stories SET summary = ''; DELETE FROM merged_events; INSERT INTO dirty_stories (story_id) SELECT id FROM stories;");
        }
        using (var store = SqliteArticleStore.Open(folder))
        {
            await store.UpdateStoriesAsync();
        }

        // Then the rows are those of the first update, summaries and merged events included
        var again = StoryTables.Rows(folder, withSummaries: true, withoutStaleFlag: true);
        again.Should().Equal(once);
        once.Should().Contain(l => l.StartsWith("merged_events|", StringComparison.Ordinal));
        once.Where(l => l.StartsWith("stories|", StringComparison.Ordinal)).Should().HaveCountLessThan(Reports.Length)
            .And.OnlyContain(l => l.Split('|')[6].Length > 0, "every story has a summary");
    }

    [Fact]
    public async Task Should_place_an_ingest_split_in_small_chunks_as_one_update_does()
    {
        // Given the reports stored and placed by one update, and stored in three writes with an update after each
        using var temp = new TempFolder();
        using (var whole = SqliteArticleStore.Open(temp.Sub("whole")))
        {
            await whole.WriteAsync(SampleDocuments.Entries(Reports));
            await whole.UpdateStoriesAsync();
        }
        using (var split = SqliteArticleStore.Open(temp.Sub("split")))
        {
            foreach (var part in Reports.Chunk(2))
            {
                await split.WriteAsync(SampleDocuments.Entries(part));
                await split.UpdateStoriesAsync();
            }
        }

        // Then the stories, members, clustering state and merged events are the same (summaries aside: a story left
        // untouched by a later update keeps the summary written with the frequencies of its time)
        StoryTables.Rows(temp.Sub("split"), withSummaries: false).Should().Equal(StoryTables.Rows(temp.Sub("whole"), withSummaries: false));
    }

    private static Document Report(string input, string source, int day, string title, string text, bool talks = false) => new()
    {
        Id = Pipeline.ContentId(text),
        Input = input,
        Source = source,
        Title = title,
        Published = new DateOnly(2022, 4, day),
        PublishedFrom = DateSource.Input,
        Language = "ar",
        Text = text,
        Events = talks ? [Talks(new DateOnly(2022, 4, day), text)] : [],
    };

    private static Event Talks(DateOnly date, string text) => SampleDocuments.Consult(
        new EventActor("وزير الخارجية الأردني", "Ayman Safadi", "JOR", "JORGOV"), new EventActor("نظيره المصري", null, "EGY", "EGYGOV"), date,
        text[..text.IndexOf('،', StringComparison.Ordinal)], cameo: "040", goldstein: 1.0, trigger: "بحث");
}
