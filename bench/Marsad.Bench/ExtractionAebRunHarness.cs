using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Marsad.Core.Extraction;
using Marsad.Core.Reading;

namespace Marsad.Bench;

/// <summary>
/// The Marsad side of <see cref="ExtractionAebHarness"/>, run as its own process so that
/// both extractors are timed the same way: reads every <c>*.html.gz</c> of a folder,
/// extracts it and writes <c>{"key": {"articleBody": "..."}}</c>.
/// </summary>
public sealed class ExtractionAebRunHarness : IHarness
{
    /// <inheritdoc/>
    public string Name => "extraction-aeb-run";

    /// <inheritdoc/>
    public string Description => "extract HTML_DIR OUT_JSON: Marsad's article extraction over *.html.gz (used by extraction-aeb)";

    /// <inheritdoc/>
    public int Run(string[] args)
    {
        if (args.Length is not (2 or 3))
        {
            Console.Error.WriteLine("usage: extraction-aeb-run HTML_DIR OUT_JSON [--parse-only]");
            return 2;
        }
        var extractor = new ArticleExtractor();
        var paths = Directory.GetFiles(args[0], "*.html.gz");
        var texts = new string[paths.Length];
        // Pages are independent and the extractor is thread-safe: use every core, as a batch run does.
        Parallel.For(0, paths.Length, i =>
        {
            var page = new RawPage { Origin = paths[i], Content = ReadGzip(paths[i]), Kind = ContentKind.Html };
            // --parse-only separates the HTML parser's share of the time from extraction's.
            texts[i] = args.Length == 3 ? new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page.Content).Title ?? "" : extractor.Extract(page).Text;
        });
        var results = new SortedDictionary<string, AebPrediction>(StringComparer.Ordinal);
        for (var i = 0; i < paths.Length; i++)
        {
            results[Path.GetFileName(paths[i])[..^".html.gz".Length]] = new AebPrediction(texts[i]);
        }
        File.WriteAllText(args[1], JsonSerializer.Serialize(results));
        return 0;
    }

    /// <summary>The decoded text of a gzip-compressed UTF-8 file.</summary>
    public static string ReadGzip(string path)
    {
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gz, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}

/// <summary>One page's extracted text in the benchmark's JSON shape.</summary>
/// <param name="ArticleBody">The extracted main text.</param>
public sealed record AebPrediction([property: JsonPropertyName("articleBody")] string ArticleBody);
