using System.Globalization;
using Marsad.Core;
using Marsad.Core.Documents;
using Marsad.Core.Extraction;
using Marsad.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Tests.Sqlite;

/// <summary>
/// Story updates during an ingest: the clustering state kept in memory between updates
/// (<see cref="SqliteArticleStore.KeepsClusteringState"/>) gives what reloading it gives, and
/// <see cref="IngestWriter"/>'s updates every few articles leave a store a re-run completes.
/// </summary>
public sealed class StoryUpdateDuringIngestTests
{
    // Articles written for these tests: three reports of a flood, two of a summit, a reprint of one
    // flood report, and unrelated items, so that later chunks join stories founded by earlier ones.
    private static readonly Document[] Articles =
    [
        Article("c/01.txt", 3, "سيول تجتاح قرى في جنوب اليمن", "اجتاحت سيول جارفة قرى في محافظة لحج جنوب اليمن، وجرفت منازل ومزارع، وقالت السلطات المحلية إن فرق الإنقاذ انتشلت عددا من العالقين."),
        Article("c/02.txt", 3, "قمة خليجية في الدوحة تبحث الأمن الإقليمي", "بدأت في الدوحة أعمال القمة الخليجية بحضور قادة دول مجلس التعاون، وتبحث القمة الأمن الإقليمي والتكامل الاقتصادي ومشروع السكك الحديدية."),
        Article("c/03.txt", 4, "ارتفاع ضحايا سيول لحج في اليمن", "ارتفع عدد ضحايا السيول الجارفة في محافظة لحج جنوب اليمن، وقالت السلطات المحلية إن فرق الإنقاذ ما زالت تبحث عن مفقودين في القرى المنكوبة."),
        Article("c/04.txt", 4, "افتتاح مهرجان للتمور في القصيم", "افتتح أمير منطقة القصيم مهرجان التمور السنوي بمشاركة مئات المزارعين، ويستمر المهرجان أسبوعين تعرض فيه أصناف التمور ومنتجاتها."),
        Article("c/05.txt", 4, "القمة الخليجية تختتم أعمالها في الدوحة", "اختتمت القمة الخليجية أعمالها في الدوحة بإعلان يدعو إلى تعزيز الأمن الإقليمي والتكامل الاقتصادي بين دول مجلس التعاون وتسريع مشروع السكك الحديدية."),
        Article("c/06.txt", 5, "سيول لحج: مساعدات عاجلة للقرى المنكوبة", "وصلت مساعدات عاجلة إلى القرى المنكوبة بالسيول الجارفة في محافظة لحج جنوب اليمن، فيما تواصل فرق الإنقاذ البحث عن مفقودين."),
        Article("c/07.txt", 5, "سيول تجتاح قرى في جنوب اليمن", "اجتاحت سيول جارفة قرى في محافظة لحج جنوب اليمن، وجرفت منازل ومزارع، وقالت السلطات المحلية إن فرق الإنقاذ انتشلت عددا من العالقين وأجلت الأسر."),
        Article("c/08.txt", 6, "انطلاق بطولة آسيا للسباحة في الكويت", "انطلقت في الكويت بطولة آسيا للسباحة بمشاركة سباحين من عشرين دولة، وتستمر المنافسات خمسة أيام في مجمع الشيخ سعد العبدالله."),
    ];

    [Fact]
    public async Task Should_place_as_reloading_the_state_does_when_the_state_is_kept_between_updates()
    {
        // Given the same chunks written and placed one after another, by a store keeping the clustering
        // state between its updates and by one reloading it, with a replacement in the third chunk
        using var temp = new TempFolder();
        var replacement = Articles[0] with { Input = "0/first.txt", Published = Articles[0].Published!.Value.AddDays(-1) };
        Document[][] chunks = [Articles[..3], Articles[3..5], [replacement, .. Articles[5..7]], Articles[7..]];
        foreach (var (folder, keep) in new[] { ("kept", true), ("reloaded", false) })
        {
            using var store = SqliteArticleStore.Open(temp.Sub(folder));
            store.KeepsClusteringState = keep;
            foreach (var chunk in chunks)
            {
                await store.WriteAsync(SampleDocuments.Entries(chunk));
                await store.UpdateStoriesAsync();
            }
        }

        // Then both hold the same stories, summaries, members, term index, frequencies and merged events
        var kept = StoryRows(temp.Sub("kept"));
        kept.Should().Equal(StoryRows(temp.Sub("reloaded")));
        kept.Count(l => l.StartsWith("story_articles|", StringComparison.Ordinal)).Should().Be(Articles.Length);
    }

