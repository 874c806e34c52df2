using Marsad.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Tests.Sqlite;

/// <summary>
/// <see cref="NativeStatement"/> stores what a <see cref="SqliteCommand"/> with the same values stores (the writer moved
/// from one to the other and the store must stay the same bytes), and reports SQLite's errors as the command does.
/// </summary>
public sealed class NativeStatementTests
{
    // Text that could be bound differently: empty, Arabic with a diacritic, an embedded NUL, a lone surrogate, a long one.
    public static TheoryData<string?> Texts => new()
    {
        null,
        "",
        "وزير الخارجيّة",
        "before\0after",
        "broken \uD800 surrogate",
        new string('ب', 20_000),
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void StoresTextAsTheCommandDoes(string? text)
    {
        using var connection = Open();
        using (var statement = new NativeStatement(connection, "INSERT INTO t (k, v) VALUES (@K, @V)"))
        {
            statement.Integer(1, 1).Text(2, text).Execute();
        }
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "INSERT INTO t (k, v) VALUES (@K, @V)";
            command.Parameters.AddWithValue("@K", 2);
            command.Parameters.AddWithValue("@V", (object?)text ?? DBNull.Value);
            command.ExecuteNonQuery();
        }
        Assert.Equal(Row(connection, 2), Row(connection, 1));
    }

    [Fact]
    public void StoresNumbersAndBlobsAsTheCommandDoes()
    {
        using var connection = Open();
        using (var statement = new NativeStatement(connection, "INSERT INTO t (k, v, r, b) VALUES (@K, @V, @R, @B)"))
        {
            statement.Integer(1, 1).Integer(2, -7).Real(3, 2.5).Blob(4, [1, 0, 255]).Execute();
            statement.Integer(1, 3).Text(2, null).Real(3, null).Blob(4, null).Execute();
        }
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "INSERT INTO t (k, v, r, b) VALUES (@K, @V, @R, @B)";
            var (k, v, r, b) = (command.Parameters.Add("@K", SqliteType.Integer), command.Parameters.Add("@V", SqliteType.Text), command.Parameters.Add("@R", SqliteType.Real), command.Parameters.Add("@B", SqliteType.Blob));
            (k.Value, v.Value, r.Value, b.Value) = (2, -7, 2.5, new byte[] { 1, 0, 255 });
            command.ExecuteNonQuery();
            (k.Value, v.Value, r.Value, b.Value) = (4, DBNull.Value, DBNull.Value, DBNull.Value);
            command.ExecuteNonQuery();
        }
        Assert.Equal(Row(connection, 2), Row(connection, 1));
        Assert.Equal(Row(connection, 4), Row(connection, 3));
        Assert.Equal("integer|real|blob", Row(connection, 1).Split(' ')[0]);
    }

    [Fact]
    public void ReadsAnIntegerAndCountsChanges()
    {
        using var connection = Open();
        using var insert = new NativeStatement(connection, "INSERT INTO t (k, v) VALUES (@K, @V) ON CONFLICT (k) DO UPDATE SET v = excluded.v WHERE excluded.v < t.v");
        using var find = new NativeStatement(connection, "SELECT k FROM t WHERE v = @V");
        Assert.Equal(1, insert.Integer(1, 5).Text(2, "b").Execute());
        Assert.Equal(0, insert.Integer(1, 5).Text(2, "c").Execute());
        Assert.Equal(1, insert.Integer(1, 5).Text(2, "a").Execute());
        Assert.Equal(5, find.Text(1, "a").Int64());
        Assert.Null(find.Text(1, "b").Int64());
    }

    [Fact]
    public void ThrowsSqliteErrorsAndStaysUsable()
    {
        using var connection = Open();
        using var insert = new NativeStatement(connection, "INSERT INTO t (k, v) VALUES (@K, @V)");
        insert.Integer(1, 1).Text(2, "x").Execute();
        var error = Assert.Throws<SqliteException>(() => insert.Integer(1, 1).Text(2, "y").Execute());
        Assert.Equal(19, error.SqliteErrorCode); // SQLITE_CONSTRAINT
        Assert.Equal(1, insert.Integer(1, 2).Text(2, "y").Execute());
        Assert.Throws<SqliteException>(() => new NativeStatement(connection, "INSERT INTO missing VALUES (1)"));
    }

    private static SqliteConnection Open()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = "CREATE TABLE t (k INTEGER PRIMARY KEY, v, r, b)";
        create.ExecuteNonQuery();
        return connection;
    }

    // The row's storage classes and bytes: what two ways of binding must agree on.
    private static string Row(SqliteConnection connection, long key)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT typeof(v) || '|' || typeof(r) || '|' || typeof(b) || ' ' || coalesce(hex(v), '-') || ' ' || coalesce(hex(r), '-') || ' ' || coalesce(hex(b), '-') FROM t WHERE k = @K";
        command.Parameters.AddWithValue("@K", key);
        return (string)command.ExecuteScalar()!;
    }
}
