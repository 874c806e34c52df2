using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// Brings a store's schema up to date with the numbered scripts embedded in this
/// assembly (<c>Sqlite/Migrations/NNNN_name.sql</c>); <c>PRAGMA user_version</c> holds
/// the number of the last script applied.
/// </summary>
internal static class SchemaMigrations
{
    private const string Prefix = "Marsad.Storage.Migrations/";

    /// <summary>The scripts in order: (number, SQL).</summary>
    public static IReadOnlyList<(int Version, string Sql)> Scripts { get; } = LoadScripts();

    /// <summary>The schema version this code writes.</summary>
    public static int Latest => Scripts[^1].Version;

    /// <summary>Applies every script newer than the store's version, each in its own transaction.</summary>
    /// <exception cref="StoreException">The store was written by a newer Marsad.</exception>
    public static void Apply(SqliteConnection connection)
    {
        var current = connection.ExecuteScalar<int>("PRAGMA user_version");
        if (current > Latest)
        {
            throw new StoreException($"the store has schema version {current}, newer than this marsad's ({Latest}): upgrade marsad");
        }
        foreach (var (version, sql) in Scripts.Where(s => s.Version > current))
        {
            using var transaction = connection.BeginTransaction();
            connection.Execute(sql, transaction: transaction);
            // user_version lives in the database header, so it commits or rolls back with the script.
            connection.Execute($"PRAGMA user_version = {version.ToString(CultureInfo.InvariantCulture)}", transaction: transaction);
            transaction.Commit();
        }
    }

    private static List<(int Version, string Sql)> LoadScripts()
    {
        var assembly = typeof(SchemaMigrations).Assembly;
        var scripts = new List<(int Version, string Sql)>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var file = name[Prefix.Length..];
            var number = int.Parse(file.AsSpan(0, file.IndexOf('_', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            scripts.Add((number, reader.ReadToEnd()));
        }
        scripts.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < scripts.Count; i++)
        {
            if (scripts[i].Version != i + 1)
            {
                throw new InvalidOperationException($"migration scripts must be numbered 1, 2, 3... without gaps; found {scripts[i].Version} at position {i + 1}");
            }
        }
        return scripts;
    }
}
