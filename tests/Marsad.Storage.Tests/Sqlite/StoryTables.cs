using System.Globalization;
using Marsad.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Tests.Sqlite;

/// <summary>The story tables of a store read back as sorted lines, so two stores can be compared row for row.</summary>
internal static class StoryTables
{
    /// <summary>
    /// Every row of the story tables, one line each, sorted. Summaries are left blank unless
    /// <paramref name="withSummaries"/>; the <c>stories_stale</c> flag is left out when <paramref name="withoutStaleFlag"/>
    /// (a store between updates and one just updated differ only there).
    /// </summary>
    public static List<string> Rows(string directory, bool withSummaries, bool withoutStaleFlag = false)
    {
        using var connection = Connect(directory);
        var lines = new List<string>();
        var queries = new[]
        {
            $"SELECT 'stories', id, ordinal, title, first_date, last_date, {(withSummaries ? "summary" : "''")}, article_count, hex(centroid), actors, event_keys FROM stories",
            "SELECT 'story_articles', * FROM story_articles",
            "SELECT 'merged_events', * FROM merged_events",
            "SELECT 'story_terms', * FROM story_terms",
            "SELECT 'term_frequencies', * FROM term_frequencies",
            withoutStaleFlag ? "SELECT 'store_state', * FROM store_state WHERE key <> 'stories_stale'" : "SELECT 'store_state', * FROM store_state",
        };
        foreach (var query in queries)
        {
            using var command = connection.CreateCommand();
            command.CommandText = query;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                lines.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
            }
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>A read-only connection to the store in <paramref name="directory"/>, not pooled (the test deletes the file after).</summary>
    public static SqliteConnection Connect(string directory)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(directory, SqliteArticleStore.FileName)};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }
}