    [Fact]
    public async Task Should_reload_the_state_when_another_connection_changed_the_stories()
    {
        // Given a store keeping its state, whose stories another store on the same folder rebuilds between two updates
        using var temp = new TempFolder();
        using (var store = SqliteArticleStore.Open(temp.Sub("kept")))
        {
            store.KeepsClusteringState = true;
            await store.WriteAsync(SampleDocuments.Entries(Articles[..4]));
            await store.UpdateStoriesAsync();
            using (var other = SqliteArticleStore.Open(temp.Sub("kept")))
            {
                await other.RebuildStoriesAsync();
            }
            await store.WriteAsync(SampleDocuments.Entries(Articles[4..]));
            await store.UpdateStoriesAsync();
        }

        // And the same steps by a store reloading its state each time
        using (var store = SqliteArticleStore.Open(temp.Sub("reloaded")))
        {
            await store.WriteAsync(SampleDocuments.Entries(Articles[..4]));
            await store.UpdateStoriesAsync();
            await store.RebuildStoriesAsync();
            await store.WriteAsync(SampleDocuments.Entries(Articles[4..]));
            await store.UpdateStoriesAsync();
        }

        // Then the kept state was not used past the rebuild: the stores are the same
        StoryRows(temp.Sub("kept")).Should().Equal(StoryRows(temp.Sub("reloaded")));
    }

    [Fact]
    public async Task Should_leave_a_store_the_re_run_completes_when_killed_after_an_update_during_the_ingest()
    {
        // Given an ingest writing one article per batch and updating the stories every three articles,
        // stopped (the store closed) before its last update
        using var temp = new TempFolder();
        int placedAtStop;
        using (var store = SqliteArticleStore.Open(temp.Sub("stopped")))
        {
            store.KeepsClusteringState = true;
            var writer = new IngestWriter(store, storiesEvery: 3, batchSize: 1);
            foreach (var article in Articles)
            {
                await writer.WriteAsync(SampleDocuments.Entries([article]), CancellationToken.None);
            }
            await writer.FinishAsync(CancellationToken.None);
            writer.StoryUpdates.Should().BeGreaterThan(0);
            placedAtStop = PlacedArticles(temp.Sub("stopped"));
        }
        var deferredAtStop = (Count(temp.Sub("stopped"), "pending_frequencies"), Count(temp.Sub("stopped"), "dirty_stories"));

        // When the store is opened again and its stories updated, as the re-run does
        using (var store = SqliteArticleStore.Open(temp.Sub("stopped")))
        {
            (await store.StoriesAreStaleAsync()).Should().BeTrue();
            await store.UpdateStoriesAsync();
            await store.CompactAsync();
        }

        // And the same articles ingested with one update at the end
        using (var store = SqliteArticleStore.Open(temp.Sub("whole")))
        {
            await store.WriteAsync(SampleDocuments.Entries(Articles));
            await store.UpdateStoriesAsync();
            await store.CompactAsync();
        }

        // Then the stopped ingest had placed part of the articles, and the re-run placed the rest as the
        // whole ingest did: same stories, members, term index, frequencies and merged events (summaries
        // are written with the frequencies of the update that last touched their story)
        placedAtStop.Should().BeInRange(3, Articles.Length - 1);
        deferredAtStop.Item1.Should().BeGreaterThan(0, "the updates during the ingest leave their frequencies pending");
        deferredAtStop.Item2.Should().BeGreaterThan(0, "and the stories they touched last unsummarized");
        (Count(temp.Sub("stopped"), "pending_frequencies"), Count(temp.Sub("stopped"), "dirty_stories")).Should().Be((0, 0));
        StoryRows(temp.Sub("stopped"), withSummaries: false).Should().Equal(StoryRows(temp.Sub("whole"), withSummaries: false));
    }

