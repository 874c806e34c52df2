using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Marsad.Bench.Report;

/// <summary>What the figures were measured on: CPU, cores, memory, OS, .NET, the commit, the load.</summary>
public static class MachineInfo
{
    /// <summary>The CPU model from /proc/cpuinfo, else the architecture.</summary>
    public static string Cpu() =>
        ReadField("/proc/cpuinfo", "model name", ':') ?? RuntimeInformation.ProcessArchitecture.ToString();

    /// <summary>Total memory in GiB from /proc/meminfo, or null.</summary>
    public static double? MemoryGiB() =>
        ReadField("/proc/meminfo", "MemTotal", ':') is { } kb && double.TryParse(kb.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture, out var v) ? v / 1048576 : null;

    /// <summary>The distribution's name from /etc/os-release, with the kernel.</summary>
    public static string OperatingSystem() =>
        (ReadField("/etc/os-release", "PRETTY_NAME", '=')?.Trim('"') ?? RuntimeInformation.OSDescription) +
        (File.Exists("/proc/sys/kernel/osrelease") ? $", kernel {File.ReadAllText("/proc/sys/kernel/osrelease").Trim()}" : "");

    /// <summary>The 1, 5 and 15 minute load averages, or "n/a".</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>The commit checked out in <paramref name="root"/>, its subject, and whether the tree has changes.</summary>
    public static string Commit(string root)
    {
        var hash = Git(root, "rev-parse", "--short=12", "HEAD");
        if (hash is null)
        {
            return "unknown (git not available)";
        }
        var branch = Git(root, "rev-parse", "--abbrev-ref", "HEAD");
        var dirty = Git(root, "status", "--porcelain", "--untracked-files=no") is { Length: > 0 };
        return $"{hash} on {branch}{(dirty ? " with uncommitted changes" : "")}";
    }

    private static string? Git(string root, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo("git") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
            foreach (var a in args)
            {
                start.ArgumentList.Add(a);
            }
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static string? ReadField(string path, string name, char separator)
    {
        if (!File.Exists(path))
        {
            return null;
        }
        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal));
        return line is null ? null : line[(line.IndexOf(separator, StringComparison.Ordinal) + 1)..].Trim();
    }
}
