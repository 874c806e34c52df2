using System.Diagnostics;
using System.Globalization;
using Marsad.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Marsad.Bench;

/// <summary>
/// <c>stories-update --data DIR [--rounds N] [--keep OUT]</c>: the story update that ends an ingest,
/// alone: a copy of the store in <c>DIR</c> has its stories and clustering state cleared, then
/// <c>UpdateStoriesAsync</c> places every article again as an ingest's last step does; prints wall
/// and CPU seconds per round (best of N) and keeps the last copy in <c>OUT</c> for a
/// <c>sqlite3 .dump</c> against another build's.
/// </summary>
public sealed class StoriesUpdateHarness : IHarness
{
    /// <inheritdoc/>
    public string Name => "stories-update";

    /// <inheritdoc/>
    public string Description => "the ingest's final story update alone, on a copy of a store with its stories cleared --data DIR [--rounds N] [--keep OUT]";

    /// <inheritdoc/>
    public int Run(string[] args)
    {
        string? data = null, keep = null;
        var rounds = 3;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--data": data = args[i + 1]; break;
                case "--keep": keep = args[i + 1]; break;
                case "--rounds": rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: Console.Error.WriteLine($"stories-update: unknown option {args[i]}"); return 2;
            }
        }
        if (data is null || !File.Exists(Path.Combine(data, "marsad.db")))
        {
            Console.Error.WriteLine("stories-update: --data DIR must hold a store (marsad.db)");
            return 2;
        }
        var (bestWall, bestCpu) = (double.MaxValue, double.MaxValue);
        for (var round = 0; round < rounds; round++)
        {
            var folder = keep ?? Directory.CreateTempSubdirectory("marsad-stories-update-").FullName;
            try
            {
                Directory.CreateDirectory(folder);
                File.Copy(Path.Combine(data, "marsad.db"), Path.Combine(folder, "marsad.db"), overwrite: true);
                Reset(Path.Combine(folder, "marsad.db"));
                double wall, cpu;
                using (var store = SqliteArticleStore.Open(folder))
                {
                    var cpuBefore = CpuSeconds();
                    var clock = Stopwatch.StartNew();
                    store.UpdateStoriesAsync().GetAwaiter().GetResult();
                    (wall, cpu) = (clock.Elapsed.TotalSeconds, CpuSeconds() - cpuBefore);
                }
                (bestWall, bestCpu) = (Math.Min(bestWall, wall), Math.Min(bestCpu, cpu));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round + 1}: {wall:F2} s wall, {cpu:F2} CPU s"));
            }
            finally
            {
                if (keep is null)
                {
                    SqliteConnection.ClearAllPools();
                    Directory.Delete(folder, recursive: true);
                }
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"best of {rounds}: {bestWall:F2} s wall, {bestCpu:F2} CPU s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB"));
        return 0;
    }

    // As a store whose articles were all stored since the last update: no stories, nothing placed.
    private static void Reset(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM stories; DELETE FROM story_articles; DELETE FROM merged_events; DELETE FROM story_terms;
            DELETE FROM term_frequencies; DELETE FROM dirty_stories;
            UPDATE store_state SET value = 0 WHERE key IN ('placed_through', 'frequency_documents', 'stories_need_rebuild');
            UPDATE store_state SET value = 1 WHERE key = 'stories_stale';
            """;
        command.ExecuteNonQuery();
    }

    private static double CpuSeconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }
}
