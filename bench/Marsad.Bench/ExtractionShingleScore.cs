using System.Text.RegularExpressions;

namespace Marsad.Bench;

/// <summary>
/// The article-extraction-benchmark metric (scrapinghub, evaluate.py): per page, the
/// multisets of 4-token shingles of gold and prediction give tp/fp/fn normalized to sum
/// 1; precision is averaged over pages with a prediction, recall over pages with gold;
/// F1 is the harmonic mean of the two means. Tokens are the benchmark's <c>\w+</c>
/// matches, case kept (its IGNORECASE flag does not fold findall's output).
/// </summary>
public static partial class ExtractionShingleScore
{
    /// <summary>Normalized (tp, fp, fn) of one page.</summary>
    public static (double Tp, double Fp, double Fn) Page(string gold, string predicted)
    {
        var g = Shingles(gold);
        var p = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var key in g.Keys.Union(p.Keys))
        {
            var gc = g.GetValueOrDefault(key);
            var pc = p.GetValueOrDefault(key);
            tp += Math.Min(gc, pc);
            fp += Math.Max(0, pc - gc);
            fn += Math.Max(0, gc - pc);
        }
        var s = tp + fp + fn;
        return s > 0 ? (tp / s, fp / s, fn / s) : (0, 0, 0);
    }

    /// <summary>Mean precision, mean recall and their F1 over pages.</summary>
    public static (double Precision, double Recall, double F1) Overall(IReadOnlyList<(double Tp, double Fp, double Fn)> pages)
    {
        var precision = pages.Where(x => x.Tp + x.Fp > 0).Select(x => PagePrecision(x)).DefaultIfEmpty(0).Average();
        var recall = pages.Where(x => x.Tp + x.Fn > 0).Select(x => PageRecall(x)).DefaultIfEmpty(0).Average();
        return (precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0);
    }

    /// <summary>Precision of one page as the benchmark defines it.</summary>
    public static double PagePrecision((double Tp, double Fp, double Fn) x) =>
        x.Fp == 0 && x.Fn == 0 ? 1 : x.Tp == 0 && x.Fp == 0 ? 0 : x.Tp / (x.Tp + x.Fp);

    /// <summary>Recall of one page as the benchmark defines it.</summary>
    public static double PageRecall((double Tp, double Fp, double Fn) x) =>
        x.Fp == 0 && x.Fn == 0 ? 1 : x.Tp == 0 && x.Fn == 0 ? 0 : x.Tp / (x.Tp + x.Fn);

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Token().Matches(text).Select(m => m.Value).ToList();
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        // As in the benchmark, a text shorter than n tokens gives one shorter shingle.
        for (var i = 0; i < Math.Max(1, tokens.Count - 3); i++)
        {
            var shingle = string.Join('\u0001', tokens.Skip(i).Take(4));
            if (shingle.Length > 0)
            {
                result[shingle] = result.GetValueOrDefault(shingle) + 1;
            }
        }
        return result;
    }

    // Python's \w: letters, digits and underscore; combining marks are not word characters there.
    [GeneratedRegex(@"[\p{L}\p{Nd}\p{Nl}\p{No}_]+")]
    private static partial Regex Token();
}
