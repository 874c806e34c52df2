using System.Buffers;

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
    // For each label y, the labels that may precede it, ascending (the order Viterbi's ties were always broken in):
    // Predecessors[Starts[y]..Starts[y + 1]]. The inner loop then tests no forbidden pair.
    private static readonly (int[] Starts, byte[] Labels) Predecessors = BuildPredecessors();

    /// <summary>The best label sequence for <paramref name="emissions"/> (n × Count scores).</summary>
    public static void Viterbi(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, Span<int> labels)
    {
        var n = labels.Length;
        if (n == 0)
        {
            return;
        }
        // Scratch rows from the shared pools: two arrays of n × L per sentence and stage were a sixth of the
        // tagger's allocations. Every cell read is written first, so a rented array's old contents never show.
        var score = ArrayPool<float>.Shared.Rent(n * L);
        var back = ArrayPool<byte>.Shared.Rent(n * L);
        try
        {
            Viterbi(emissions, transitions, labels, score, back);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(back);
            ArrayPool<float>.Shared.Return(score);
        }
    }

    private static void Viterbi(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, Span<int> labels, float[] score, byte[] back)
    {
        var n = labels.Length;
        for (var y = 0; y < L; y++)
        {
            score[y] = Allowed[(L * L) + y] ? transitions[(L * L) + y] + emissions[y] : float.NegativeInfinity;
        }
        var (starts, predecessors) = Predecessors;
        for (var i = 1; i < n; i++)
        {
            var previous = score.AsSpan((i - 1) * L, L);
            for (var y = 0; y < L; y++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var k = starts[y]; k < starts[y + 1]; k++)
                {
                    var p = predecessors[k];
                    var s = previous[p] + transitions[(p * L) + y];
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

    /// <summary>
    /// The marginal probability of <paramref name="labels"/>[i] at each token, scores read
    /// as log-potentials. Runs in the probability domain, rescaled at each token, so it
    /// needs one exponential per token and label rather than one per label pair.
    /// </summary>
    public static void Marginals(ReadOnlySpan<float> emissions, ReadOnlySpan<double> expTransitions, ReadOnlySpan<int> labels, Span<double> marginals)
    {
        var n = labels.Length;
        if (n == 0)
        {
            return;
        }
        // Scratch as in Viterbi: three arrays of n × L doubles per sentence were the tagger's largest allocation.
        var potentials = ArrayPool<double>.Shared.Rent(n * L);
        var alpha = ArrayPool<double>.Shared.Rent(n * L);
        var beta = ArrayPool<double>.Shared.Rent(n * L);
        try
        {
            Marginals(emissions, expTransitions, labels, marginals, potentials, alpha, beta);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(beta);
            ArrayPool<double>.Shared.Return(alpha);
            ArrayPool<double>.Shared.Return(potentials);
        }
    }

    private static void Marginals(ReadOnlySpan<float> emissions, ReadOnlySpan<double> expTransitions, ReadOnlySpan<int> labels, Span<double> marginals, double[] potentials, double[] alpha, double[] beta)
    {
        var n = labels.Length;
        for (var i = 0; i < n; i++)
        {
            var row = emissions.Slice(i * L, L);
            var max = float.NegativeInfinity;
            foreach (var e in row)
            {
                max = Math.Max(max, e);
            }
            for (var y = 0; y < L; y++)
            {
                potentials[(i * L) + y] = Math.Exp(row[y] - max);
            }
        }
        for (var y = 0; y < L; y++)
        {
            alpha[y] = expTransitions[(L * L) + y] * potentials[y];
        }
        Scale(alpha.AsSpan(0, L));
        for (var i = 1; i < n; i++)
        {
            for (var y = 0; y < L; y++)
            {
                var sum = 0.0;
                for (var p = 0; p < L; p++)
                {
                    sum += alpha[((i - 1) * L) + p] * expTransitions[(p * L) + y];
                }
                alpha[(i * L) + y] = sum * potentials[(i * L) + y];
            }
            Scale(alpha.AsSpan(i * L, L));
        }
        beta.AsSpan((n - 1) * L, L).Fill(1.0);
        for (var i = n - 2; i >= 0; i--)
        {
            for (var y = 0; y < L; y++)
            {
                var sum = 0.0;
                for (var x = 0; x < L; x++)
                {
                    sum += expTransitions[(y * L) + x] * potentials[((i + 1) * L) + x] * beta[((i + 1) * L) + x];
                }
                beta[(i * L) + y] = sum;
            }
            Scale(beta.AsSpan(i * L, L));
        }
        for (var i = 0; i < n; i++)
        {
            var z = 0.0;
            for (var y = 0; y < L; y++)
            {
                z += alpha[(i * L) + y] * beta[(i * L) + y];
            }
            var y0 = labels[i];
            marginals[i] = z > 0 ? Math.Clamp(alpha[(i * L) + y0] * beta[(i * L) + y0] / z, 0, 1) : 0;
        }
    }

    /// <summary>exp of each transition weight, 0 where the move is forbidden.</summary>
    public static double[] ExpTransitions(ReadOnlySpan<float> transitions)
    {
        var result = new double[(L + 1) * L];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Allowed[i] ? Math.Exp(transitions[i]) : 0;
        }
        return result;
    }

    private static void Scale(Span<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }
        if (sum > 0)
        {
            foreach (ref var v in values)
            {
                v /= sum;
            }
        }
    }

    private static (int[] Starts, byte[] Labels) BuildPredecessors()
    {
        var starts = new int[L + 1];
        var labels = new List<byte>();
        for (var y = 0; y < L; y++)
        {
            starts[y] = labels.Count;
            for (var p = 0; p < L; p++)
            {
                if (Allowed[(p * L) + y])
                {
                    labels.Add((byte)p);
                }
            }
        }
        starts[L] = labels.Count;
        return (starts, [.. labels]);
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
