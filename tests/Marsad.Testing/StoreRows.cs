using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Marsad.Testing;

/// <summary>Every row of every table of a store, as sorted text lines: two stores hold the same data exactly when these are equal.</summary>
public static class StoreRows
{
    /// <summary>The tables each article's own transaction writes.</summary>
    public static readonly IReadOnlyList<string> ArticleTables = ["articles", "entities", "quotes", "events", "inputs"];

    /// <summary>Every table of the store: the articles' and the stories' state.</summary>
    public static readonly IReadOnlyList<string> AllTables =
        [.. ArticleTables, "stories", "story_articles", "merged_events", "story_terms", "term_frequencies", "pending_frequencies", "dirty_stories", "article_features", "store_state"];

    /// <summary>The rows of <paramref name="tables"/> (all tables when null) of the store in <paramref name="folder"/>, sorted.</summary>
    public static IReadOnlyList<string> Dump(string folder, IReadOnlyList<string>? tables = null)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "marsad.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var lines = new List<string>();
        foreach (var table in tables ?? AllTables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table}";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var values = Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture));
                lines.Add($"{table}|{string.Join('|', values)}");
            }
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>How many inputs a store has recorded, or -1 while it cannot be read yet.</summary>
    public static long CountInputs(string folder)
    {
        try
        {
            using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "marsad.db")};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM inputs";
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return -1;
        }
    }
}
