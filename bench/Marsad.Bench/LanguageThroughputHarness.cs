using System.Diagnostics;
using System.Globalization;
using System.Text;
using Marsad.Core.Language;

namespace Marsad.Bench;

/// <summary>
/// Tokens per second of the analyzer's streaming path (normalize, tokenize, split clitics, stem) on one
/// core over SaudiNewsNet article text, and of NLTK's ISRI stemmer alone on the same text, timed in a
/// python3 subprocess (Debian python3-nltk). Rates are per CPU second of this process (and of the
/// python process), so that they measure one core even on a loaded machine. Usage: language-throughput [MAX_ARTICLES] (default 6000; 0 for all).
/// </summary>
public sealed class LanguageThroughputHarness : IHarness
{
    public string Name => "language-throughput";

    public string Description => "Analyzer tokens/s (stream and Analyze) on SaudiNewsNet vs NLTK ISRI stemmer; [MAX_ARTICLES]";

    public int Run(string[] args)
    {
        var max = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 6000;
        var texts = LoadSaudiNewsNet(max);
        long chars = texts.Sum(t => (long)t.Length);
        long whitespaceTokens = texts.Sum(t => (long)t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        Console.WriteLine($"text: {texts.Count} articles, {chars / 1e6:F1} M chars, {whitespaceTokens / 1e6:F2} M whitespace tokens");

        // Warm-up: loads the lexicons and lets the JIT reach its optimized tiers.
        for (var round = 0; round < 3; round++)
        {
            foreach (var t in texts.Take(500))
            {
                var warm = new CountingSink();
                ArabicAnalyzer.Default.Stream(t, ref warm);
            }
        }

        // First pass: the word cache fills as new words come (cold); second pass: every word is cached (warm).
        var streamSeconds = 0.0;
        foreach (var pass in new[] { "cold", "warm" })
        {
            var sink = new CountingSink();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var start = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var t in texts)
            {
                ArabicAnalyzer.Default.Stream(t, ref sink);
            }
            var seconds = (Process.GetCurrentProcess().TotalProcessorTime - start).TotalSeconds;
            clock.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            streamSeconds = pass == "cold" ? seconds : streamSeconds;
            Marsad.Bench.Report.BenchResults.Record($"language.stream_{pass}.tokens_per_cpu_s", sink.Count / seconds, "tokens/s");
            Console.WriteLine($"stream ({pass} cache): {sink.Count / 1e6:F2} M tokens in {seconds:F2} CPU s ({clock.Elapsed.TotalSeconds:F2} s wall) = {sink.Count / seconds / 1e6:F2} M tokens/s per core ({whitespaceTokens / seconds / 1e6:F2} M whitespace tokens/s), {sink.Split / (double)sink.Count:P1} split, {allocated / (double)sink.Count:F2} bytes allocated per token");
        }

        var tokenizeStart = Process.GetCurrentProcess().TotalProcessorTime;
        long raw = 0;
        foreach (var t in texts)
        {
            foreach (var _ in new ArabicTokenizer(t))
            {
                raw++;
            }
        }
        var tokenizeSeconds = (Process.GetCurrentProcess().TotalProcessorTime - tokenizeStart).TotalSeconds;
        Console.WriteLine($"tokenize only: {raw / tokenizeSeconds / 1e6:F2} M tokens/s per core");

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        long materialized = 0;
        foreach (var t in texts)
        {
            materialized += ArabicAnalyzer.Default.Analyze(t).Tokens.Count;
        }
        var analyzeSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Marsad.Bench.Report.BenchResults.Record("language.analyze.tokens_per_cpu_s", materialized / analyzeSeconds, "tokens/s");
        Console.WriteLine($"analyze: {materialized / analyzeSeconds / 1e6:F2} M tokens/s per core (materialized tokens and sentences; GC threads included)");

        var isri = RunIsri(texts);
        if (isri is { } rate)
        {
            var ours = whitespaceTokens / streamSeconds;
            Console.WriteLine($"isri:    {rate / 1e6:F3} M whitespace tokens/s per core (NLTK ISRIStemmer.stem alone, CPU time)");
            Marsad.Bench.Report.BenchResults.Record("language.stream.ws_tokens_per_cpu_s", ours, "tokens/s");
            Marsad.Bench.Report.BenchResults.Record("language.isri.ws_tokens_per_cpu_s", rate, "tokens/s");
            Console.WriteLine($"ratio:   {ours / rate:F1}x (full analysis with a cold cache, per whitespace token, vs ISRI stemming alone)");
        }
        return 0;
    }

    private static double? RunIsri(List<string> texts)
    {
        var path = Path.Combine(Path.GetTempPath(), $"marsad-isri-{Environment.ProcessId}.txt");
        File.WriteAllText(path, string.Join('\n', texts), new UTF8Encoding(false));
        const string script = """
            import sys, time
            from nltk.stem.isri import ISRIStemmer
            words = open(sys.argv[1], encoding="utf-8").read().split()
            stemmer = ISRIStemmer()
            start = time.process_time()
            for w in words:
                stemmer.stem(w)
            elapsed = time.process_time() - start
            print(len(words), elapsed)
            """;
        try
        {
            var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
            var info = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true };
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add(script);
            info.ArgumentList.Add(path);
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                Console.WriteLine($"isri: not measured ({error.Trim().Split('\n')[^1]}); apt-get install -y python3-nltk");
                return null;
            }
            var fields = output.Trim().Split(' ');
            return double.Parse(fields[0], CultureInfo.InvariantCulture) / double.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        finally
        {
            File.Delete(path);
        }
    }

    internal static List<string> LoadSaudiNewsNet(int max) =>
        [.. SaudiArticle.Contents().Select(c => c.Content).Take(max > 0 ? max : int.MaxValue)];

    private struct CountingSink : ITokenSink
    {
        public long Count;
        public long Split;
        public long Checksum;

        public void Accept(in TokenView token)
        {
            Count++;
            if (token.Segmentation.IsSplit)
            {
                Split++;
            }
            // Reads the results so the work cannot be skipped.
            Checksum += token.Norm.Length + token.Stem.Length;
        }
    }
}
