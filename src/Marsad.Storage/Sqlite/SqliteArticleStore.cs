using System.Diagnostics;
using Dapper;
using Marsad.Core.Documents;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file (<c>marsad.db</c>) in the data folder, in WAL
/// mode, written in transactional batches, keyed by content hash.
/// </summary>
/// <remarks>
/// Crash safety comes from SQLite: a batch and the inputs it records commit together, so
/// a process killed at any moment leaves the store as of its last committed batch, and a
/// re-run that skips recorded inputs ends where an uninterrupted run would.
/// </remarks>
public sealed partial class SqliteArticleStore : IArticleStore
{
    /// <summary>The database's file name inside the data folder.</summary>
    public const string FileName = "marsad.db";

    private readonly SqliteConnection _writer;
    private readonly SqliteConnection _reader;
    private readonly Lock _readLock = new();
    private readonly SqliteCommand _hasInput;
    private readonly WalCheckpointer _checkpointer;
    private DocumentRows? _rows;

    private SqliteArticleStore(string path, SqliteConnection writer, SqliteConnection reader, SqliteConnection checkpointer)
    {
        DatabasePath = path;
        _writer = writer;
        _reader = reader;
        _checkpointer = new WalCheckpointer(checkpointer);
        // Asked once per input read: prepared once (see DocumentRows).
        _hasInput = reader.CreateCommand();
        _hasInput.CommandText = "SELECT count(*) FROM inputs WHERE input = @input AND page_fingerprint = @pageFingerprint";
        _hasInput.Parameters.Add(new SqliteParameter { ParameterName = "@input" });
        _hasInput.Parameters.Add(new SqliteParameter { ParameterName = "@pageFingerprint" });
    }

    /// <summary>The database file.</summary>
    public string DatabasePath { get; }

    /// <summary>True when <paramref name="directory"/> holds a store.</summary>
    public static bool Exists(string directory) => File.Exists(Path.Combine(directory, FileName));

