namespace Marsad.Bench;

/// <summary>
/// The end-to-end harnesses: plain programs over the real corpora in ../shared/data
/// that print throughput and peak memory. Each is one entry in <see cref="All"/>.
/// </summary>
public static class Harnesses
{
    /// <summary>Every harness by the name given as the first argument.</summary>
    public static IReadOnlyDictionary<string, Func<string[], int>> All { get; } = new Dictionary<string, Func<string[], int>>(StringComparer.Ordinal)
    {
    };

    /// <summary>Runs the harness named by <c>args[0]</c>, if there is one.</summary>
    public static bool TryRun(string[] args, out int exitCode)
    {
        if (All.TryGetValue(args[0], out var run))
        {
            exitCode = run(args[1..]);
            return true;
        }
        exitCode = 0;
        return false;
    }
}
