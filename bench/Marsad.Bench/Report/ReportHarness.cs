using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace Marsad.Bench.Report;

/// <summary>
/// <c>report [--only a,b] [--skip a,b] [--no-e2e] [--reuse a,b] [--doc PATH]</c>: runs every
/// measurement of the evaluation (each harness as a child process of this program, so that
/// peak memory and crashes stay its own) and rewrites the generated sections of
/// docs/evaluation.md — the machine, then per section each figure with its target, its
/// anchor measured in the same run (or published, with its source) and their ratio. Only the
/// sections that ran are rewritten; handwritten text outside the markers stays.
/// <c>--reuse</c> takes a section's figures from its last run (kept under
/// BenchmarkDotNet.Artifacts/report) instead of measuring again.
/// </summary>
public sealed class ReportHarness : IHarness
{
    /// <inheritdoc/>
    public string Name => "report";

    /// <inheritdoc/>
    public string Description => "runs every measurement and rewrites docs/evaluation.md's generated sections [--only a,b] [--skip a,b] [--no-e2e] [--reuse a,b]";

    private sealed record SectionRun(Figures Figures, string? Skipped, DateTime When, TimeSpan Took, string? Note, string? Commit = null);

    /// <inheritdoc/>
    public int Run(string[] args)
    {
        var only = ListOption(args, "--only");
        var skip = ListOption(args, "--skip") ?? [];
        var reuse = ListOption(args, "--reuse") ?? [];
        if (args.Contains("--no-e2e"))
        {
            skip.Add("e2e");
        }
        var root = EndToEndCliHarness.RepositoryRoot();
        var doc = OptionValue(args, "--doc") ?? Path.Combine(root, "docs", "evaluation.md");
        var unknown = (only ?? []).Concat(skip).Concat(reuse).Where(n => ReportSections.All.All(s => s.Name != n)).ToList();
        if (unknown.Count > 0)
        {
            Console.Error.WriteLine($"report: unknown section(s) {string.Join(", ", unknown)}; sections: {string.Join(", ", ReportSections.All.Select(s => s.Name))}");
            return 2;
        }
        var cache = Directory.CreateDirectory(Path.Combine(root, "BenchmarkDotNet.Artifacts", "report")).FullName;
        var started = DateTime.UtcNow;
        var loadBefore = MachineInfo.LoadAverage();
        // The commit measured is the one checked out when the run starts.
        var commit = MachineInfo.Commit(root);
        var rendered = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var section in ReportSections.All.Where(s => (only is null || only.Contains(s.Name)) && !skip.Contains(s.Name)))
        {
            Console.WriteLine($"report: {section.Name} ...");
            var run = reuse.Contains(section.Name) ? Reused(section, cache) : Measure(section, cache, commit);
            Console.WriteLine(run.Skipped is null
                ? $"report: {section.Name}: {run.Took.TotalMinutes:F1} min"
                : $"report: {section.Name}: skipped: {run.Skipped}");
            rendered[section.Name] = Render(section, run);
        }
        // A run that only re-renders earlier figures measured nothing on this machine now.
        if (ReportSections.All.Any(s => rendered.ContainsKey(s.Name) && !reuse.Contains(s.Name)))
        {
            rendered["machine"] = Machine(commit, started, loadBefore, args);
        }
        ReportDocument.Update(doc, rendered, [.. ReportSections.All.Select(s => s.Name)]);
        Console.WriteLine($"report: wrote {doc} ({string.Join(", ", rendered.Keys)}) in {(DateTime.UtcNow - started).TotalMinutes:F1} min; logs in {cache}");
        return 0;
    }

    private static SectionRun Reused(ReportSection section, string cache)
    {
        var path = Path.Combine(cache, section.Name + ".jsonl");
        if (!File.Exists(path))
        {
            return new SectionRun(new Figures(new Dictionary<string, BenchFigure>()), $"--reuse: no earlier run in {path}", DateTime.UtcNow, TimeSpan.Zero, null);
        }
        var when = File.GetLastWriteTimeUtc(path);
        var commitFile = Path.ChangeExtension(path, ".commit");
        var commit = File.Exists(commitFile) ? $" at {File.ReadAllText(commitFile).Trim()}" : "";
        return new SectionRun(new Figures(BenchResults.Read(path)), null, when, TimeSpan.Zero, $"figures of the run that ended {when:yyyy-MM-dd HH:mm} UTC{commit}, reused (`--reuse {section.Name}`)");
    }

    private static SectionRun Measure(ReportSection section, string cache, string commit)
    {
        var when = DateTime.UtcNow;
        var missing = section.Needs.Select(n => n.StartsWith("repo:", StringComparison.Ordinal)
                ? Path.Combine(EndToEndCliHarness.RepositoryRoot(), n[5..])
                : Path.Combine(Corpus.DataRoot, n))
            .Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        var empty = new Figures(new Dictionary<string, BenchFigure>());
        if (missing.Count > 0)
        {
            return new SectionRun(empty, $"{string.Join(", ", missing)} absent", when, TimeSpan.Zero, null);
        }
        var results = Path.Combine(cache, section.Name + ".jsonl");
        var log = Path.Combine(cache, section.Name + ".log");
        File.Delete(results);
        File.Delete(log);
        var clock = Stopwatch.StartNew();
        var failures = new List<string>();
        foreach (var run in section.Runs)
        {
            var left = section.Timeout - clock.Elapsed;
            var failure = RunChild(run, results, log, left > TimeSpan.Zero ? left : TimeSpan.FromSeconds(1));
            if (failure is not null)
            {
                failures.Add($"`{run[0]}`: {failure}");
            }
        }
        var figures = BenchResults.Read(results);
        var skipped = figures.Count == 0 ? (failures.Count > 0 ? string.Join("; ", failures) : "no figure recorded") : null;
        var note = figures.Count > 0 && failures.Count > 0 ? "partly failed: " + string.Join("; ", failures) : null;
        // The commit goes with the figures, for a later run that reuses them.
        File.WriteAllText(Path.ChangeExtension(results, ".commit"), commit);
        return new SectionRun(new Figures(figures), skipped, when, clock.Elapsed, note, commit);
    }

    /// <summary>Runs this program with a harness's arguments; null on success, else why it failed.</summary>
    private static string? RunChild(string[] arguments, string results, string log, TimeSpan timeout)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = EndToEndCliHarness.RepositoryRoot(),
        };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }
        start.Environment[BenchResults.FileVariable] = results;
        var gate = new Lock();
        string? lastError = null;
        using var writer = new StreamWriter(log, append: true, new UTF8Encoding(false));
        writer.WriteLine($"$ {string.Join(' ', arguments)}");
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lock (gate)
                {
                    writer.WriteLine(line);
                }
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                lock (gate)
                {
                    writer.WriteLine(line);
                    lastError = line.Length > 0 ? line : lastError;
                }
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return $"stopped after {timeout.TotalMinutes:F0} min";
        }
        process.WaitForExit();
        lock (gate)
        {
            return process.ExitCode == 0 ? null : $"exit code {process.ExitCode}{(lastError is null ? "" : ": " + lastError.Trim())}";
        }
    }

    private static string Render(ReportSection section, SectionRun run)
    {
        var s = new StringBuilder();
        s.AppendLine($"### {section.Title}");
        s.AppendLine();
        var commands = string.Join(", ", section.Runs.Select(r => $"`{string.Join(' ', r)}`"));
        if (run.Skipped is not null)
        {
            s.AppendLine($"Skipped: {run.Skipped} ({run.When:yyyy-MM-dd HH:mm} UTC; harness {commands}).");
            return s.ToString();
        }
        s.AppendLine(run.Note is { } note && note.StartsWith("figures", StringComparison.Ordinal)
            ? $"Harness {commands}: {note}."
            : string.Create(CultureInfo.InvariantCulture, $"Measured {run.When:yyyy-MM-dd HH:mm} UTC at {run.Commit} by {commands} in {run.Took.TotalMinutes:F1} min{(run.Note is null ? "" : "; " + run.Note)}."));
        s.AppendLine();
        if (section.Rows.Count > 0)
        {
            s.AppendLine("| figure | value | target | met | anchor | anchor value | ratio |");
            s.AppendLine("| --- | --- | --- | --- | --- | --- | --- |");
            foreach (var row in section.Rows)
            {
                s.AppendLine(Row(row, run.Figures));
            }
            s.AppendLine();
        }
        if (section.Extra?.Invoke(run.Figures) is { Length: > 0 } extra)
        {
            s.Append(extra);
            s.AppendLine();
        }
        return s.ToString().TrimEnd() + Environment.NewLine;
    }

    private static string Row(ReportRow row, Figures f)
    {
        var value = f[row.Key];
        var unit = f.Unit(row.Key) is { Length: > 0 } u && !row.Format.StartsWith('P') ? " " + u : "";
        var shown = value is { } v ? ReportFormat.Number(v, row.Format) + unit : "not measured";
        var met = value is { } x && row.Met is not null ? (row.Met(x, f) ? "yes" : "no") : "";
        var anchorValue = row.AnchorKey is not null ? f[row.AnchorKey] : row.AnchorPublished;
        var anchorShown = anchorValue is { } a
            ? ReportFormat.Number(a, row.Format) + (row.AnchorPublished is null ? "" : " (published)")
            : row.AnchorKey is not null && row.AnchorMissing is not null ? $"skipped: did not run ({row.AnchorMissing})" : "";
        var ratio = value is { } r && anchorValue is { } b && r > 0 && b > 0
            ? ReportFormat.Ratio(row.LowerIsBetter ? b / r : r / b)
            : "";
        return $"| {row.Figure} | {shown} | {row.Target ?? "—"} | {met} | {row.Anchor ?? ""} | {anchorShown} | {ratio} |";
    }

    private static string Machine(string commit, DateTime started, string loadBefore, string[] args)
    {
        var memory = MachineInfo.MemoryGiB() is { } m ? string.Create(CultureInfo.InvariantCulture, $"{m:F1} GiB") : "unknown";
        var s = new StringBuilder();
        s.AppendLine("### Machine and run");
        s.AppendLine();
        s.AppendLine($"- date: {started:yyyy-MM-dd HH:mm} UTC (this run: `report{(args.Length > 0 ? " " + string.Join(' ', args) : "")}`)");
        s.AppendLine($"- CPU: {MachineInfo.Cpu()}, {Environment.ProcessorCount} cores; memory {memory}");
        s.AppendLine($"- OS: {MachineInfo.OperatingSystem()}");
        s.AppendLine($"- .NET: {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, Release build, workstation GC");
        s.AppendLine($"- commit: {commit} (at the start of the run)");
        s.AppendLine($"- load average (1, 5, 15 min) at start: {loadBefore}; at end: {MachineInfo.LoadAverage()}");
        s.AppendLine("- The machine is shared with other jobs (builds and benchmarks of four other engineers), so wall-clock figures carry their load: " +
            "ratios against an anchor measured in the same run, and CPU-time rates, are the steadier figures. A section not run this time keeps its figures and its own date.");
        return s.ToString();
    }

    private static List<string>? ListOption(string[] args, string name) =>
        OptionValue(args, name) is { } v ? [.. v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] : null;

    private static string? OptionValue(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
