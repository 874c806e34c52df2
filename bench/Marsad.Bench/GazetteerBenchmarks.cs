using BenchmarkDotNet.Attributes;
using Marsad.Core.Entities;
using Marsad.Core.Entities.Matching;

namespace Marsad.Bench;

/// <summary>
/// Recognition and linking over a news paragraph with pre-split tokens (as the Language
/// stage will hand them over); tokens per second = tokens per call / mean time.
/// </summary>
[MemoryDiagnoser]
public class GazetteerBenchmarks
{
    private const string Paragraph =
        "التقى الرئيس الروسي فلاديمير بوتين في موسكو وزير الخارجية الإيراني، وبحث الجانبان الوضع في سوريا والعراق. " +
        "وقال المتحدث باسم الكرملين إن الجيش الروسي سيواصل دعم الحكومة السورية في حربها ضد تنظيم داعش وجبهة النصرة، " +
        "فيما أعلنت طهران أن الحرس الثوري لن يشارك في المعارك قرب حلب. وأكد الأمين العام للأمم المتحدة أن مجلس الأمن " +
        "سيعقد جلسة طارئة، بينما دعت الولايات المتحدة وفرنسا وبريطانيا إلى وقف إطلاق النار، وقال مسؤول في الاتحاد الأوروبي " +
        "إن المساعدات ستصل إلى المدنيين خلال أيام، وأضاف أن بوتين وأردوغان سيلتقيان الشهر المقبل في أنقرة لبحث العلاقات الثنائية.";

    private static readonly DateOnly ArticleDate = new(2016, 2, 1);
    private readonly EntityRecognizer _recognizer = EntityRecognizer.Default;
    private List<GazetteerToken> _tokens = [];

    /// <summary>Tokens per call, to turn the mean time into tokens per second.</summary>
    public int TokenCount => _tokens.Count;

    [GlobalSetup]
    public void Setup()
    {
        _tokens = GazetteerTokenizer.Tokenize(Paragraph);
        Console.WriteLine($"// {_tokens.Count} tokens per call");
    }

    [Benchmark]
    public int RecognizeTokens() => _recognizer.Recognize(Paragraph, _tokens, ArticleDate).Count;

    [Benchmark]
    public int TokenizeAndRecognize() => _recognizer.Recognize(Paragraph, ArticleDate).Count;
}
