using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace Marsad.Bench;

/// <summary>
/// Quality and speed of article extraction on the 181 pages of the article-extraction
/// benchmark (../shared/data/article-extraction-benchmark), side by side with
/// readability-lxml (Debian python3-readability): each extractor runs as its own process
/// over all pages; the harness prints pages/s of each (whole process, start-up included),
/// the speed ratio, the benchmark's shingle precision, recall and F1 of each, and the
/// worst pages of Marsad.
/// Readability.js (node, bench/anchors/readability-js) runs the same way.
/// Usage: <c>extraction-aeb [--worst N] [--no-readability] [--no-readability-js] [--python PATH]</c>.
/// </summary>
public sealed class ExtractionAebHarness : IHarness
{
    // The benchmark's own readability runner: summary HTML, then its text content.
    private const string ReadabilityScript = """
        import gzip, json, sys, pathlib
        from readability import Document
        import lxml.html
        out = {}
        for p in sorted(pathlib.Path(sys.argv[1]).glob('*.html.gz')):
            html = gzip.decompress(p.read_bytes())
            try:
                summary = Document(html).summary(html_partial=True)
                text = lxml.html.fromstring(summary).text_content() if summary.strip() else ''
            except Exception:
                text = ''
            out[p.name[:-len('.html.gz')]] = {'articleBody': text}
        pathlib.Path(sys.argv[2]).write_text(json.dumps(out))
        """;

    /// <inheritdoc/>
    public string Name => "extraction-aeb";

    /// <inheritdoc/>
    public string Description => "article-extraction-benchmark: shingle F1 and pages/s of Marsad vs readability-lxml and Readability.js";

