namespace Marsad.Core.Entities.Tagging;

/// <summary>
/// What the first stage said about each word near a sentence: a name is often introduced
/// once with a title (الرئيس فلان) and then repeated bare, so the second stage reads, for each
/// stem, the types it was tagged with in the sentences around.
/// Rules:
/// <list type="bullet">
/// <item>the key is the clitic-free stem of each token of a tagged span; the value one bit per <see cref="NameType"/>;</item>
/// <item>a sentence's memory gathers the sentences within <c>window</c> before and after it, itself included.</item>
/// </list>
/// </summary>
internal static class DocumentMemory
{
    /// <summary>One memory per sentence, from the first stage's spans.</summary>
    public static IReadOnlyDictionary<string, int>[] Build(
        IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<TaggedSpan>> spans, int window) =>
        Build(sentences.Count, (j, i) => NerToken.StemOf(sentences[j][i]), spans, window);

    /// <summary>As the other overload, from the stems the tagger's token views already hold (the same strings <see cref="NerToken.StemOf"/> makes).</summary>
    public static IReadOnlyDictionary<string, int>[] Build(
        IReadOnlyList<SentenceFeatures> sentences, IReadOnlyList<IReadOnlyList<TaggedSpan>> spans, int window) =>
        Build(sentences.Count, (j, i) => sentences[j].Words[i].View.Stem, spans, window);

    private static IReadOnlyDictionary<string, int>[] Build(
        int count, Func<int, int, string> stemOf, IReadOnlyList<IReadOnlyList<TaggedSpan>> spans, int window)
    {
        // Null where a sentence has no span (most have none): no dictionary to make or to merge.
        var own = new Dictionary<string, int>?[count];
        for (var j = 0; j < count; j++)
        {
            foreach (var span in spans[j])
            {
                own[j] ??= new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = span.Start; i < span.End; i++)
                {
                    var stem = stemOf(j, i);
                    own[j]![stem] = own[j]!.GetValueOrDefault(stem) | (1 << (int)span.Type);
                }
            }
        }
        var result = new IReadOnlyDictionary<string, int>[count];
        for (var j = 0; j < count; j++)
        {
            Dictionary<string, int>? merged = null;
            for (var k = Math.Max(0, j - window); k <= Math.Min(count - 1, j + window); k++)
            {
                if (own[k] is not { } bits)
                {
                    continue;
                }
                merged ??= new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var (stem, bit) in bits)
                {
                    merged[stem] = merged.GetValueOrDefault(stem) | bit;
                }
            }
            result[j] = merged ?? Empty;
        }
        return result;
    }

    // The memory of a sentence with no name around it; shared, never written.
    private static readonly IReadOnlyDictionary<string, int> Empty = new Dictionary<string, int>(StringComparer.Ordinal);
}
