using System.Diagnostics;
using Marsad.Core.Reading;

namespace Marsad.Bench;

/// <summary>
/// <c>reading [PATH...]</c>: reads the given inputs (or a generated 256 MB gzip WARC file)
/// through <see cref="InputReader"/> and prints pages, errors, MB/s of input and peak memory.
/// </summary>
public sealed class ReadingHarness : IHarness
{
    /// <inheritdoc/>
    public string Name => "reading";

    /// <inheritdoc/>
    public string Description => "Reading stage throughput and memory: reading [PATH...] (default: a generated 256 MB .warc.gz)";

    /// <inheritdoc/>
    public int Run(string[] args)
    {
        var paths = args;
        string? generated = null;
        if (paths.Length == 0)
        {
            generated = Path.Combine(Path.GetTempPath(), $"marsad-reading-{Environment.ProcessId}.warc.gz");
            using (var file = File.Create(generated))
            {
                ReadingCorpus.Write(file, 256, gzip: true);
            }
            paths = [generated];
        }
        try
        {
            var inputBytes = paths.Sum(p => File.Exists(p) ? new FileInfo(p).Length : Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0);
            var watch = Stopwatch.StartNew();
            long pages = 0, errors = 0, characters = 0;
            foreach (var result in new InputReader(ReadOptions.Default).Read(paths))
            {
                if (result.Page is { } page)
                {
                    pages++;
                    characters += page.Content.Length;
                }
                else
                {
                    errors++;
                }
            }
            watch.Stop();
            var seconds = watch.Elapsed.TotalSeconds;
            using var process = Process.GetCurrentProcess();
            Console.WriteLine($"inputs: {inputBytes / 1e6:F1} MB on disk; pages: {pages:N0}; errors: {errors:N0}; characters: {characters:N0}");
            Console.WriteLine($"time: {seconds:F2} s; {inputBytes / 1e6 / seconds:F1} MB/s on disk; {pages / seconds:N0} pages/s; peak working set: {process.PeakWorkingSet64 / 1e6:F0} MB");
            return 0;
        }
        finally
        {
            if (generated is not null)
            {
                File.Delete(generated);
            }
        }
    }
}
