using BenchmarkDotNet.Attributes;
using Marsad.Core.Language;

namespace Marsad.Bench;

/// <summary>The normalizer over a paragraph of news Arabic.</summary>
[MemoryDiagnoser]
public class NormalizerBenchmarks
{
    private const string Paragraph = "أكَّدَ وزيرُ الخارجيّة أنّ المحادثاتِ مع الجانب الروسيّ ستُستأنف يوم الخميس المقبل في القاهرة، بحضور ممثلين عن ١٢ دولة.";

    [Benchmark]
    public string Normalize() => ArabicNormalizer.Normalize(Paragraph);
}