    /// <summary>Opens the store in <paramref name="directory"/>, creating the folder and the schema as needed.</summary>
    /// <exception cref="StoreException">The folder cannot be written, the file is not a Marsad store, or its schema is newer than this code.</exception>
    public static SqliteArticleStore Open(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var path = Path.GetFullPath(Path.Combine(directory, FileName));
        SqliteConnection? writer = null;
        SqliteConnection? reader = null;
        SqliteConnection? checkpointer = null;
        try
        {
            Directory.CreateDirectory(directory);
            writer = Connect(path);
            // WAL lets stats and skip checks read while a batch is being written; NORMAL
            // sync in WAL mode keeps every committed batch across a killed process.
            // A new file frees pages with incremental vacuum (CompactAsync) instead of a VACUUM
            // rewriting it whole; the pragma only takes on a file without tables, so old stores keep theirs.
            if (writer.ExecuteScalar<long>("PRAGMA page_count") == 0)
            {
                writer.Execute("PRAGMA auto_vacuum = INCREMENTAL;");
            }
            writer.Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
            // The writer inserts entities, events and search terms keyed by content hashes, i.e. all over
            // their B-trees: a 64 MB page cache (default 2 MB) keeps those pages in memory between batches.
            // The WAL is copied into the file by a checkpoint on another thread after each batch (WalCheckpointer);
            // the writer's own, every 64 MB of WAL (default 4 MB), only bounds the WAL when that one falls behind
            // and during the story update, which writes no batches.
            writer.Execute("PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 16000;");
            SchemaMigrations.Apply(writer);
            reader = Connect(path);
            checkpointer = Connect(path);
            return new SqliteArticleStore(path, writer, reader, checkpointer);
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            checkpointer?.Dispose();
            reader?.Dispose();
            writer?.Dispose();
            throw new StoreException($"{path}: cannot open the store: {e.Message.ReplaceLineEndings(" ")}", e);
        }
        catch (StoreException)
        {
            checkpointer?.Dispose();
            reader?.Dispose();
            writer?.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public bool HasInput(string input, string pageFingerprint)
    {
        lock (_readLock)
        {
            _hasInput.Parameters[0].Value = input;
            _hasInput.Parameters[1].Value = pageFingerprint;
            return (long)_hasInput.ExecuteScalar()! > 0;
        }
    }

    /// <inheritdoc/>
    public Task<StoreWriteResult> WriteAsync(IReadOnlyList<StoreEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        cancellationToken.ThrowIfCancellationRequested();
        int added = 0, replaced = 0, unchanged = 0;
        _rows ??= new DocumentRows(_writer);
        var probe = WriteProbe.Enabled ? WriteProbe.StartBatch() : default;
        var since = Stopwatch.GetTimestamp();
        using (var transaction = _writer.BeginTransaction())
        {
            if (WriteProbe.Enabled)
            {
                WriteProbe.Add(WriteProbe.Kind.Commit, since);
            }
            foreach (var entry in entries)
            {
                var outcome = _rows.Write(entry);
                switch (outcome)
                {
                    case WriteOutcome.Added: added++; break;
                    case WriteOutcome.Replaced: replaced++; break;
                    default: unchanged++; break;
                }
            }
            if (added + replaced > 0)
            {
                _writer.Execute("UPDATE store_state SET value = 1 WHERE key = 'stories_stale'", transaction: transaction);
            }
            since = Stopwatch.GetTimestamp();
            transaction.Commit();
        }
        if (WriteProbe.Enabled)
        {
            WriteProbe.Add(WriteProbe.Kind.Commit, since);
            WriteProbe.EndBatch(probe);
        }
        _checkpointer.Poke();
        return Task.FromResult(new StoreWriteResult(added, replaced, unchanged));
    }

    /// <inheritdoc/>
    public Task<Document?> GetArticleAsync(string id, CancellationToken cancellationToken = default)
    {
        (string Document, string Text)? row;
        lock (_readLock)
        {
            row = _reader.QuerySingleOrDefault<(string, string)?>("SELECT document, text FROM articles WHERE id = @id", new { id });
        }
        return Task.FromResult(row is { } r ? PreparedDocument.ReadDocument(r.Document, r.Text) : null);
    }

    /// <inheritdoc/>
    public Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        StatsRow row;
        lock (_readLock)
        {
            row = _reader.QuerySingle<StatsRow>("""
                SELECT (SELECT count(*) FROM articles) AS Articles,
                       (SELECT count(DISTINCT source) FROM articles) AS Sources,
                       (SELECT count(*) FROM entities) AS Entities,
                       (SELECT count(*) FROM events) AS Events,
                       (SELECT count(*) FROM stories) AS Stories,
                       (SELECT min(published) FROM articles) AS FirstDate,
                       (SELECT max(published) FROM articles) AS LastDate
                """);
        }
        var bytes = new[] { "", "-wal" }
            .Select(suffix => new FileInfo(DatabasePath + suffix))
            .Where(f => f.Exists)
            .Sum(f => f.Length);
        return Task.FromResult(new StoreStats
        {
            Articles = row.Articles,
            Sources = row.Sources,
            Entities = row.Entities,
            Events = row.Events,
            Stories = row.Stories,
            FirstDate = row.FirstDate is { } first ? DateOnly.ParseExact(first, "yyyy-MM-dd") : null,
            LastDate = row.LastDate is { } last ? DateOnly.ParseExact(last, "yyyy-MM-dd") : null,
            Bytes = bytes,
        });
    }

    /// <summary>Closes the connections; the last one out checkpoints the WAL into the main file.</summary>
    public void Dispose()
    {
        _checkpointer.Dispose();
        WriteProbe.Report(_checkpointer);
        _rows?.Dispose();
        _hasInput.Dispose();
        _reader.Dispose();
        _writer.Dispose();
    }

    private static SqliteConnection Connect(string path)
    {
        // No pooling: closing must really close, so the WAL is checkpointed and the file left whole.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        connection.Execute("PRAGMA busy_timeout = 30000;");
        return connection;
    }

    // Settable properties, not a constructor: SQLite reports an all-null column's type as BLOB, which breaks constructor matching.
    private sealed class StatsRow
    {
        public long Articles { get; set; }

        public long Sources { get; set; }

        public long Entities { get; set; }

        public long Events { get; set; }

        public long Stories { get; set; }

        public string? FirstDate { get; set; }

        public string? LastDate { get; set; }
    }
}
