using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// Copies the WAL into the database file on its own connection and thread, after the writer's batches, so the
/// writer does not: an automatic checkpoint runs inside the commit that crosses the threshold and makes that commit
/// wait for the copy and for two fsyncs. A passive checkpoint takes no lock a writer needs; the writer's own
/// automatic checkpoint stays as a bound (<see cref="SqliteArticleStore"/> sets it) for when this one falls behind.
/// Checkpoints move committed pages only: what is committed, and what a killed process leaves, is the same.
/// </summary>
internal sealed class WalCheckpointer : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Lock _lock = new();
    private Task _running = Task.CompletedTask;
    private long _ticks;
    private int _checkpoints;

    /// <summary>Checkpoints through <paramref name="connection"/>, an open connection of its own to the store.</summary>
    public WalCheckpointer(SqliteConnection connection) => _connection = connection;

    /// <summary>Wall time the checkpoints took on their thread.</summary>
    public TimeSpan Time => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks));

    /// <summary>How many checkpoints ran.</summary>
    public int Checkpoints => Volatile.Read(ref _checkpoints);

    /// <summary>Starts a passive checkpoint unless one is running (the next call then catches up what it missed).</summary>
    public void Poke()
    {
        lock (_lock)
        {
            if (!_running.IsCompleted)
            {
                return;
            }
            _running = Task.Run(Checkpoint);
        }
    }

    /// <summary>Waits for a running checkpoint and closes the connection (before the writer's, which then checkpoints the rest).</summary>
    public void Dispose()
    {
        Task running;
        lock (_lock)
        {
            running = _running;
        }
        try
        {
            running.Wait();
        }
        catch (AggregateException)
        {
            // A failed checkpoint leaves the WAL as it was: the writer's checkpoint at close copies it.
        }
        _connection.Dispose();
    }

    private void Checkpoint()
    {
        var start = Stopwatch.GetTimestamp();
        using (var command = _connection.CreateCommand())
        {
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
            command.ExecuteNonQuery();
        }
        Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - start);
        Interlocked.Increment(ref _checkpoints);
    }
}
