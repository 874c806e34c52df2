using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Marsad.Bench;

/// <summary>
/// This thread's CPU time, which other processes' preemptions do not inflate (the machine is shared):
/// clock_gettime(CLOCK_THREAD_CPUTIME_ID) on Linux and macOS, the wall clock elsewhere.
/// </summary>
internal static class ThreadCpu
{
    /// <summary>This thread's CPU time in nanoseconds (the wall clock where the OS has no thread clock).</summary>
    public static long Nanoseconds()
    {
        var clock = OperatingSystem.IsLinux() ? 3 : OperatingSystem.IsMacOS() ? 16 : -1;
        if (clock >= 0 && ClockGetTime(clock, out var time) == 0)
        {
            return (time.Seconds * 1_000_000_000) + time.Nanoseconds;
        }
        return (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
    }

    /// <summary><see cref="Nanoseconds"/> in seconds.</summary>
    public static double Seconds() => Nanoseconds() / 1e9;

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