    [Fact]
    public async Task Should_complete_the_deferred_work_of_updates_during_the_ingest_after_a_reload()
    {
        // Given the same chunks placed by deferring updates then a last full update, by a store keeping its state and
        // by stores closed and opened again after each chunk (as a crashed ingest's re-run does), and by one update at the end
        using var temp = new TempFolder();
        Document[][] chunks = [Articles[..3], Articles[3..5], Articles[5..7], Articles[7..]];
        var (pendingRows, dirtyRows) = (0, 0);
        using (var store = SqliteArticleStore.Open(temp.Sub("kept")))
        {
            store.KeepsClusteringState = true;
            foreach (var chunk in chunks[..^1])
            {
                await store.WriteAsync(SampleDocuments.Entries(chunk));
                await store.PlaceStoriesAsync();
            }
            await store.WriteAsync(SampleDocuments.Entries(chunks[^1]));
            (pendingRows, dirtyRows) = (Count(temp.Sub("kept"), "pending_frequencies"), Count(temp.Sub("kept"), "dirty_stories"));
            await store.UpdateStoriesAsync();
        }
        foreach (var chunk in chunks[..^1])
        {
            using var store = SqliteArticleStore.Open(temp.Sub("reopened"));
            await store.WriteAsync(SampleDocuments.Entries(chunk));
            await store.PlaceStoriesAsync();
        }
        using (var store = SqliteArticleStore.Open(temp.Sub("reopened")))
        {
            await store.WriteAsync(SampleDocuments.Entries(chunks[^1]));
            await store.UpdateStoriesAsync();
        }
        using (var store = SqliteArticleStore.Open(temp.Sub("whole")))
        {
            await store.WriteAsync(SampleDocuments.Entries(Articles));
            await store.UpdateStoriesAsync();
        }

        // Then before the last update the frequencies of the chunks were pending and the stories of the last chunk dirty,
        // and after it nothing is left over: the reopened store (frequencies read back from the pending rows) holds
        // what the kept one holds, summaries included, and both place as the one update at the end does
        pendingRows.Should().Be(chunks.Length - 1);
        dirtyRows.Should().BeGreaterThan(0);
        var kept = StoryRows(temp.Sub("kept"));
        foreach (var folder in new[] { "kept", "reopened" })
        {
            Count(temp.Sub(folder), "pending_frequencies").Should().Be(0);
            Count(temp.Sub(folder), "dirty_stories").Should().Be(0);
        }
        kept.Should().Equal(StoryRows(temp.Sub("reopened")));
        kept.Should().NotContain(l => l.StartsWith("stories|", StringComparison.Ordinal) && l.Split('|')[6].Length == 0, "every story is summarized");
        StoryRows(temp.Sub("kept"), withSummaries: false).Should().Equal(StoryRows(temp.Sub("whole"), withSummaries: false));
    }

    private static int Count(string directory, string table)
    {
        using var connection = Connect(directory);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static int PlacedArticles(string directory)
    {
        using var connection = Connect(directory);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM story_articles";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    // The story tables as sorted lines, the stale flag left out.
    private static List<string> StoryRows(string directory, bool withSummaries = true) => StoryTables.Rows(directory, withSummaries, withoutStaleFlag: true);

    private static SqliteConnection Connect(string directory) => StoryTables.Connect(directory);

    private static Document Article(string input, int day, string title, string text) => new()
    {
        Id = Pipeline.ContentId(text),
        Input = input,
        Source = "Outlet",
        Title = title,
        Published = new DateOnly(2022, 8, day),
        PublishedFrom = DateSource.Input,
        Language = "ar",
        Text = text,
    };
}