    /// <inheritdoc/>
    public int Run(string[] args)
    {
        var worst = args.SkipWhile(a => a != "--worst").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(15);
        var python = args.SkipWhile(a => a != "--python").Skip(1).FirstOrDefault() ?? "/usr/bin/python3";
        var root = Path.Combine(ExtractionSharedDataRoot.Path, "article-extraction-benchmark");
        if (!Directory.Exists(root))
        {
            Console.Error.WriteLine($"missing {root}");
            return 3;
        }
        var htmlDir = Path.Combine(root, "html");
        var pages = Directory.GetFiles(htmlDir, "*.html.gz").Length;
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "ground-truth.json")));
        var tmp = Directory.CreateTempSubdirectory("marsad-aeb-");

        var marsadOut = Path.Combine(tmp.FullName, "marsad.json");
        var self = Environment.ProcessPath!;
        var selfArgs = Path.GetFileNameWithoutExtension(self) == "dotnet" ? [Assembly.GetEntryAssembly()!.Location] : Array.Empty<string>();
        var (marsadSeconds, marsadCpu) = Time(self, [.. selfArgs, "extraction-aeb-run", htmlDir, marsadOut], tmp.FullName);
        var marsad = Score(gold.RootElement, marsadOut);
        Console.WriteLine($"pages: {pages}");
        Report("marsad", marsadSeconds, marsadCpu, pages, marsad);

        if (!args.Contains("--no-readability"))
        {
            var readabilityOut = Path.Combine(tmp.FullName, "readability.json");
            var (seconds, cpu) = Time(python, ["-c", ReadabilityScript, htmlDir, readabilityOut], tmp.FullName);
            if (File.Exists(readabilityOut))
            {
                Report("readability-lxml", seconds, cpu, pages, Score(gold.RootElement, readabilityOut));
                Console.WriteLine($"speed ratio marsad / readability-lxml: {seconds / marsadSeconds:F2}x wall (pages/s), {cpu / marsadCpu:F2}x CPU time");
            }
            else
            {
                Console.Error.WriteLine($"readability-lxml did not run ({python}); install python3-readability");
            }
        }

        if (!args.Contains("--no-readability-js"))
        {
            RunReadabilityJs(gold.RootElement, htmlDir, pages, tmp.FullName, marsadSeconds, marsadCpu);
        }

        Console.WriteLine($"worst {worst} pages of marsad (F1, P, R, key, url):");
        foreach (var (key, tpfpfn) in marsad.Pages.OrderBy(p => PageF1(p.Value)).Take(worst))
        {
            var url = gold.RootElement.GetProperty(key).TryGetProperty("url", out var u) ? u.GetString() : "";
            Console.WriteLine(FormattableString.Invariant($"  {PageF1(tpfpfn):F3} {ExtractionShingleScore.PagePrecision(tpfpfn):F3} {ExtractionShingleScore.PageRecall(tpfpfn):F3} {key[..12]} {url}"));
        }
        tmp.Delete(recursive: true);
        return 0;
    }

    /// <summary>
    /// Readability.js (Mozilla, with jsdom) run by node over the same pages, from
    /// bench/anchors/readability-js; its packages are installed there with <c>npm ci</c> on first use.
    /// </summary>
    private static void RunReadabilityJs(JsonElement gold, string htmlDir, int pages, string tmp, double marsadSeconds, double marsadCpu)
    {
        var anchor = Path.Combine(Marsad.Bench.Report.EndToEndCliHarness.RepositoryRoot(), "bench", "anchors", "readability-js");
        var node = new[] { "/usr/bin/node", "/usr/local/bin/node" }.FirstOrDefault(File.Exists);
        var npm = new[] { "/usr/bin/npm", "/usr/local/bin/npm" }.FirstOrDefault(File.Exists);
        if (node is null || npm is null || !File.Exists(Path.Combine(anchor, "extract.js")))
        {
            Console.Error.WriteLine($"readability-js did not run: node and npm are needed, and {anchor}/extract.js");
            return;
        }
        if (!Directory.Exists(Path.Combine(anchor, "node_modules")))
        {
            var install = new ProcessStartInfo(npm) { UseShellExecute = false, WorkingDirectory = anchor };
            foreach (var a in new[] { "ci", "--no-audit", "--no-fund" })
            {
                install.ArgumentList.Add(a);
            }
            using var npmCi = Process.Start(install)!;
            npmCi.WaitForExit();
            if (npmCi.ExitCode != 0)
            {
                Console.Error.WriteLine($"readability-js did not run: npm ci failed in {anchor}");
                return;
            }
        }
        var output = Path.Combine(tmp, "readability-js.json");
        var (seconds, cpu) = Time(node, [Path.Combine(anchor, "extract.js"), htmlDir, output], tmp);
        if (!File.Exists(output))
        {
            Console.Error.WriteLine("readability-js did not run: see the error above");
            return;
        }
        Report("readability-js", seconds, cpu, pages, Score(gold, output));
        Console.WriteLine($"speed ratio marsad / readability-js: {seconds / marsadSeconds:F2}x wall (pages/s), {cpu / marsadCpu:F2}x CPU time");
    }

    private sealed record Scored(IReadOnlyDictionary<string, (double Tp, double Fp, double Fn)> Pages, double Precision, double Recall, double F1);

    private static Scored Score(JsonElement gold, string predictionPath)
    {
        using var predicted = JsonDocument.Parse(File.ReadAllText(predictionPath));
        var pages = new SortedDictionary<string, (double, double, double)>(StringComparer.Ordinal);
        foreach (var page in gold.EnumerateObject())
        {
            var truth = page.Value.TryGetProperty("articleBody", out var b) ? b.GetString() ?? "" : "";
            var guess = predicted.RootElement.TryGetProperty(page.Name, out var p) && p.TryGetProperty("articleBody", out var pb) ? pb.GetString() ?? "" : "";
            pages[page.Name] = ExtractionShingleScore.Page(truth, guess);
        }
        var (precision, recall, f1) = ExtractionShingleScore.Overall([.. pages.Values]);
        return new Scored(pages, precision, recall, f1);
    }

    private static double PageF1((double Tp, double Fp, double Fn) x)
    {
        var p = ExtractionShingleScore.PagePrecision(x);
        var r = ExtractionShingleScore.PageRecall(x);
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }

    private static void Report(string name, double seconds, double cpu, int pages, Scored s)
    {
        Console.WriteLine(FormattableString.Invariant($"{name,-18} {pages / seconds,8:F1} pages/s ({seconds:F2} s wall, {cpu:F2} s CPU)  precision={s.Precision:F4} recall={s.Recall:F4} F1={s.F1:F4}"));
        Marsad.Bench.Report.BenchResults.Record($"extraction.{name}.f1", s.F1);
        Marsad.Bench.Report.BenchResults.Record($"extraction.{name}.precision", s.Precision);
        Marsad.Bench.Report.BenchResults.Record($"extraction.{name}.recall", s.Recall);
        Marsad.Bench.Report.BenchResults.Record($"extraction.{name}.pages_per_s", pages / seconds, "pages/s");
        Marsad.Bench.Report.BenchResults.Record($"extraction.{name}.cpu", cpu, "s");
    }

    /// <summary>Wall seconds of the process, and its user + system CPU seconds when /usr/bin/time can tell them (else NaN).</summary>
    private static (double Wall, double Cpu) Time(string program, string[] arguments, string tmp)
    {
        // On a shared machine wall time mostly measures the neighbours; CPU time is the work done.
        var timeFile = Path.Combine(tmp, "time.txt");
        var timed = File.Exists("/usr/bin/time");
        var start = new ProcessStartInfo(timed ? "/usr/bin/time" : program) { UseShellExecute = false };
        if (timed)
        {
            foreach (var a in new[] { "-f", "%U %S", "-o", timeFile, program })
            {
                start.ArgumentList.Add(a);
            }
        }
        // A batch run of a few seconds spends more on profile-guided re-jitting than it wins back.
        start.Environment["DOTNET_TieredPGO"] = "0";
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.WaitForExit();
        var wall = watch.Elapsed.TotalSeconds;
        var cpu = double.NaN;
        if (timed && File.Exists(timeFile))
        {
            var parts = File.ReadAllLines(timeFile).Last().Split(' ');
            cpu = double.Parse(parts[0], CultureInfo.InvariantCulture) + double.Parse(parts[1], CultureInfo.InvariantCulture);
        }
        return (wall, cpu);
    }
}
