using Marsad.Core.Entities.Tagging;

namespace Marsad.Core.Tests.Entities.Tagging;

/// <summary>A tiny labelled corpus of our own: a person follows السيد and a place follows في, for every pair given.</summary>
internal static class SyntheticNerCorpus
{
    /// <summary>One sentence «وصل السيد NAME إلى مكتبه في PLACE .» per name and place, in that order.</summary>
    public static List<LabeledSentence> Build(IEnumerable<string> names, IReadOnlyList<string> places)
    {
        var sentences = new List<LabeledSentence>();
        foreach (var name in names)
        {
            foreach (var place in places)
            {
                string[] tokens = ["وصل", "السيد", name, "إلى", "مكتبه", "في", place, "."];
                sentences.Add(new LabeledSentence(tokens, [new TaggedSpan(2, 3, NameType.Person, 1), new TaggedSpan(6, 7, NameType.Location, 1)]));
            }
        }
        return sentences;
    }
}
