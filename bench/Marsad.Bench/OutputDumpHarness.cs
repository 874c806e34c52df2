using System.Globalization;
using System.Text;
using Marsad.Core;
using Marsad.Core.Documents;
using Marsad.Core.Processing;

namespace Marsad.Bench;

/// <summary>
/// <c>output-dump --out FILE [--limit N] [--compare FILE]</c>: the documents (entities, quotes, events:
/// the whole JSON without the text) of the first N SaudiNewsNet articles, one line each in input
/// order, written to a file; with <c>--compare</c>, the number of lines that differ from a dump made
/// by another build. A speed change must leave the analysis as it was: dump with the build before,
/// compare with the build after.
/// </summary>
public sealed class OutputDumpHarness : IHarness
{
    /// <inheritdoc/>
    public string Name => "output-dump";

    /// <inheritdoc/>
    public string Description => "SaudiNewsNet documents (entities, events) to a file, and compared with another build's [--out FILE] [--limit N] [--compare FILE]";

    /// <inheritdoc/>
    public int Run(string[] args)
    {
        var limit = 2000;
        string? output = null;
        string? compare = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--limit": limit = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--out": output = args[i + 1]; break;
                case "--compare": compare = args[i + 1]; break;
                default: Console.Error.WriteLine($"output-dump: unknown option {args[i]}"); return 2;
            }
        }
        if (output is null)
        {
            Console.Error.WriteLine("output-dump: --out FILE is required");
            return 2;
        }
        if (!Directory.Exists(SaudiArticle.Folder))
        {
            Console.Error.WriteLine($"output-dump: skipped: {SaudiArticle.Folder} is absent");
            return 3;
        }
        var lines = 0;
        using (var writer = new StreamWriter(output, false, new UTF8Encoding(false)))
        {
            // Many workers, as the ingest runs: the dump also catches a result that depends on thread timing.
            foreach (var item in new DocumentRunner(new Pipeline()).RunAsync(NewsCorpusReader.Read(SaudiArticle.Folder, limit)).ToBlockingEnumerable())
            {
                writer.WriteLine(item.Document is { } document ? DocumentJson.Serialize(document with { Text = "" }) : $"failed: {item.Origin}");
                lines++;
            }
        }
        Console.WriteLine($"output-dump: {lines} documents written to {output}");
        if (compare is null)
        {
            return 0;
        }
        var before = File.ReadAllLines(compare);
        var after = File.ReadAllLines(output);
        var differing = Enumerable.Range(0, Math.Max(before.Length, after.Length))
            .Where(i => i >= before.Length || i >= after.Length || !string.Equals(before[i], after[i], StringComparison.Ordinal))
            .ToList();
        Console.WriteLine($"output-dump: {differing.Count} of {after.Length} documents differ from {compare}{(differing.Count > 0 ? $" (first: line {differing[0] + 1})" : "")}");
        return differing.Count == 0 ? 0 : 1;
    }
}
