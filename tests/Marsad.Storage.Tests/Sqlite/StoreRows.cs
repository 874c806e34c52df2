using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Tests.Sqlite;

/// <summary>Every row of every table of a store, as sorted text lines: two stores hold the same data exactly when these are equal.</summary>
internal static class StoreRows
{
    private static readonly string[] Tables = ["articles", "entities", "quotes", "events", "inputs"];

    public static IReadOnlyList<string> Dump(string directory)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(directory, "marsad.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var lines = new List<string>();
        foreach (var table in Tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table}";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var values = Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture));
                lines.Add($"{table}|{string.Join('|', values)}");
            }
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
