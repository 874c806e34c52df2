using System.Numerics;
using Marsad.Core.Language;

namespace Marsad.Core.Entities.Tagging;

/// <summary>
/// Distributional word classes learned from unlabeled text, so the tagger can generalize
/// from names it saw to names it did not (an unseen foreign surname falls in the class of
/// the seen ones). Each frequent word is described by the frequent words just left and
/// just right of it; the descriptions are clustered with spherical k-means.
/// Rules:
/// <list type="bullet">
/// <item>words are compared in normal form (<see cref="ArabicNormalizer"/>);</item>
/// <item>only words seen at least <c>minCount</c> times get a class; context words are the <c>contexts</c> most frequent ones;</item>
/// <item>a context count c weighs log(1 + c), and each word's vector has unit length;</item>
/// <item>k-means starts from words drawn with a fixed seed, so the classes are reproducible.</item>
/// </list>
/// </summary>
public sealed class WordClusters
{
    private readonly Dictionary<string, int> _classes;

    internal WordClusters(Dictionary<string, int> classes, int clusterCount)
    {
        _classes = classes;
        ClusterCount = clusterCount;
    }

    /// <summary>The number of classes.</summary>
    public int ClusterCount { get; }

    /// <summary>The number of words with a class.</summary>
    public int WordCount => _classes.Count;

    internal IReadOnlyDictionary<string, int> Classes => _classes;

    /// <summary>The class of a normalized word, or -1 when it has none.</summary>
    public int Find(string normalizedWord) => _classes.TryGetValue(normalizedWord, out var c) ? c : -1;

