namespace Marsad.Core.Entities.Tagging;

/// <summary>
/// What a tagger said about each word over a large unlabeled corpus: for every stem seen often enough, the share of its
/// occurrences tagged with each <see cref="NameType"/>, in buckets. A name seen once in the training data is often met
/// many times in news where a title or a list announces it; the share carries that to the occurrences without a cue
/// (a corpus-wide document memory).
/// Rules:
/// <list type="bullet">
/// <item>the key is the clitic-free stem (<c>NerToken.StemOf</c>); only stems seen at least <c>minCount</c> times count;</item>
/// <item>per type, two bits: 0 below 10 % of the occurrences, 1 from 10 %, 2 from 40 %, 3 from 70 %; a stem whose four buckets are all 0 is not kept.</item>
/// </list>
/// </summary>
internal static class SilverLexicon
{
    /// <summary>The bucketed type shares of the stems of <paramref name="documents"/> as <paramref name="tagger"/> tags them.</summary>
    public static Dictionary<string, byte> Build(NameTagger tagger, IEnumerable<IReadOnlyList<IReadOnlyList<string>>> documents, int minCount = 5)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var tagged = tagger.TagDocument(document, confidence: false, propagate: false);
            for (var j = 0; j < document.Count; j++)
            {
                var types = new int[document[j].Count];
                Array.Fill(types, -1);
                foreach (var span in tagged[j])
                {
                    for (var i = span.Start; i < span.End; i++)
                    {
                        types[i] = (int)span.Type;
                    }
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
                }
            }
        }
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
