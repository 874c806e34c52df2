namespace Marsad.Core.Entities.Tagging;

/// <summary>
/// First-order decoding over the BIO labels: Viterbi for the best sequence and
/// forward-backward for per-token marginals. Moves into I-X from anything but B-X or I-X
/// are forbidden, so every decoded span is well formed.
/// </summary>
internal static class NerDecoder
{
    private const int L = BioLabels.Count;
    private static readonly bool[] Allowed = BuildAllowed();

    /// <summary>The best label sequence for <paramref name="emissions"/> (n × Count scores).</summary>
    public static void Viterbi(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, Span<int> labels)
    {
        var n = labels.Length;
        if (n == 0)
        {
            return;
        }
        var score = new float[n * L];
        var back = new byte[n * L];
        for (var y = 0; y < L; y++)
        {
            score[y] = Allowed[(L * L) + y] ? transitions[(L * L) + y] + emissions[y] : float.NegativeInfinity;
        }
        for (var i = 1; i < n; i++)
        {
            for (var y = 0; y < L; y++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < L; p++)
                {
                    if (!Allowed[(p * L) + y])
                    {
                        continue;
                    }
                    var s = score[((i - 1) * L) + p] + transitions[(p * L) + y];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }
                score[(i * L) + y] = best + emissions[(i * L) + y];
                back[(i * L) + y] = (byte)arg;
            }
        }
        var last = 0;
        for (var y = 1; y < L; y++)
        {
            if (score[((n - 1) * L) + y] > score[((n - 1) * L) + last])
            {
                last = y;
            }
        }
        labels[n - 1] = last;
        for (var i = n - 1; i > 0; i--)
        {
            labels[i - 1] = back[(i * L) + labels[i]];
        }
    }

    /// <summary>The marginal probability of <paramref name="labels"/>[i] at each token, scores read as log-potentials.</summary>
    public static void Marginals(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, ReadOnlySpan<int> labels, Span<double> marginals)
    {
        var n = labels.Length;
        if (n == 0)
        {
            return;
        }
        var alpha = new double[n * L];
        var beta = new double[n * L];
        for (var y = 0; y < L; y++)
        {
            alpha[y] = Allowed[(L * L) + y] ? transitions[(L * L) + y] + emissions[y] : double.NegativeInfinity;
        }
        Span<double> terms = stackalloc double[L];
        for (var i = 1; i < n; i++)
        {
            for (var y = 0; y < L; y++)
            {
                for (var p = 0; p < L; p++)
                {
                    terms[p] = Allowed[(p * L) + y] ? alpha[((i - 1) * L) + p] + transitions[(p * L) + y] : double.NegativeInfinity;
                }
                alpha[(i * L) + y] = LogSumExp(terms) + emissions[(i * L) + y];
            }
        }
        for (var i = n - 2; i >= 0; i--)
        {
            for (var y = 0; y < L; y++)
            {
                for (var x = 0; x < L; x++)
                {
                    terms[x] = Allowed[(y * L) + x]
                        ? transitions[(y * L) + x] + emissions[((i + 1) * L) + x] + beta[((i + 1) * L) + x]
                        : double.NegativeInfinity;
                }
                beta[(i * L) + y] = LogSumExp(terms);
            }
        }
        var z = LogSumExp(alpha.AsSpan((n - 1) * L, L));
        for (var i = 0; i < n; i++)
        {
            var y = labels[i];
            marginals[i] = Math.Clamp(Math.Exp(alpha[(i * L) + y] + beta[(i * L) + y] - z), 0, 1);
        }
    }

    private static double LogSumExp(ReadOnlySpan<double> values)
    {
        var max = double.NegativeInfinity;
        foreach (var v in values)
        {
            max = Math.Max(max, v);
        }
        if (double.IsNegativeInfinity(max))
        {
            return max;
        }
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += Math.Exp(v - max);
        }
        return max + Math.Log(sum);
    }

    private static bool[] BuildAllowed()
    {
        // Rows 0..L-1 are previous labels; row L is the sentence start, which acts like O.
        var allowed = new bool[(L + 1) * L];
        for (var p = 0; p <= L; p++)
        {
            for (var y = 0; y < L; y++)
            {
                allowed[(p * L) + y] = BioLabels.IsAllowed(p == L ? BioLabels.Outside : p, y);
            }
        }
        return allowed;
    }
}
