namespace Marsad.Core.Entities.Quotes;

/// <summary>
/// Pairs of quotation marks in one paragraph.
/// Rules:
/// <list type="bullet">
/// <item>« closes at the next », “ at the next ” (also „ and ‟ with ”);</item>
/// <item>straight double quotes pair in order: first with second, third with fourth;</item>
/// <item>an opening mark with no closing mark in the paragraph is ignored;</item>
/// <item>pairs do not nest: marks inside a pair are part of its text;</item>
/// <item>an opening « or “ followed by a second opener of its kind and only one closer before the next opener (or the
/// paragraph's end) is stray, as in a line pasted with a leading mark (<c>«فلانة: «…».</c>): the second opener pairs.</item>
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
            if (closer != '"' && IsStray(text, i, close, to, text[i], closer))
            {
                i++;
                continue;
            }
            pairs.Add((i, close));
            i = close + 1;
        }
        return pairs;
    }

    // An opener with a second opener of its kind before its closer is nested («قال: «نعم» ثم مضى») when a second closer
    // follows before the next opener, and stray otherwise: one closer cannot close two quotations.
    private static bool IsStray(string text, int open, int close, int to, char opener, char closer)
    {
        var inner = text.IndexOf(opener, open + 1, close - open - 1);
        if (inner < 0)
        {
            return false;
        }
        var next = text.IndexOf(opener, close + 1, to - close - 1);
        var limit = next < 0 ? to : next;
        return text.IndexOf(closer, close + 1, limit - close - 1) < 0;
    }
}
