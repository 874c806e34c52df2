using BenchmarkDotNet.Attributes;
using Marsad.Core.Events;

namespace Marsad.Bench;

/// <summary>The trigger finder over pre-split news sentences: one operation is one sentence.</summary>
[MemoryDiagnoser]
public class EventTriggerFinderBenchmarks
{
    private static readonly string[] Sentences =
    [
        "التقى وزير الخارجية المصري نظيره الأردني في عمان وبحثا سبل تعزيز التعاون الاقتصادي بين البلدين.",
        "وقصفت الطائرات الحربية مواقع للمسلحين شمال المدينة فيما لم تعلق الحكومة على الهجوم.",
        "قال المتحدث إن بلاده سترفض أي عقوبات جديدة تفرضها واشنطن على قطاع الطاقة.",
        "ارتفعت أسعار الذهب في الأسواق المحلية بنسبة طفيفة مع بداية تعاملات الأسبوع الجاري.",
    ];

    private List<EventToken>[] _tokens = [];

    [GlobalSetup]
    public void Setup()
    {
        _tokens = Sentences.Select(WordSplitter.Split).ToArray();
        _ = TriggerFinder.Default.Find(_tokens[0]);
    }

    [Benchmark(OperationsPerInvoke = 4)]
    public int FindTriggers()
    {
        var n = 0;
        foreach (var t in _tokens)
        {
            n += TriggerFinder.Default.Find(t).Count;
        }
        return n;
    }
}
