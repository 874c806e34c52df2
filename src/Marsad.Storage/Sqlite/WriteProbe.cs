using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// Where the store's writer spends its time, when <c>MARSAD_TIMINGS=1</c>: wall time per statement kind
/// (summed over every row), the commits, and the writer thread's CPU time over its writes (what other
/// threads' and processes' preemptions do not inflate). One <c>marsad: timings: writer</c> line on stderr
/// when the store is closed: how the figures of docs/storage.md "The writer, session 12" were taken.
/// </summary>
internal static class WriteProbe
{
    /// <summary>The statement kinds timed, in the order of the line.</summary>
    internal enum Kind
    {
        /// <summary>The article's rowid looked up before the upsert.</summary>
        Find,

        /// <summary>The article upsert.</summary>
        Article,

        /// <summary>The new article's rowid.</summary>
        Rowid,

        /// <summary>A replaced article's entities, quotes and events deleted, its story marked.</summary>
        Replace,

        /// <summary>The FTS5 row.</summary>
        Search,

        /// <summary>The MinHash signature and lead sentences.</summary>
        Features,

        /// <summary>The entity rows.</summary>
        Entities,

        /// <summary>The quote rows.</summary>
        Quotes,

        /// <summary>The event rows.</summary>
        Events,

        /// <summary>The input row.</summary>
        Input,

        /// <summary>Beginning and committing the batch's transaction (the WAL write and any checkpoint).</summary>
        Commit,
    }

    private static readonly string[] Names = ["find", "article", "rowid", "replace", "search", "features", "entities", "quotes", "events", "input", "commit"];
    private static readonly long[] Ticks = new long[Names.Length];
    private static readonly long[] Calls = new long[Names.Length];
    private static readonly long[] CpuNanoseconds = new long[Names.Length];
    [ThreadStatic]
    private static long _lastCpu;
    private static long _batches;
    private static long _wallTicks;
    private static long _cpuNanoseconds;
    private static long _allocated;

    /// <summary>True when <c>MARSAD_TIMINGS=1</c>.</summary>
    internal static bool Enabled { get; } = Environment.GetEnvironmentVariable("MARSAD_TIMINGS") == "1";

    /// <summary>Counts the time since <paramref name="since"/> (a <see cref="Stopwatch.GetTimestamp"/>) to <paramref name="kind"/>.</summary>
    internal static void Add(Kind kind, long since)
    {
        Interlocked.Add(ref Ticks[(int)kind], Stopwatch.GetTimestamp() - since);
        Interlocked.Increment(ref Calls[(int)kind]);
        // This thread's CPU since its last mark (the batch's start for the first one).
        var cpu = ThreadCpuNanoseconds();
        Interlocked.Add(ref CpuNanoseconds[(int)kind], cpu - _lastCpu);
        _lastCpu = cpu;
    }

    /// <summary>What <see cref="EndBatch"/> needs to count one batch: now's clock, thread CPU and allocated bytes.</summary>
    internal static (long Wall, long Cpu, long Allocated) StartBatch()
    {
        _lastCpu = ThreadCpuNanoseconds();
        return (Stopwatch.GetTimestamp(), _lastCpu, GC.GetAllocatedBytesForCurrentThread());
    }

    /// <summary>Counts one batch written since <paramref name="start"/>.</summary>
    internal static void EndBatch((long Wall, long Cpu, long Allocated) start)
    {
        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _wallTicks, Stopwatch.GetTimestamp() - start.Wall);
        Interlocked.Add(ref _cpuNanoseconds, ThreadCpuNanoseconds() - start.Cpu);
        Interlocked.Add(ref _allocated, GC.GetAllocatedBytesForCurrentThread() - start.Allocated);
    }

    /// <summary>Writes the line (if any batch was written) and starts counting again.</summary>
    internal static void Report(WalCheckpointer checkpointer)
    {
        var batches = Interlocked.Exchange(ref _batches, 0);
        if (!Enabled || batches == 0)
        {
            return;
        }
        var parts = string.Join(' ', Names.Select((name, i) => string.Create(CultureInfo.InvariantCulture,
            $"{name} {Interlocked.Exchange(ref Ticks[i], 0) / (double)Stopwatch.Frequency:0.00}s ({Interlocked.Exchange(ref CpuNanoseconds[i], 0) / 1e9:0.00} CPU)/{Interlocked.Exchange(ref Calls[i], 0)}")));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"marsad: timings: writer {batches} batches, {Interlocked.Exchange(ref _wallTicks, 0) / (double)Stopwatch.Frequency:0.00}s wall, {Interlocked.Exchange(ref _cpuNanoseconds, 0) / 1e9:0.00}s thread CPU, {Interlocked.Exchange(ref _allocated, 0) / 1e6:0} MB allocated; {parts}; {checkpointer.Checkpoints} checkpoints on their thread {checkpointer.Time.TotalSeconds:0.00}s"));
    }

    // clock_gettime(CLOCK_THREAD_CPUTIME_ID): the calling thread's CPU time; the wall clock where there is none.
    private static long ThreadCpuNanoseconds()
    {
        var clock = OperatingSystem.IsLinux() ? 3 : OperatingSystem.IsMacOS() ? 16 : -1;
        if (clock >= 0 && ClockGetTime(clock, out var time) == 0)
        {
            return (time.Seconds * 1_000_000_000) + time.Nanoseconds;
        }
        return (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
