using BenchmarkDotNet.Attributes;
using Marsad.Core.Stories;

namespace Marsad.Bench;

/// <summary>
/// Near-duplicate detection's per-article work on a 300-word article (generated from a
/// small vocabulary, written for the benchmark): shingling, the MinHash signature, and an
/// index query with exact verification against 2,000 indexed articles.
/// </summary>
[MemoryDiagnoser]
public class MinHashBenchmarks
{
    private static readonly string[] Words =
        "أعلن وزير الخارجية أن الحكومة ستعقد اجتماعا مع الوفد الروسي في القاهرة لبحث الأزمة السورية والملف الإيراني وأكد المتحدث أن المحادثات ستستمر حتى الأسبوع المقبل رغم الخلافات بين الطرفين حول وقف إطلاق النار والمساعدات الإنسانية"
            .Split(' ');

    private readonly MinHasher _hasher = new();
    private readonly uint[] _signature = new uint[new MinHasher().Length];
    private readonly NearDuplicateIndex _index = new();
    private readonly List<ulong[]> _sets = [];
    private string _article = "";
    private ulong[] _shingles = [];

    /// <summary>Builds the article and an index of 2,000 other articles.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(11);
        string Article() => string.Join(' ', Enumerable.Range(0, 300).Select(_ => Words[random.Next(Words.Length)]));
        _article = Article();
        _shingles = Shingler.Shingles(_article);
        // A reprint with a few words changed, so that the query has a true candidate to verify.
        var words = _article.Split(' ');
        for (var k = 0; k < 5; k++)
        {
            words[random.Next(words.Length)] = "وأضاف";
        }
        _sets.Add(Shingler.Shingles(string.Join(' ', words)));
        _index.Add(0, _hasher.Signature(_sets[0]));
        for (var i = 1; i < 2000; i++)
        {
            var set = Shingler.Shingles(Article());
            _sets.Add(set);
            _index.Add(i, _hasher.Signature(set));
        }
    }

    /// <summary>4-word shingles of the article, hashed.</summary>
    [Benchmark]
    public int Shingle() => Shingler.Shingles(_article).Length;

    /// <summary>The MinHash signature of the article's shingles.</summary>
    [Benchmark]
    public uint Sign()
    {
        _hasher.Signature(_shingles, _signature);
        return _signature[0];
    }

    /// <summary>Candidates from the LSH buckets, verified by exact Jaccard.</summary>
    [Benchmark]
    public int Query()
    {
        _hasher.Signature(_shingles, _signature);
        return _index.QueryExact(_signature, _shingles, key => _sets[(int)key]).Count;
    }
}
