using Dapper;
using Marsad.Core.Documents;
using Marsad.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Tests.Sqlite;

/// <summary>
/// A store an earlier version left mid-ingest with story work pending (schema 5's <c>pending_frequencies</c>,
/// written only by the removed <c>ingest --stories-every</c>): the next update rebuilds its stories whole.
/// </summary>
public sealed class EarlierStoreTests
{
    [Fact]
    public async Task Should_rebuild_the_stories_of_a_store_left_with_pending_frequencies()
    {
        // Given an undated report placed first, then dated reports of the same visit stored after it, in two stores
        using var temp = new TempFolder();
        var undated = IncrementalStoriesTests.Rewrite with { Input = "0/undated.txt", Published = null, PublishedFrom = null, Events = [] };
        Document[] later = [IncrementalStoriesTests.Visit, IncrementalStoriesTests.Reprint, IncrementalStoriesTests.Departure];
        foreach (var folder in new[] { "left", "rebuilt" })
        {
            using var store = SqliteArticleStore.Open(temp.Sub(folder));
            await store.WriteAsync(SampleDocuments.Entries([undated]));
            await store.UpdateStoriesAsync();
            await store.WriteAsync(SampleDocuments.Entries(later));
        }

        // and one of them holding a pending row as an update during an ingest wrote it (one term counted in 2 documents)
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(temp.Sub("left"), SqliteArticleStore.FileName)};Pooling=False"))
        {
            connection.Open();
            var counts = new byte[12];
            BitConverter.TryWriteBytes(counts.AsSpan(0, 8), 12345UL).Should().BeTrue();
            BitConverter.TryWriteBytes(counts.AsSpan(8, 4), 2).Should().BeTrue();
            connection.Execute("INSERT INTO pending_frequencies (through, counts) VALUES (1, @counts)", new { counts });
        }

        // When that store's stories are updated, and the other's rebuilt
        using (var store = SqliteArticleStore.Open(temp.Sub("left")))
        {
            await store.UpdateStoriesAsync();
        }
        using (var store = SqliteArticleStore.Open(temp.Sub("rebuilt")))
        {
            await store.RebuildStoriesAsync();
        }

        // Then nothing is left pending, and the stories are the rebuild's (founded on a dated report, not on the
        // undated one an incremental update would have kept)
        using (var connection = StoryTables.Connect(temp.Sub("left")))
        {
            connection.ExecuteScalar<long>("SELECT count(*) FROM pending_frequencies").Should().Be(0);
            connection.ExecuteScalar<string>("SELECT story_id FROM story_articles WHERE article_id = @Id", new { IncrementalStoriesTests.Visit.Id })
                .Should().NotBe(undated.Id);
        }
        StoryTables.Rows(temp.Sub("left"), withSummaries: true).Should().Equal(StoryTables.Rows(temp.Sub("rebuilt"), withSummaries: true));
    }
}
