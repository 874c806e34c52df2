using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Marsad.Bench.Report;

/// <summary>
/// <c>e2e-cli [--sizes 1000,10000,0] [--cli PATH] [--keep DIR]</c>: the real <c>marsad ingest</c>,
/// built Release from this tree, as a child process over the first 1k and 10k SaudiNewsNet
/// records and the whole corpus (0), each written as a JSON Lines file (the corpus's own
/// records, one a line) and ingested into a fresh store. Prints and records wall and CPU
/// time, articles per second, the child's peak resident memory, the store's size, and how
/// time grows with the corpus.
/// </summary>
public sealed partial class EndToEndCliHarness : IHarness
{
    /// <inheritdoc/>
    public string Name => "e2e-cli";

    /// <inheritdoc/>
    public string Description => "marsad ingest (Release CLI, child process) of 1k, 10k and all SaudiNewsNet: articles/s, peak memory, store size, growth";

    /// <inheritdoc/>
    public int Run(string[] args)
    {
        var sizes = new List<int> { 1000, 10000, 0 };
        string? cli = null;
        string? keep = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--sizes": sizes = [.. args[i + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))]; break;
                case "--cli": cli = args[i + 1]; break;
                case "--keep": keep = args[i + 1]; break;
                default: Console.Error.WriteLine($"e2e-cli: unknown option {args[i]}"); return 2;
            }
        }
        var corpus = Path.Combine(Corpus.DataRoot, "saudinewsnet");
        if (!Directory.Exists(corpus))
        {
            Console.Error.WriteLine($"e2e-cli: skipped: {corpus} is absent");
            return 3;
        }
        cli ??= BuildCli();
        if (cli is null)
        {
            return 1;
        }
        var work = keep is null ? Directory.CreateTempSubdirectory("marsad-e2e-cli-").FullName : Directory.CreateDirectory(keep).FullName;
        try
        {
            var inputs = WriteSubsets(work, sizes);
            var runs = new List<(string Label, int Documents, double Wall)>();
            foreach (var (label, file, records) in inputs)
            {
                var store = Path.Combine(work, "store-" + label);
                var run = Ingest(cli, file, store);
                if (run is null)
                {
                    Console.Error.WriteLine($"e2e-cli: {label}: the CLI failed");
                    continue;
                }
                var r = run.Value;
                var storeMb = Directory.EnumerateFiles(store, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) / 1048576.0;
                var rate = r.Documents / r.Wall;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{label,-4} {records,6} records: {r.Documents} documents read, {r.Articles} articles stored, {r.Wall:F1} s wall ({rate:F1} documents/s), {r.Cpu:F1} s CPU, peak RSS {r.PeakMb:F0} MB, store {storeMb:F1} MB"));
                BenchResults.Record($"e2e.{label}.records", records);
                BenchResults.Record($"e2e.{label}.documents", r.Documents);
                BenchResults.Record($"e2e.{label}.articles", r.Articles);
                BenchResults.Record($"e2e.{label}.wall", r.Wall, "s");
                BenchResults.Record($"e2e.{label}.cpu", r.Cpu, "s");
                BenchResults.Record($"e2e.{label}.rate", rate, "documents/s");
                BenchResults.Record($"e2e.{label}.peak", r.PeakMb, "MB");
                BenchResults.Record($"e2e.{label}.store", storeMb, "MB");
                runs.Add((label, r.Documents, r.Wall));
                if (keep is null)
                {
                    Directory.Delete(store, recursive: true);
                }
            }
            // Growth: how much longer each step takes for how many more documents (linear = equal ratios).
            for (var i = 1; i < runs.Count; i++)
            {
                var (a, b) = (runs[i - 1], runs[i]);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"growth {a.Label} → {b.Label}: {(double)b.Documents / a.Documents:F1}× documents, {b.Wall / a.Wall:F1}× time"));
            }
            return runs.Count == inputs.Count ? 0 : 1;
        }
        finally
        {
            if (keep is null)
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    /// <summary>Builds the CLI in Release from this tree and returns its executable, or null when the build failed.</summary>
    private static string? BuildCli()
    {
        var root = RepositoryRoot();
        var project = Path.Combine(root, "src", "Marsad.Cli", "Marsad.Cli.csproj");
        var output = Path.Combine(root, "src", "Marsad.Cli", "bin", "Release", "net10.0");
        Console.WriteLine($"building {project} (Release)");
        var build = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var a in new[] { "build", project, "-c", "Release", "--nologo", "-v", "q" })
        {
            build.ArgumentList.Add(a);
        }
        using var process = Process.Start(build)!;
        var log = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine($"e2e-cli: building the CLI failed:\n{log}");
            return null;
        }
        var exe = Path.Combine(output, "marsad");
        return File.Exists(exe) ? exe : Path.Combine(output, "marsad.dll");
    }

    /// <summary>The first N records of the corpus (0: all) as JSON Lines files, in the corpus's file order.</summary>
    private static List<(string Label, string File, int Records)> WriteSubsets(string work, List<int> sizes)
    {
        var files = sizes.Select(n => (Label: n == 0 ? "all" : n % 1000 == 0 ? $"{n / 1000}k" : n.ToString(CultureInfo.InvariantCulture), Max: n == 0 ? int.MaxValue : n)).ToList();
        var writers = files.Select(f => new StreamWriter(Path.Combine(work, f.Label + ".jsonl"), false, new UTF8Encoding(false))).ToList();
        var counts = new int[files.Count];
        try
        {
            foreach (var (_, record) in SaudiArticle.Records())
            {
                var line = record.GetRawText().Replace("\n", " ", StringComparison.Ordinal);
                for (var i = 0; i < files.Count; i++)
                {
                    if (counts[i] < files[i].Max)
                    {
                        writers[i].WriteLine(line);
                        counts[i]++;
                    }
                }
            }
        }
        finally
        {
            writers.ForEach(w => w.Dispose());
        }
        return [.. files.Select((f, i) => (f.Label, Path.Combine(work, f.Label + ".jsonl"), counts[i]))];
    }

    private readonly record struct IngestRun(int Documents, long Articles, double Wall, double Cpu, double PeakMb);

    /// <summary>Runs <c>marsad ingest FILE --data STORE</c>; its peak memory from /usr/bin/time, else by polling VmHWM.</summary>
    private static IngestRun? Ingest(string cli, string file, string store)
    {
        var timeFile = Path.Combine(Path.GetDirectoryName(store)!, "time.txt");
        var timed = File.Exists("/usr/bin/time");
        var command = cli.EndsWith(".dll", StringComparison.Ordinal) ? new[] { "dotnet", cli } : [cli];
        var start = new ProcessStartInfo(timed ? "/usr/bin/time" : command[0]) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in (timed ? ["-f", "%e %U %S %M", "-o", timeFile, .. command] : command[1..]).Concat(["ingest", file, "--data", store]))
        {
            start.ArgumentList.Add(a);
        }
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        string? summary = null;
        long errorLines = 0;
        // stderr carries one line per failed record and the summary line: keep only the summary.
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                errorLines++;
                summary = line.Contains("documents read", StringComparison.Ordinal) ? line : summary;
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        double peakKb = 0;
        while (!process.WaitForExit(200))
        {
            peakKb = Math.Max(peakKb, VmHwmKb(process.Id));
        }
        process.WaitForExit();
        var wall = watch.Elapsed.TotalSeconds;
        var cpu = double.NaN;
        if (timed && File.Exists(timeFile))
        {
            var parts = File.ReadAllLines(timeFile).Last().Split(' ');
            cpu = double.Parse(parts[1], CultureInfo.InvariantCulture) + double.Parse(parts[2], CultureInfo.InvariantCulture);
            peakKb = double.Parse(parts[3], CultureInfo.InvariantCulture);
        }
        if (process.ExitCode is not (0 or 1) || summary is null)
        {
            Console.Error.WriteLine($"e2e-cli: exit code {process.ExitCode}; {errorLines} lines on stderr; last summary: {summary ?? "none"}");
            return null;
        }
        var documents = int.Parse(DocumentsRead().Match(summary).Groups[1].Value, CultureInfo.InvariantCulture);
        return new IngestRun(documents, StoredArticles(command, store), wall, cpu, peakKb / 1024);
    }

    /// <summary>The <c>articles</c> count of <c>marsad stats</c> on the store.</summary>
    private static long StoredArticles(string[] command, string store)
    {
        var start = new ProcessStartInfo(command[0]) { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var a in command[1..].Concat(["stats", "--data", store]))
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var json = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        using var stats = JsonDocument.Parse(json);
        return stats.RootElement.GetProperty("articles").GetInt64();
    }

    private static double VmHwmKb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0; // the process has just ended
        }
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Marsad.sln")))
            {
                return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }

    [GeneratedRegex(@"(\d+) documents read")]
    private static partial Regex DocumentsRead();
}
