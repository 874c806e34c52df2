namespace Marsad.Core.Entities.Tagging;

/// <summary>
/// The tagger's label set as small integers: 0 is O, 1..4 are B-type and 5..8 I-type,
/// in <see cref="NameType"/> order. Arrays indexed by label stay tiny and branch-free.
/// </summary>
internal static class BioLabels
{
    public const int Count = 9;
    public const int Outside = 0;
    public const int TypeCount = 4;

    public static int Begin(NameType type) => 1 + (int)type;

    public static int Inside(NameType type) => 1 + TypeCount + (int)type;

    public static bool IsBegin(int label) => label is >= 1 and <= TypeCount;

    public static bool IsInside(int label) => label > TypeCount;

    public static NameType TypeOf(int label) => (NameType)((label - 1) % TypeCount);

    /// <summary>I-X may only follow B-X or I-X: the decoder forbids every other move into it.</summary>
    public static bool IsAllowed(int previous, int label) =>
        !IsInside(label) || (previous != Outside && TypeOf(previous) == TypeOf(label));

    /// <summary>The label of each token for <paramref name="spans"/> over <paramref name="length"/> tokens.</summary>
    public static int[] FromSpans(IReadOnlyList<TaggedSpan> spans, int length)
    {
        var labels = new int[length];
        foreach (var span in spans)
        {
            for (var i = span.Start; i < span.End && i < length; i++)
            {
                labels[i] = i == span.Start ? Begin(span.Type) : Inside(span.Type);
            }
        }
        return labels;
    }

    /// <summary>The spans a label sequence encodes; a stray I-X opens a span.</summary>
    public static List<TaggedSpan> ToSpans(ReadOnlySpan<int> labels, ReadOnlySpan<double> confidence)
    {
        var spans = new List<TaggedSpan>();
        var i = 0;
        while (i < labels.Length)
        {
            if (labels[i] == Outside)
            {
                i++;
                continue;
            }
            var type = TypeOf(labels[i]);
            var start = i;
            var conf = confidence.IsEmpty ? 1.0 : confidence[i];
            i++;
            while (i < labels.Length && IsInside(labels[i]) && TypeOf(labels[i]) == type)
            {
                conf = confidence.IsEmpty ? 1.0 : Math.Min(conf, confidence[i]);
                i++;
            }
            spans.Add(new TaggedSpan(start, i, type, conf));
        }
        return spans;
    }
}
