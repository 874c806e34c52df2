using System.Diagnostics;
using AngleSharp.Html.Parser;
using Marsad.Core.Extraction;
using Marsad.Core.Extraction.Html;

namespace Marsad.Bench;

/// <summary>
/// Where HTML extraction spends its time: runs the stages one by one over the pages of a
/// folder of <c>*.html.gz</c> (by default the article-extraction benchmark), after one
/// warm-up pass, and prints the CPU milliseconds of each stage in total.
/// Usage: <c>extraction-stages [HTML_DIR]</c>.
/// </summary>
public sealed class ExtractionStagesHarness : IHarness
{
    /// <inheritdoc/>
    public string Name => "extraction-stages";

    /// <inheritdoc/>
    public string Description => "time per stage of HTML extraction (parse, metadata, clean, find, blocks, dates)";

    /// <inheritdoc/>
    public int Run(string[] args)
    {
        var dir = args.Length > 0 ? args[0] : Path.Combine(ExtractionSharedDataRoot.Path, "article-extraction-benchmark", "html");
        var pages = Directory.GetFiles(dir, "*.html.gz").Order(StringComparer.Ordinal).Select(ExtractionAebRunHarness.ReadGzip).ToList();
        var names = new[] { "parse", "metadata", "clean", "find", "blocks", "dates" };
        var totals = new double[names.Length];
        // One parser for every page, as HtmlArticleReader keeps one per thread: building one costs more than parsing a small page.
        var parser = new HtmlParser(HtmlArticleReader.Options);
        for (var pass = 0; pass < 2; pass++)
        {
            Array.Clear(totals);
            foreach (var html in pages)
            {
                // CPU time, not wall time: the machine is shared and wall time says more about the neighbours.
                var last = Cpu();
                var doc = parser.ParseDocument(html);
                Lap(0);
                _ = HtmlMetadata.Read(doc);
                Lap(1);
                var body = doc.Body ?? doc.DocumentElement;
                HtmlCleaner.Clean(body);
                Lap(2);
                var found = MainContentFinder.Find(body);
                Lap(3);
                var text = string.Join('\n', found.SelectMany(BlockCollector.Collect).Select(b => b.Text));
                Lap(4);
                _ = PublicationDate.FromText(text);
                Lap(5);

                void Lap(int i)
                {
                    var now = Cpu();
                    totals[i] += now - last;
                    last = now;
                }
            }
        }
        for (var i = 0; i < names.Length; i++)
        {
            Console.WriteLine($"{names[i],-10} {totals[i],8:F0} ms");
        }
        Console.WriteLine($"{"total",-10} {totals.Sum(),8:F0} ms for {pages.Count} pages");
        return 0;
    }

    private static double Cpu()
    {
        using var p = Process.GetCurrentProcess();
        return p.TotalProcessorTime.TotalMilliseconds;
    }
}
