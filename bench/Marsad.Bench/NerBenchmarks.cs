using BenchmarkDotNet.Attributes;
using Marsad.Core.Entities.Tagging;

namespace Marsad.Bench;

/// <summary>The NER tagger over one 26-token news sentence: tokens per second = 26 / mean time.</summary>
[MemoryDiagnoser]
public class NerBenchmarks
{
    private static readonly string[] Sentence =
        ("وقال وزير الخارجية الأردني ناصر جودة في مؤتمر صحفي عقده في عمان مع نظيره الفرنسي " +
         "لوران فابيوس إن البلدين يدعمان الحل السياسي في سوريا وفق بيان جنيف .").Split(' ');

    [GlobalSetup]
    public void Setup() => _ = NameTagger.Default;

    [Benchmark]
    public IReadOnlyList<TaggedSpan> Tag() => NameTagger.Default.Tag(Sentence);
}
