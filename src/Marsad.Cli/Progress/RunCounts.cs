using System.Diagnostics;
using System.Globalization;

namespace Marsad.Cli.Progress;

/// <summary>
/// What a run has done so far, shared between the loop that counts and the progress
/// display that reads it from its own timer thread.
/// </summary>
internal sealed class RunCounts
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _read;
    private long _failed;
    private long _skipped;
    private long _added;
    private long _unchanged;

    public long Read => Interlocked.Read(ref _read);

    public long Failed => Interlocked.Read(ref _failed);

    public long Skipped => Interlocked.Read(ref _skipped);

    public long Added => Interlocked.Read(ref _added);

    public long Unchanged => Interlocked.Read(ref _unchanged);

    /// <summary>Items that did not fail: analyzed, or skipped because an earlier run stored them.</summary>
    public long Succeeded => Read - Failed;

    public void CountRead() => Interlocked.Increment(ref _read);

    public void CountFailed() => Interlocked.Increment(ref _failed);

    public void CountSkipped() => Interlocked.Increment(ref _skipped);

    public void CountStored(long added, long unchanged)
    {
        Interlocked.Add(ref _added, added);
        Interlocked.Add(ref _unchanged, unchanged);
    }

    /// <summary>Items per second since the run started.</summary>
    public double Rate => Read / Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);

    /// <summary>The live progress line of extract, short enough for a narrow terminal: <c>1200 read, 3 failed, 35/s</c>.</summary>
    public string DescribeLiveRead() => string.Create(CultureInfo.InvariantCulture,
        $"{Read} read, {Failed} failed, {Rate:0}/s");

    /// <summary>The live progress line of ingest: <c>1200 read, 3 failed, 1100 new, 35/s</c>.</summary>
    public string DescribeLiveStored() => string.Create(CultureInfo.InvariantCulture,
        $"{Read} read, {Failed} failed, {Added} new, {Rate:0}/s");

    /// <summary>The extract summary: <c>120 documents read, 2 failed, 35.1/s</c>.</summary>
    public string DescribeRead() => string.Create(CultureInfo.InvariantCulture,
        $"{Read} documents read, {Failed} failed, {Rate:0.0}/s");

    /// <summary>The ingest summary, adding what the store got.</summary>
    public string DescribeStored() => string.Create(CultureInfo.InvariantCulture,
        $"{Read} documents read, {Failed} failed, {Added} new, {Unchanged} already stored, {Skipped} skipped (done by an earlier run), {Rate:0.0}/s");
}
