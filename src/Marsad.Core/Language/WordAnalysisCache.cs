using System.Collections.Concurrent;

namespace Marsad.Core.Language;

/// <summary>How one normalized word segments and stems: the result the analyzer caches.</summary>
/// <param name="Segmentation">Its clitics.</param>
/// <param name="StemLength">The length of its name-safe light stem, a prefix of its base (stemming a base only removes suffixes).</param>
internal readonly record struct WordAnalysis(Segmentation Segmentation, int StemLength);

/// <summary>
/// Remembers the segmentation and stem of the words met so far. News vocabulary follows Zipf's law,
/// so after a few thousand articles nearly every word is a single lookup instead of the dozens of
/// lexicon probes <see cref="CliticSegmenter"/> makes. The results depend only on the word and the
/// built-in lexicons, so sharing them between threads is safe; the cache stops growing at a fixed size.
/// </summary>
internal static class WordAnalysisCache
{
    private const int Capacity = 1 << 19;
    private const int MaxWordLength = 40;

    // Words written with a final ة are segmented apart from the same letters written with ه (see CliticSegmenter).
    private static readonly ConcurrentDictionary<string, WordAnalysis>.AlternateLookup<ReadOnlySpan<char>> Plain = NewLookup(Capacity);
    private static readonly ConcurrentDictionary<string, WordAnalysis>.AlternateLookup<ReadOnlySpan<char>> TehMarbuta = NewLookup(Capacity / 8);

    private static int _count;

    /// <summary>
    /// The analysis of <paramref name="word"/>, whose original ended in ة when <paramref name="finalTehMarbuta"/>;
    /// <paramref name="scratch"/> (the word's length at least) is working space.
    /// </summary>
    public static WordAnalysis Get(ReadOnlySpan<char> word, bool finalTehMarbuta, Span<char> scratch)
    {
        var lookup = finalTehMarbuta ? TehMarbuta : Plain;
        if (lookup.TryGetValue(word, out var cached))
        {
            return cached;
        }
        var segmentation = CliticSegmenter.Segment(word, finalTehMarbuta);
        var analysis = new WordAnalysis(segmentation, StemLength(word, segmentation, scratch));
        if (word.Length <= MaxWordLength && Volatile.Read(ref _count) < Capacity && lookup.TryAdd(word, analysis))
        {
            Interlocked.Increment(ref _count);
        }
        return analysis;
    }

    /// <summary>
    /// The reading of a word whose original writes a hamza where its cached segmentation has the article (أل, إل, آل:
    /// the article is written with a bare alef): the pronoun reading the article was preferred over, if there was one
    /// (ألحانه is الحان + ه), else <paramref name="cached"/>. Not cached, as such words are rare (86 tokens in SaudiNewsNet).
    /// </summary>
    public static WordAnalysis WithoutArticle(ReadOnlySpan<char> word, bool finalTehMarbuta, WordAnalysis cached, Span<char> scratch)
    {
        CliticSegmenter.Segment(word, finalTehMarbuta, out var pronounReading);
        return pronounReading.IsSplit ? new WordAnalysis(pronounReading, StemLength(word, pronounReading, scratch)) : cached;
    }

    private static int StemLength(ReadOnlySpan<char> word, Segmentation segmentation, Span<char> scratch)
    {
        var length = segmentation.WriteBase(word, scratch);
        return LightStemmer.StemBase(scratch[..length], StemMode.NameSafe).Length;
    }

    // Sized up front with many locks: a growing ConcurrentDictionary rehashes under all its locks (and starts with
    // one lock per core), so the other worker waited on TryAdd: 7 % of the workers' thread time in a profile of
    // 3,000 articles (docs/language.md, session 10).
    private static ConcurrentDictionary<string, WordAnalysis>.AlternateLookup<ReadOnlySpan<char>> NewLookup(int capacity) =>
        new ConcurrentDictionary<string, WordAnalysis>(Locks, capacity, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private const int Locks = 64;
}
