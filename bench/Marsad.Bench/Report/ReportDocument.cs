using System.Text;

namespace Marsad.Bench.Report;

/// <summary>
/// Rewrites the generated part of docs/evaluation.md: everything between
/// <c>&lt;!-- report:begin --&gt;</c> and <c>&lt;!-- report:end --&gt;</c> is the report's, one
/// block per section between <c>&lt;!-- report:NAME:begin --&gt;</c> and
/// <c>&lt;!-- report:NAME:end --&gt;</c>. Only the blocks given are replaced; the others and
/// all text outside the outer markers stay as they are.
/// </summary>
public static class ReportDocument
{
    private const string Begin = "<!-- report:begin -->";
    private const string End = "<!-- report:end -->";

    /// <summary>Replaces (or adds, in <paramref name="order"/>) the blocks of <paramref name="blocks"/> in the file.</summary>
    public static void Update(string path, IReadOnlyDictionary<string, string> blocks, IReadOnlyList<string> order)
    {
        var text = File.Exists(path) ? File.ReadAllText(path) : "# Evaluation\n";
        File.WriteAllText(path, Apply(text, blocks, ["machine", .. order]), new UTF8Encoding(false));
    }

    /// <summary>The document with the blocks replaced or added.</summary>
    public static string Apply(string text, IReadOnlyDictionary<string, string> blocks, IReadOnlyList<string> order)
    {
        text = text.ReplaceLineEndings("\n");
        if (!text.Contains(Begin, StringComparison.Ordinal) || !text.Contains(End, StringComparison.Ordinal))
        {
            text = text.TrimEnd() + $"\n\n{Begin}\n{End}\n";
        }
        var start = text.IndexOf(Begin, StringComparison.Ordinal) + Begin.Length;
        var end = text.IndexOf(End, start, StringComparison.Ordinal);
        var generated = text[start..end];
        var existing = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in order)
        {
            var (b, e) = ($"<!-- report:{name}:begin -->", $"<!-- report:{name}:end -->");
            var i = generated.IndexOf(b, StringComparison.Ordinal);
            var j = i < 0 ? -1 : generated.IndexOf(e, i, StringComparison.Ordinal);
            if (j > i)
            {
                existing[name] = generated[(i + b.Length)..j].Trim('\n');
            }
        }
        var result = new StringBuilder();
        foreach (var name in order)
        {
            var body = blocks.TryGetValue(name, out var fresh) ? fresh.ReplaceLineEndings("\n").Trim('\n') : existing.GetValueOrDefault(name);
            if (body is null)
            {
                continue;
            }
            result.Append('\n').Append($"<!-- report:{name}:begin -->\n").Append(body).Append('\n').Append($"<!-- report:{name}:end -->\n");
        }
        return text[..start] + "\n" + result.ToString().TrimStart('\n') + text[end..];
    }
}
