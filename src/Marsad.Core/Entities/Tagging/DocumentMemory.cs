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
        IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<TaggedSpan>> spans, int window)
    {
        var own = new Dictionary<string, int>[sentences.Count];
        for (var j = 0; j < sentences.Count; j++)
        {
            own[j] = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var span in spans[j])
            {
                for (var i = span.Start; i < span.End; i++)
                {
                    var stem = NerToken.StemOf(sentences[j][i]);
                    own[j][stem] = own[j].GetValueOrDefault(stem) | (1 << (int)span.Type);
                }
            }
        }
        var result = new IReadOnlyDictionary<string, int>[sentences.Count];
        for (var j = 0; j < sentences.Count; j++)
        {
            var merged = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var k = Math.Max(0, j - window); k <= Math.Min(sentences.Count - 1, j + window); k++)
            {
                foreach (var (stem, bits) in own[k])
                {
                    merged[stem] = merged.GetValueOrDefault(stem) | bits;
                }
            }
            result[j] = merged;
        }
        return result;
    }
}
