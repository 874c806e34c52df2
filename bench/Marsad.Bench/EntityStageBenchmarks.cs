using BenchmarkDotNet.Attributes;
using Marsad.Core.Entities;
using Marsad.Core.Entities.Matching;
using Marsad.Core.Entities.Tagging;

namespace Marsad.Bench;

/// <summary>
/// The whole entity stage over one short article of our own sentences, as the pipeline runs it: the tagger's
/// candidates, the gazetteer tokens, then knowledge-base matching and linking; and each part alone. Tokens per
/// second = the resolver's tokens per call (printed at setup) / mean time. <c>entity-throughput</c> measures the same
/// stage over real news.
/// </summary>
[MemoryDiagnoser]
public class EntityStageBenchmarks
{
    private const string Article =
        "قال وزير الخارجية الأردني في مؤتمر صحفي عقده في عمان مع نظيره الفرنسي إن البلدين يدعمان الحل السياسي في سوريا.\n" +
        "وأضاف الوزير أن الاجتماع بحث التعاون بين وزارتي الخارجية في البلدين وتطورات الأوضاع في المنطقة.\n" +
        "ومن جهته أكد الرئيس الفرنسي فرانسوا هولاند في اتصال هاتفي مع الملك عبدالله الثاني دعم فرنسا للأردن.\n" +
        "وفي الرياض استقبل ولي العهد السعودي وفدا من رجال الأعمال الأمريكيين برئاسة رئيس غرفة التجارة الأمريكية.\n" +
        "وقالت وكالة الأنباء السعودية إن اللقاء تناول فرص الاستثمار في المملكة وعددا من المشاريع المشتركة.\n" +
        "وأعلنت شركة أرامكو السعودية أمس عن توقيع اتفاقية مع شركة توتال الفرنسية لبناء مصفاة جديدة في الجبيل.\n" +
        "وفي القاهرة التقى الرئيس المصري عبد الفتاح السيسي الأمين العام لجامعة الدول العربية نبيل العربي.\n" +
        "وبحث الجانبان التحضيرات للقمة العربية المقبلة في الكويت ومستجدات القضية الفلسطينية.";

    private string _text = "";
    private DateOnly _date;
    private List<GazetteerToken> _tokens = [];
    private List<EntityMention> _candidates = [];

    [GlobalSetup]
    public void Setup()
    {
        _text = Article;
        _date = new DateOnly(2014, 3, 1);
        _tokens = GazetteerTokenizer.Tokenize(_text);
        _candidates = NameCandidates.Find(NameTagger.Default, _text);
        _ = EntityRecognizer.Default.Recognize(_text, _tokens, _date, _candidates);
        Console.WriteLine($"// {_tokens.Count} tokens per call");
    }

    /// <summary>Candidates, tokens and resolution: the stage as the pipeline runs it.</summary>
    [Benchmark(Baseline = true)]
    public IReadOnlyList<EntityMention> Stage() =>
        EntityRecognizer.Default.Recognize(_text, GazetteerTokenizer.Tokenize(_text), _date, NameCandidates.Find(NameTagger.Default, _text));

    /// <summary>The statistical tagger's candidates alone.</summary>
    [Benchmark]
    public List<EntityMention> Tagger() => NameCandidates.Find(NameTagger.Default, _text);

    /// <summary>Knowledge-base matching and linking alone, over tokens and candidates made at setup.</summary>
    [Benchmark]
    public IReadOnlyList<EntityMention> Resolve() => EntityRecognizer.Default.Recognize(_text, _tokens, _date, _candidates);
}
