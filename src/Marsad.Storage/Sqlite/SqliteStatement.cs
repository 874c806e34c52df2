using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// One prepared command whose parameters, in the order they appear in its SQL, are set positionally:
/// a statement run once per row is compiled once, not once per row as a new command each time would be.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    public SqliteStatement(SqliteConnection connection, string sql)
    {
        Command = connection.CreateCommand();
        Command.CommandText = sql;
        // The parameter names in order of first appearance: @Name up to the first character that cannot be part of it.
        var names = new List<string>();
        for (var at = sql.IndexOf('@', StringComparison.Ordinal); at >= 0; at = sql.IndexOf('@', at + 1))
        {
            var end = at + 1;
            while (end < sql.Length && (char.IsLetterOrDigit(sql[end]) || sql[end] == '_'))
            {
                end++;
            }
            var name = sql[at..end];
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }
        foreach (var name in names)
        {
            Command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
    }

    public SqliteCommand Command { get; }

    /// <summary>Disposes the command (and its compiled statement).</summary>
    public void Dispose() => Command.Dispose();

    public int Execute(params ReadOnlySpan<object?> values)
    {
        Bind(values);
        return Command.ExecuteNonQuery();
    }

    public object? Scalar(params ReadOnlySpan<object?> values)
    {
        Bind(values);
        var value = Command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    private void Bind(ReadOnlySpan<object?> values)
    {
        var parameters = Command.Parameters;
        if (values.Length != parameters.Count)
        {
            throw new InvalidOperationException($"{values.Length} values for {parameters.Count} parameters of: {Command.CommandText}");
        }
        for (var i = 0; i < values.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
