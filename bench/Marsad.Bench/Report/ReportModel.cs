using System.Globalization;

namespace Marsad.Bench.Report;

/// <summary>The figures of one section's run, by key.</summary>
public sealed class Figures(IReadOnlyDictionary<string, BenchFigure> figures)
{
    /// <summary>The value of <paramref name="key"/>, or null when it was not measured.</summary>
    public double? this[string key] => figures.TryGetValue(key, out var f) ? f.Value : null;

    /// <summary>The unit recorded with <paramref name="key"/>.</summary>
    public string Unit(string key) => figures.TryGetValue(key, out var f) ? f.Unit : "";

    /// <summary>Every key with this prefix, in order.</summary>
    public IEnumerable<string> KeysStartingWith(string prefix) =>
        figures.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    /// <summary>Whether nothing was measured.</summary>
    public bool IsEmpty => figures.Count == 0;
}

/// <summary>
/// One line of a section's table: a figure, its target, and the anchor it is compared with —
/// a figure measured in the same run (<see cref="AnchorKey"/>) or a published one
/// (<see cref="AnchorPublished"/>, quoted with its source in <see cref="Anchor"/>).
/// </summary>
/// <param name="Figure">What the line measures, for a reader.</param>
/// <param name="Key">The key of the figure.</param>
/// <param name="Format">The numeric format of the value.</param>
/// <param name="Target">The target as text, or null when none was set.</param>
/// <param name="Met">Whether the value meets the target (the figures at hand), or null when it cannot say.</param>
/// <param name="Anchor">The anchor's name.</param>
/// <param name="AnchorKey">The key of the anchor measured in the same run.</param>
/// <param name="AnchorPublished">A published anchor value.</param>
/// <param name="LowerIsBetter">For times: the ratio is anchor / value so that above 1 means faster.</param>
/// <param name="AnchorMissing">What to do when the anchor did not run (the tool to install).</param>
public sealed record ReportRow(
    string Figure,
    string Key,
    string Format,
    string? Target = null,
    Func<double, Figures, bool>? Met = null,
    string? Anchor = null,
    string? AnchorKey = null,
    double? AnchorPublished = null,
    bool LowerIsBetter = false,
    string? AnchorMissing = null);

/// <summary>
/// A part of the report: the harness runs (child processes of this program) that measure
/// it, the corpora it needs, and how its figures become Markdown.
/// </summary>
/// <param name="Name">The section's name, for <c>--only</c> and the markers in the document.</param>
/// <param name="Title">Its heading.</param>
/// <param name="Runs">The harness command lines (harness name first).</param>
/// <param name="Needs">Paths under the shared data folder (or, starting with <c>repo:</c>, in the repository) that must exist.</param>
/// <param name="Rows">Its table rows.</param>
/// <param name="Timeout">How long its runs may take together.</param>
/// <param name="Extra">More Markdown after the table (the end-to-end growth, the micro-benchmark table).</param>
public sealed record ReportSection(
    string Name,
    string Title,
    IReadOnlyList<string[]> Runs,
    IReadOnlyList<string> Needs,
    IReadOnlyList<ReportRow> Rows,
    TimeSpan Timeout,
    Func<Figures, string>? Extra = null);

/// <summary>Number formatting for the report: invariant culture, thousands separated.</summary>
public static class ReportFormat
{
    /// <summary>A value in the given .NET format, invariant culture.</summary>
    public static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>A ratio as <c>2.95×</c>.</summary>
    public static string Ratio(double value) => value.ToString(value >= 10 ? "F1" : "F2", CultureInfo.InvariantCulture) + "×";
}
