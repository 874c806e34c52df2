using BenchmarkDotNet.Attributes;
using Marsad.Core.Entities;
using Marsad.Core.Events.Coding;
using Marsad.Core.Language;

namespace Marsad.Bench;

/// <summary>
/// The whole event coder (frames, actors, dates) over news sentences written for the benchmark:
/// once from text (analysis and entity recognition included), once from a prepared analysis.
/// One operation is one sentence.
/// </summary>
[MemoryDiagnoser]
public class EventCoderBenchmarks
{
    private static readonly string[] Sentences =
    [
        "استقبل الرئيس المصري في القاهرة أمس وزير الخارجية الروسي وبحث معه الأزمة في ليبيا.",
        "أعلنت وزارة الدفاع التركية أن طائراتها قصفت مواقع لتنظيم داعش شمال سوريا يوم الأحد.",
        "رفضت الحكومة الإيرانية الاتهامات الأمريكية وقالت إنها لن تتفاوض تحت الضغط.",
        "تظاهر آلاف المحتجين في بغداد للمطالبة بتحسين الخدمات ومحاربة الفساد.",
    ];

    private static readonly DateOnly Date = new(2015, 7, 30);
    private (AnalyzedText Analysis, IReadOnlyList<EntityMention> Entities)[] _prepared = [];

    /// <summary>Loads the lexicons and prepares the analyses.</summary>
    [GlobalSetup]
    public void Setup() =>
        _prepared = [.. Sentences.Select(s => (ArabicAnalyzer.Default.Analyze(s), EntityRecognizer.Default.Recognize(s, Date)))];

    /// <summary>Analyzer, entity recognizer and coder from the sentence's text.</summary>
    [Benchmark(OperationsPerInvoke = 4)]
    public int CodeText()
    {
        var n = 0;
        foreach (var s in Sentences)
        {
            n += EventCoder.Default.Code(s, Date).Count;
        }
        return n;
    }

    /// <summary>The coder alone, analysis and mentions prepared.</summary>
    [Benchmark(OperationsPerInvoke = 4)]
    public int CodePrepared()
    {
        var n = 0;
        foreach (var (analysis, entities) in _prepared)
        {
            n += EventCoder.Default.Code(analysis, entities, Date).Count;
        }
        return n;
    }
}
