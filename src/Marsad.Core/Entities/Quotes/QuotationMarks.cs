namespace Marsad.Core.Entities.Quotes;

/// <summary>
/// Pairs of quotation marks in one paragraph.
/// Rules:
/// <list type="bullet">
/// <item>« closes at the next », “ at the next ” (also „ and ‟ with ”);</item>
/// <item>straight double quotes pair in order: first with second, third with fourth;</item>
/// <item>an opening mark with no closing mark in the paragraph is ignored;</item>
/// <item>pairs do not nest: marks inside a pair are part of its text.</item>
/// </list>
/// </summary>
internal static class QuotationMarks
{
    /// <summary>(offset of the opening mark, offset of the closing mark) for each pair between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public static List<(int Open, int Close)> Find(string text, int from, int to)
    {
        var pairs = new List<(int, int)>();
        var i = from;
        while (i < to)
        {
            var closer = text[i] switch
            {
                '«' => '»',
                '“' or '„' or '‟' => '”',
                '"' => '"',
                _ => '\0',
            };
            if (closer == '\0')
            {
                i++;
                continue;
            }
            var close = text.IndexOf(closer, i + 1, to - i - 1);
            if (close < 0)
            {
                i++;
                continue;
            }
            pairs.Add((i, close));
            i = close + 1;
        }
        return pairs;
    }
}
