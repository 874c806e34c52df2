using Marsad.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Tests.Sqlite;

/// <summary>
/// The checkpoints run on their own connection after each batch (<see cref="WalCheckpointer"/>): the rows reach the
/// database file while the store is open, and closing the store still leaves one whole file with no WAL beside it.
/// </summary>
public sealed class WalCheckpointTests
{
    [Fact]
    public async Task ClosingLeavesTheWholeFileAndNoWal()
    {
        using var folder = new TempFolder();
        using (var store = SqliteArticleStore.Open(folder.Path))
        {
            for (var batch = 0; batch < 5; batch++)
            {
                await store.WriteAsync(SampleDocuments.Entries(Enumerable.Range(batch * 10, 10).Select(n => SampleDocuments.Numbered(n))));
            }
        }
        var path = Path.Combine(folder.Path, SqliteArticleStore.FileName);
        Assert.False(File.Exists(path + "-wal"), "the WAL was left beside the file: a connection closed after the writer");
        // The file alone, read without its WAL, holds every row.
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM articles";
        Assert.Equal(50L, (long)count.ExecuteScalar()!);
    }

    [Fact]
    public async Task TheBatchesReachTheFileWhileTheStoreIsOpen()
    {
        using var folder = new TempFolder();
        using var store = SqliteArticleStore.Open(folder.Path);
        await store.WriteAsync(SampleDocuments.Entries(Enumerable.Range(0, 20).Select(n => SampleDocuments.Numbered(n))));
        var path = Path.Combine(folder.Path, SqliteArticleStore.FileName);
        // The writer's own checkpoint only runs past 64 MB of WAL: a file that grows comes from the checkpointer.
        var before = new FileInfo(path).Length;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        for (var next = 1000; new FileInfo(path).Length == before && DateTime.UtcNow < deadline; next++)
        {
            // Each batch starts another checkpoint if the last one is done.
            await store.WriteAsync(SampleDocuments.Entries(SampleDocuments.Numbered(next)));
            await Task.Delay(50);
        }
        Assert.True(new FileInfo(path).Length > before, "no checkpoint copied the batches into the file");
    }
}
