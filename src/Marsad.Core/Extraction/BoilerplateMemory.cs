using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;
using Marsad.Core.Language;

namespace Marsad.Core.Extraction;

/// <summary>
/// Counts, within one run, on how many pages of each site a line occurs, so that lines a
/// site repeats on many pages (menus, footers, slogans) are known as boilerplate
/// whatever they look like. Thread-safe: share one instance across the workers of a run.
/// Lines are compared in <see cref="ArabicNormalizer"/> form with whitespace collapsed,
/// and stored as 64-bit hashes to keep memory small.
/// </summary>
public sealed class BoilerplateMemory
{
    private readonly ConcurrentDictionary<(string Site, ulong Line), int> _pages = new();

    /// <summary>A memory that calls a line boilerplate once it has been seen on <paramref name="threshold"/> pages of a site.</summary>
    public BoilerplateMemory(int threshold = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 2);
        Threshold = threshold;
    }

    /// <summary>On how many pages of a site a line must occur to count as boilerplate.</summary>
    public int Threshold { get; }

    /// <summary>Records the distinct lines of one page of <paramref name="site"/>.</summary>
    public void Observe(string site, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var key in lines.Select(Key).Where(k => k != 0).Distinct())
        {
            _pages.AddOrUpdate((site, key), 1, (_, n) => n + 1);
        }
    }

    /// <summary>On how many recorded pages of <paramref name="site"/> the line occurs.</summary>
    public int PagesWith(string site, string line)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(line);
        return _pages.GetValueOrDefault((site, Key(line)));
    }

    /// <summary>True when the line occurs on at least <see cref="Threshold"/> pages of the site.</summary>
    public bool IsBoilerplate(string site, string line) => PagesWith(site, line) >= Threshold;

    private static ulong Key(string line)
    {
        var normalized = string.Join(' ', ArabicNormalizer.Normalize(line).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return normalized.Length == 0 ? 0 : XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(normalized));
    }
}