    /// <summary>Learns classes from <paramref name="sentences"/> (tokens as written).</summary>
    public static WordClusters Build(
        IEnumerable<IReadOnlyList<string>> sentences, int clusters = 256, int minCount = 10, int contexts = 1000, int iterations = 8, int seed = 17)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<string>();
        var corpus = new List<int>();
        foreach (var sentence in sentences)
        {
            corpus.Add(-1);
            foreach (var token in sentence)
            {
                var norm = ArabicNormalizer.Normalize(token);
                if (!ids.TryGetValue(norm, out var id))
                {
                    id = words.Count;
                    ids[norm] = id;
                    words.Add(norm);
                }
                corpus.Add(id);
            }
        }
        corpus.Add(-1);
        var counts = new int[words.Count];
        foreach (var id in corpus)
        {
            if (id >= 0)
            {
                counts[id]++;
            }
        }
        var byFrequency = Enumerable.Range(0, words.Count).OrderByDescending(i => counts[i]).ThenBy(i => i).ToArray();
        var contextOf = new int[words.Count];
        Array.Fill(contextOf, -1);
        for (var i = 0; i < Math.Min(contexts, byFrequency.Length); i++)
        {
            contextOf[byFrequency[i]] = i;
        }
        var rowOf = new int[words.Count];
        Array.Fill(rowOf, -1);
        var rowWords = byFrequency.Where(i => counts[i] >= minCount).ToArray();
        for (var r = 0; r < rowWords.Length; r++)
        {
            rowOf[rowWords[r]] = r;
        }
        var cells = new List<long>();
        var dims = 2 * contexts;
        for (var p = 1; p < corpus.Count - 1; p++)
        {
            var row = corpus[p] >= 0 ? rowOf[corpus[p]] : -1;
            if (row < 0)
            {
                continue;
            }
            if (corpus[p - 1] is >= 0 and var left && contextOf[left] >= 0)
            {
                cells.Add(((long)row * dims) + contextOf[left]);
            }
            if (corpus[p + 1] is >= 0 and var right && contextOf[right] >= 0)
            {
                cells.Add(((long)row * dims) + contexts + contextOf[right]);
            }
        }
        var matrix = SparseRows.From(cells, rowWords.Length, dims);
        var k = Math.Min(clusters, rowWords.Length);
        var assignment = SphericalKMeans(matrix, dims, k, iterations, seed);
        var classes = new Dictionary<string, int>(rowWords.Length, StringComparer.Ordinal);
        for (var r = 0; r < rowWords.Length; r++)
        {
            classes[words[rowWords[r]]] = assignment[r];
        }
        return new WordClusters(classes, k);
    }

    private static int[] SphericalKMeans(SparseRows m, int dims, int k, int iterations, int seed)
    {
        var assignment = new int[m.Count];
        if (k == 0)
        {
            return assignment;
        }
        // Centroids are stored dimension-major so that one sparse entry updates all k scores at once.
        var centroids = new float[dims * k];
        var random = new Random(seed);
        var starts = Enumerable.Range(0, m.Count).OrderBy(_ => random.Next()).Take(k).ToArray();
        for (var c = 0; c < k; c++)
        {
            for (var e = m.Starts[starts[c]]; e < m.Starts[starts[c] + 1]; e++)
            {
                centroids[(m.Columns[e] * k) + c] = m.Values[e];
            }
        }
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            Parallel.For(0, m.Count, () => new float[k], (r, _, scores) =>
            {
                Array.Clear(scores);
                for (var e = m.Starts[r]; e < m.Starts[r + 1]; e++)
                {
                    var v = new Vector<float>(m.Values[e]);
                    var column = centroids.AsSpan(m.Columns[e] * k, k);
                    var i = 0;
                    for (; i <= k - Vector<float>.Count; i += Vector<float>.Count)
                    {
                        (new Vector<float>(scores.AsSpan(i)) + (v * new Vector<float>(column[i..]))).CopyTo(scores.AsSpan(i));
                    }
                    for (; i < k; i++)
                    {
                        scores[i] += m.Values[e] * column[i];
                    }
                }
                var best = 0;
                for (var c = 1; c < k; c++)
                {
                    if (scores[c] > scores[best])
                    {
                        best = c;
                    }
                }
                assignment[r] = best;
                return scores;
            }, _ => { });
            Array.Clear(centroids);
            for (var r = 0; r < m.Count; r++)
            {
                for (var e = m.Starts[r]; e < m.Starts[r + 1]; e++)
                {
                    centroids[(m.Columns[e] * k) + assignment[r]] += m.Values[e];
                }
            }
            var norms = new double[k];
            for (var d = 0; d < dims; d++)
            {
                for (var c = 0; c < k; c++)
                {
                    norms[c] += centroids[(d * k) + c] * centroids[(d * k) + c];
                }
            }
            for (var d = 0; d < dims; d++)
            {
                for (var c = 0; c < k; c++)
                {
                    centroids[(d * k) + c] = norms[c] > 0 ? (float)(centroids[(d * k) + c] / Math.Sqrt(norms[c])) : 0;
                }
            }
        }
        return assignment;
    }

    private sealed record SparseRows(int[] Starts, int[] Columns, float[] Values)
    {
        public int Count => Starts.Length - 1;

        /// <summary>Rows from one (row × dims + column) key per observation: equal keys are counted.</summary>
        public static SparseRows From(List<long> cells, int rows, int dims)
        {
            var keys = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(cells);
            keys.Sort();
            var starts = new int[rows + 1];
            var columns = new List<int>();
            var values = new List<float>();
            for (var e = 0; e < keys.Length;)
            {
                var run = e;
                while (run < keys.Length && keys[run] == keys[e])
                {
                    run++;
                }
                starts[(int)(keys[e] / dims) + 1]++;
                columns.Add((int)(keys[e] % dims));
                values.Add((float)Math.Log(1 + (run - e)));
                e = run;
            }
            for (var r = 0; r < rows; r++)
            {
                starts[r + 1] += starts[r];
            }
            for (var r = 0; r < rows; r++)
            {
                var norm = 0.0;
                for (var e = starts[r]; e < starts[r + 1]; e++)
                {
                    norm += values[e] * values[e];
                }
                for (var e = starts[r]; e < starts[r + 1] && norm > 0; e++)
                {
                    values[e] = (float)(values[e] / Math.Sqrt(norm));
                }
            }
            return new SparseRows(starts, [.. columns], [.. values]);
        }
    }
}
