using BenchmarkDotNet.Attributes;
using Marsad.Core.Language;

namespace Marsad.Bench;

/// <summary>Each step of the language core over one paragraph of news Arabic (written for the benchmark).</summary>
[MemoryDiagnoser]
public class LanguageBenchmarks
{
    private const string Paragraph =
        "وأكَّدَ وزيرُ الخارجيّة في مؤتمرٍ صحفيٍّ بالقاهرة أنّ المحادثاتِ مع الجانب الروسيّ ستُستأنف يوم الخميس المقبل، " +
        "بحضور ممثلين عن ١٢ دولة، وقال: «لن نقبل بأقلّ من وقفٍ شاملٍ لإطلاق النار». وأضاف أن حكومته تدرس مقترحاتهم بعناية.";

    private readonly char[] _buffer = new char[ArabicNormalizer.GetMaxNormalizedLength(Paragraph.Length)];

    [GlobalSetup]
    public void Warm() => ArabicAnalyzer.Default.Analyze(Paragraph);

    [Benchmark]
    public int NormalizeSpan() => ArabicNormalizer.Normalize(Paragraph, _buffer);

    [Benchmark]
    public int Tokenize()
    {
        var count = 0;
        foreach (var _ in new ArabicTokenizer(Paragraph))
        {
            count++;
        }
        return count;
    }

    [Benchmark]
    public int Stream()
    {
        var sink = new Counter();
        ArabicAnalyzer.Default.Stream(Paragraph, ref sink);
        return sink.Count;
    }

    [Benchmark]
    public int Analyze() => ArabicAnalyzer.Default.Analyze(Paragraph).Tokens.Count;

    [Benchmark]
    public int SegmentUncached()
    {
        var total = 0;
        foreach (var t in new ArabicTokenizer(Paragraph))
        {
            var n = ArabicNormalizer.Normalize(Paragraph.AsSpan(t.Start, t.Length), _buffer);
            total += CliticSegmenter.Segment(_buffer.AsSpan(0, n)).PrefixLength;
        }
        return total;
    }

    private struct Counter : ITokenSink
    {
        public int Count;

        public void Accept(in TokenView token) => Count += token.Stem.Length > 0 ? 1 : 0;
    }
}
