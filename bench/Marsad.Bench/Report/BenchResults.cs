using System.Text.Json;

namespace Marsad.Bench.Report;

/// <summary>One figure a harness measured: a dotted key (<c>area.subject.measure</c>), its value and unit.</summary>
/// <param name="Key">What was measured, e.g. <c>extraction.marsad.f1</c>.</param>
/// <param name="Value">The measured value.</param>
/// <param name="Unit">The unit, empty for a ratio or a score.</param>
public sealed record BenchFigure(string Key, double Value, string Unit);

/// <summary>
/// Where harnesses record the figures they print, so that the <c>report</c> harness can
/// collect them without parsing console text. A harness runs in a child process of the
/// report; when <see cref="FileVariable"/> is set, every figure is appended to that file as
/// one JSON line at once (a harness that crashes later keeps what it measured).
/// </summary>
public static class BenchResults
{
    /// <summary>The environment variable naming the JSON Lines file figures go to.</summary>
    public const string FileVariable = "MARSAD_BENCH_RESULTS";

    private static readonly Lock Gate = new();
    private static readonly List<BenchFigure> Recorded = [];

    /// <summary>Every figure recorded in this process so far.</summary>
    public static IReadOnlyList<BenchFigure> All
    {
        get
        {
            lock (Gate)
            {
                return [.. Recorded];
            }
        }
    }

    /// <summary>Records a figure; a NaN or infinite value is not a measurement and is dropped.</summary>
    public static void Record(string key, double value, string unit = "")
    {
        if (!double.IsFinite(value))
        {
            return;
        }
        var figure = new BenchFigure(key, value, unit);
        lock (Gate)
        {
            Recorded.Add(figure);
            if (Environment.GetEnvironmentVariable(FileVariable) is { Length: > 0 } path)
            {
                File.AppendAllText(path, JsonSerializer.Serialize(figure) + "\n");
            }
        }
    }

    /// <summary>The figures of a file written by <see cref="Record"/>, the last value of a key winning.</summary>
    public static Dictionary<string, BenchFigure> Read(string path)
    {
        var figures = new Dictionary<string, BenchFigure>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return figures;
        }
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            if (JsonSerializer.Deserialize<BenchFigure>(line) is { } figure)
            {
                figures[figure.Key] = figure;
            }
        }
        return figures;
    }
}
