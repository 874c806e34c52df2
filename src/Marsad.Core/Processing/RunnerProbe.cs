using System.Diagnostics;
using System.Globalization;

namespace Marsad.Core.Processing;

/// <summary>
/// Where a <see cref="DocumentRunner"/>'s threads spend their time, when <c>MARSAD_TIMINGS=1</c>: the reader
/// (reading, waiting for the window, waiting for a free slot in the work queue), the workers (analyzing,
/// waiting for work) and the consumer (its own work between two items). One <c>marsad: timings: runner</c>
/// line per second on stderr with each part's share of that second, and a total at the end: how the
/// figures of docs/language.md "Throughput, session 10" were taken.
/// </summary>
internal sealed class RunnerProbe : IDisposable
{
    /// <summary>The parts, in the order of the lines.</summary>
    internal enum Part
    {
        /// <summary>The reader enumerating the input (decoding, parsing) and fingerprinting.</summary>
        Read,

        /// <summary>The reader waiting for the window (the consumer is behind).</summary>
        ReadWindow,

        /// <summary>The reader waiting for room in the work queue (the workers are behind).</summary>
        ReadQueue,

        /// <summary>Workers analyzing.</summary>
        Analyze,

        /// <summary>Workers waiting for a page (the reader is behind, or the window is full).</summary>
        WorkerIdle,

        /// <summary>The consumer's own work between two items (e.g. writing a batch).</summary>
        Consume,
    }

    private static readonly string[] Names = ["read", "read-window", "read-queue", "analyze", "worker-idle", "consume"];
    private readonly long[] _ticks = new long[Names.Length];
    private readonly long[] _lastTicks = new long[Names.Length];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer? _timer;
    private long _items;
    private long _lastItems;
    private TimeSpan _lastCpu;
    private TimeSpan _lastPause;
    private long _lastAllocated;
    private int _maxPending;
    private readonly TimeSpan _startPause;
    private readonly long _startAllocated;

    private RunnerProbe(bool perSecond)
    {
        _lastCpu = Environment.CpuUsage.TotalTime;
        _lastPause = GC.GetTotalPauseDuration();
        _lastAllocated = GC.GetTotalAllocatedBytes();
        (_startPause, _startAllocated) = (_lastPause, _lastAllocated);
        if (perSecond)
        {
            _timer = new Timer(_ => Line(), null, 1000, 1000);
        }
    }

    /// <summary>A probe when <c>MARSAD_TIMINGS=1</c>, else null (the runner then measures nothing).</summary>
    internal static RunnerProbe? Start() =>
        Environment.GetEnvironmentVariable("MARSAD_TIMINGS") == "1"
            ? new RunnerProbe(Environment.GetEnvironmentVariable("MARSAD_RUNNER_TIMELINE") != "0")
            : null;

    /// <summary>A timestamp to pass to <see cref="Add"/>.</summary>
    internal static long Now() => Stopwatch.GetTimestamp();

    /// <summary>Counts the time since <paramref name="since"/> to <paramref name="part"/>.</summary>
    internal void Add(Part part, long since) => Interlocked.Add(ref _ticks[(int)part], Stopwatch.GetTimestamp() - since);

    /// <summary>One more item handed to the consumer; <paramref name="pending"/> waited out of order.</summary>
    internal void Yielded(int pending)
    {
        Interlocked.Increment(ref _items);
        if (pending > _maxPending)
        {
            _maxPending = pending;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _timer?.Dispose();
        var seconds = _clock.Elapsed.TotalSeconds;
        var parts = string.Join(' ', Names.Select((name, i) => string.Create(CultureInfo.InvariantCulture, $"{name} {Volatile.Read(ref _ticks[i]) / (double)Stopwatch.Frequency:0.0}s")));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"marsad: timings: runner total {seconds:0.0}s wall, {Volatile.Read(ref _items)} items, at most {_maxPending} waiting out of order, GC pauses {(GC.GetTotalPauseDuration() - _startPause).TotalSeconds:0.0}s, allocated {(GC.GetTotalAllocatedBytes() - _startAllocated) / 1e9:0.00} GB; {parts}"));
    }

    // Each part's share of the last second (1.0 = one thread all the time), the items handed over and the process's CPU.
    private void Line()
    {
        var cpu = Environment.CpuUsage.TotalTime;
        var pause = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes();
        var items = Volatile.Read(ref _items);
        var shares = new string[Names.Length];
        for (var i = 0; i < Names.Length; i++)
        {
            var now = Volatile.Read(ref _ticks[i]);
            shares[i] = string.Create(CultureInfo.InvariantCulture, $"{Names[i]} {(now - _lastTicks[i]) / (double)Stopwatch.Frequency:0.00}");
            _lastTicks[i] = now;
        }
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"marsad: timings: runner t={_clock.Elapsed.TotalSeconds:0} items {items - _lastItems} cpu {(cpu - _lastCpu).TotalSeconds:0.00} pause {(pause - _lastPause).TotalSeconds:0.00} alloc {(allocated - _lastAllocated) / 1e6:0}MB gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} {string.Join(' ', shares)}"));
        (_lastItems, _lastCpu, _lastPause, _lastAllocated) = (items, cpu, pause, allocated);
    }
}
