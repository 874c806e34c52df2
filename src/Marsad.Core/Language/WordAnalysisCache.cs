using System.Collections.Concurrent;

namespace Marsad.Core.Language;

/// <summary>How one normalized word segments and stems: the result the analyzer caches.</summary>
/// <param name="Segmentation">Its clitics.</param>
/// <param name="StemLength">The length of its name-safe light stem, a prefix of its base (stemming a base only removes suffixes).</param>
/// <param name="PronounReading">When the article was preferred over a base in ال before a pronoun, that reading (else none).</param>
/// <param name="PronounStemLength">The stem length of <paramref name="PronounReading"/>'s base.</param>
internal readonly record struct WordAnalysis(Segmentation Segmentation, int StemLength, Segmentation PronounReading, int PronounStemLength);

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
        var segmentation = CliticSegmenter.Segment(word, finalTehMarbuta, out var pronounReading);
        var length = segmentation.WriteBase(word, scratch);
        var stemLength = LightStemmer.StemBase(scratch[..length], StemMode.NameSafe).Length;
        var pronounStemLength = 0;
        if (pronounReading.IsSplit)
        {
            length = pronounReading.WriteBase(word, scratch);
            pronounStemLength = LightStemmer.StemBase(scratch[..length], StemMode.NameSafe).Length;
        }
        var analysis = new WordAnalysis(segmentation, stemLength, pronounReading, pronounStemLength);
        if (word.Length <= MaxWordLength && Volatile.Read(ref _count) < Capacity && lookup.TryAdd(word, analysis))
        {
            Interlocked.Increment(ref _count);
        }
        return analysis;
    }

    // Sized up front with many locks: a growing ConcurrentDictionary rehashes under all its locks (and starts with
    // one lock per core), so the other worker waited on TryAdd: 7 % of the workers' thread time in a profile of
    // 3,000 articles (docs/language.md, session 10).
    private static ConcurrentDictionary<string, WordAnalysis>.AlternateLookup<ReadOnlySpan<char>> NewLookup(int capacity) =>
        new ConcurrentDictionary<string, WordAnalysis>(Locks, capacity, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private const int Locks = 64;
}
