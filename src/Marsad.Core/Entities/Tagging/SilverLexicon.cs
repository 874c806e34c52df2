namespace Marsad.Core.Entities.Tagging;

/// <summary>
/// What a tagger said about each word over a large unlabeled corpus: for every stem seen often enough, the share of its
/// occurrences tagged with each <see cref="NameType"/>, in buckets. A name seen once in the training data is often met
/// many times in news where a title or a list announces it; the share carries that to the occurrences without a cue
/// (a corpus-wide document memory).
/// Rules:
/// <list type="bullet">
/// <item>the key is the clitic-free stem (<c>NerToken.StemOf</c>); only stems seen at least <c>minCount</c> times count;</item>
/// <item>per type, two bits: 0 below 10 % of the occurrences, 1 from 10 %, 2 from 40 %, 3 from 70 %; a stem whose four buckets are all 0 is not kept;</item>
/// <item>optionally (context), the same buckets for the names that begin right after the stem and end right before it, under the keys <c>&gt;stem</c> and <c>&lt;stem</c>.</item>
/// </list>
/// </summary>
internal static class SilverLexicon
{
    /// <summary>The bucketed type shares of the stems of <paramref name="documents"/> as <paramref name="tagger"/> tags them.</summary>
    public static Dictionary<string, byte> Build(NameTagger tagger, IEnumerable<IReadOnlyList<IReadOnlyList<string>>> documents, int minCount = 5, bool context = false) =>
        Bucket(Count(tagger, documents, context), minCount);

    /// <summary>The key of a stem's shares of the names that follow it (a head word: شركة، المهاجم).</summary>
    public static string BeforeKey(string stem) => ">" + stem;

    /// <summary>The key of a stem's shares of the names that precede it.</summary>
    public static string AfterKey(string stem) => "<" + stem;

    /// <summary>
    /// Per stem of <paramref name="documents"/>: how many of its occurrences <paramref name="tagger"/> tagged with each
    /// <see cref="NameType"/> (indices 0-3) and how many there are in all (index 4). With <paramref name="context"/>, also
    /// under <see cref="BeforeKey"/> the types of the names that begin right after an occurrence outside them, and under
    /// <see cref="AfterKey"/> those of the names that end right before one (counted over the stem's occurrences outside a name).
    /// </summary>
    public static Dictionary<string, int[]> Count(NameTagger tagger, IEnumerable<IReadOnlyList<IReadOnlyList<string>>> documents, bool context = false)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var tagged = tagger.TagDocument(document, confidence: false);
            for (var j = 0; j < document.Count; j++)
            {
                var types = new int[document[j].Count];
                Array.Fill(types, -1);
                // The type of the name that starts at a token (-1: none starts there) and of the one that ends there.
                var starts = new int[types.Length];
                var ends = new int[types.Length];
                Array.Fill(starts, -1);
                Array.Fill(ends, -1);
                foreach (var span in tagged[j])
                {
                    for (var i = span.Start; i < span.End; i++)
                    {
                        types[i] = (int)span.Type;
                    }
                    starts[span.Start] = (int)span.Type;
                    ends[span.End - 1] = (int)span.Type;
                }
                for (var i = 0; i < types.Length; i++)
                {
                    var stem = NerToken.StemOf(document[j][i]);
                    if (stem.Length < 2)
                    {
                        continue;
                    }
                    if (!counts.TryGetValue(stem, out var row))
                    {
                        counts[stem] = row = new int[BioLabels.TypeCount + 1];
                    }
                    row[BioLabels.TypeCount]++;
                    if (types[i] >= 0)
                    {
                        row[types[i]]++;
                    }
                    if (context && types[i] < 0)
                    {
                        CountContext(counts, BeforeKey(stem), i + 1 < types.Length ? starts[i + 1] : -1);
                        CountContext(counts, AfterKey(stem), i > 0 ? ends[i - 1] : -1);
                    }
                }
            }
        }
        return counts;
    }

    private static void CountContext(Dictionary<string, int[]> counts, string key, int type)
    {
        if (!counts.TryGetValue(key, out var row))
        {
            counts[key] = row = new int[BioLabels.TypeCount + 1];
        }
        row[BioLabels.TypeCount]++;
        if (type >= 0)
        {
            row[type]++;
        }
    }

    /// <summary>Adds the counts of <paramref name="counts"/> into <paramref name="total"/> (several taggers over the same text).</summary>
    public static void AddInto(Dictionary<string, int[]> total, Dictionary<string, int[]> counts)
    {
        foreach (var (stem, row) in counts)
        {
            if (!total.TryGetValue(stem, out var sum))
            {
                total[stem] = sum = new int[row.Length];
            }
            for (var k = 0; k < row.Length; k++)
            {
                sum[k] += row[k];
            }
        }
    }

    /// <summary>The stems with at least <paramref name="minCount"/> counted occurrences, their type shares in buckets.</summary>
    public static Dictionary<string, byte> Bucket(Dictionary<string, int[]> counts, int minCount)
    {
        var result = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var (stem, row) in counts)
        {
            var total = row[BioLabels.TypeCount];
            if (total < minCount)
            {
                continue;
            }
            var packed = 0;
            for (var type = 0; type < BioLabels.TypeCount; type++)
            {
                var share = (double)row[type] / total;
                var bucket = share >= 0.7 ? 3 : share >= 0.4 ? 2 : share >= 0.1 ? 1 : 0;
                packed |= bucket << (2 * type);
            }
            if (packed != 0)
            {
                result[stem] = (byte)packed;
            }
        }
        return result;
    }

    /// <summary>The bucket (0-3) of <paramref name="type"/> in a packed value.</summary>
    public static int Bucket(int packed, int type) => (packed >> (2 * type)) & 3;
}
