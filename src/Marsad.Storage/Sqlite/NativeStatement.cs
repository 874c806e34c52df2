using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// One statement compiled once on a connection and run through SQLite's own API: values are bound by position
/// and the statement stepped and reset, with none of what an ADO.NET command does per execution (a data reader
/// per call, every parameter looked up by name and its name converted to UTF-8, values boxed). The writer's
/// row inserts go through it (<see cref="DocumentRows"/>): that per-execution work cost more CPU than SQLite's
/// inserts themselves. Values are bound as <see cref="SqliteCommand"/> binds them (strings through the same
/// SQLitePCL call, integers as 64-bit, null as NULL), so the rows are the same bytes.
/// </summary>
/// <remarks>Runs inside whatever transaction the connection has open; not thread-safe, like the connection.</remarks>
internal sealed class NativeStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    /// <summary>Compiles <paramref name="sql"/> (one statement, parameters numbered in order) on <paramref name="connection"/>, which must be open.</summary>
    public NativeStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _statement);
        SqliteException.ThrowExceptionForRC(rc, _db);
        Parameters = raw.sqlite3_bind_parameter_count(_statement);
    }

    /// <summary>How many parameters the statement has.</summary>
    public int Parameters { get; }

    /// <summary>Binds text (NULL when null) to the parameter at <paramref name="index"/> (1-based).</summary>
    public NativeStatement Text(int index, string? value)
    {
        Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_text(_statement, index, value));
        return this;
    }

    /// <summary>Binds an integer to the parameter at <paramref name="index"/> (1-based).</summary>
    public NativeStatement Integer(int index, long value)
    {
        Check(raw.sqlite3_bind_int64(_statement, index, value));
        return this;
    }

    /// <summary>Binds a real (NULL when null) to the parameter at <paramref name="index"/> (1-based).</summary>
    public NativeStatement Real(int index, double? value)
    {
        Check(value is { } v ? raw.sqlite3_bind_double(_statement, index, v) : raw.sqlite3_bind_null(_statement, index));
        return this;
    }

    /// <summary>Binds a blob (NULL when null) to the parameter at <paramref name="index"/> (1-based).</summary>
    public NativeStatement Blob(int index, byte[]? value)
    {
        Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_blob(_statement, index, value));
        return this;
    }

    /// <summary>Runs the statement to its end with the values bound; returns the rows it changed.</summary>
    public int Execute()
    {
        int rc;
        while ((rc = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
        {
        }
        Reset(rc);
        return raw.sqlite3_changes(_db);
    }

    /// <summary>Runs the statement with the values bound; returns the first column of its first row as an integer, or null without a row (or a NULL).</summary>
    public long? Int64()
    {
        var rc = raw.sqlite3_step(_statement);
        long? value = rc == raw.SQLITE_ROW && raw.sqlite3_column_type(_statement, 0) != raw.SQLITE_NULL ? raw.sqlite3_column_int64(_statement, 0) : null;
        while (rc == raw.SQLITE_ROW)
        {
            rc = raw.sqlite3_step(_statement);
        }
        Reset(rc);
        return value;
    }

    /// <summary>Finalizes the statement; it must be before the connection closes.</summary>
    public void Dispose() => _statement.Dispose();

    // Ready for the next values; an error of the step is thrown as Microsoft.Data.Sqlite throws it.
    private void Reset(int rc)
    {
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
