using System.Buffers;

namespace Marsad.Core.Entities.Tagging;

/// <summary>
/// One sentence's token views and label scores under both stages, computed in one pass:
/// each feature is looked up once in a <see cref="JointWeights"/> table whose row holds the
/// first and the second stage's weights side by side. The lookups are the tagger's cost (cache
/// misses into a table of megabytes): the rows of the templates that read one word are found
/// once per word (<see cref="WordFeatures"/>), only the two-word templates once per token.
/// Only the few document-memory features are added to the second stage's scores later.
/// </summary>
internal sealed class SentenceFeatures
{
    private SentenceFeatures(WordFeatures[] words, float[] first, float[]? second)
    {
        Words = words;
        First = first;
        Second = second;
    }

    /// <summary>The sentence's words (their token views in <see cref="WordFeatures.View"/>), not copied.</summary>
    public WordFeatures[] Words { get; }

    /// <summary>The number of tokens.</summary>
    public int Length => Words.Length;

    /// <summary>n × label scores under the first stage (the array may be longer: a pooled one).</summary>
    public float[] First { get; }

    /// <summary>n × label scores under the second stage without its memory features (the array may be longer); null without a second stage.</summary>
    public float[]? Second { get; }

    /// <summary>Scores the sentence's tokens under both stages from their words' cached features.</summary>
    /// <param name="words">The sentence's words (<see cref="JointWeights.Word(string)"/>), kept as the token views.</param>
    /// <param name="weights">Both stages' weights, and the words' features.</param>
    public static SentenceFeatures Create(WordFeatures[] words, JointWeights weights)
    {
        var n = words.Length;
        // The score rows come from the shared pool (they were a third of the tagger's allocations) and go back to
        // it in Release; every row read (the first n) is written by Score, so a rented array's old contents never show.
        var first = ArrayPool<float>.Shared.Rent(n * BioLabels.Count);
        var second = weights.Stages == 2 ? ArrayPool<float>.Shared.Rent(n * BioLabels.Count) : null;
        weights.Score(words, first.AsSpan(0, n * BioLabels.Count), second is null ? default : second.AsSpan(0, n * BioLabels.Count));
        return new SentenceFeatures(words, first, second);
    }

    /// <summary>Gives the score rows back to the pool: nothing may read <see cref="First"/> or <see cref="Second"/> after.</summary>
    public void Release()
    {
        ArrayPool<float>.Shared.Return(First);
        if (Second is { } second)
        {
            ArrayPool<float>.Shared.Return(second);
        }
    }

    /// <summary>The second stage's scores with the memory features of <paramref name="memory"/> added (in place).</summary>
    public float[] AddMemory(NerModel second, IReadOnlyDictionary<string, int> memory, List<uint> buffer)
    {
        var scores = Second ?? throw new InvalidOperationException("The model has no second stage.");
        var n = Words.Length;
        if (memory.Count == 0)
        {
            return scores;
        }
        var bits = new int[n];
        for (var i = 0; i < n; i++)
        {
            bits[i] = memory.GetValueOrDefault(Words[i].View.Stem);
        }
        for (var i = 0; i < n; i++)
        {
            if (bits[i] == 0)
            {
                continue;
            }
            buffer.Clear();
            NerFeatures.ExtractMemory(bits[i], i > 0 ? bits[i - 1] : 0, i + 1 < n ? bits[i + 1] : 0, buffer);
            var target = scores.AsSpan(i * BioLabels.Count, BioLabels.Count);
            foreach (var f in buffer)
            {
                var row = second.Table.Find(f);
                if (row >= 0)
                {
                    var w = second.Weights.AsSpan(row * BioLabels.Count, BioLabels.Count);
                    for (var y = 0; y < BioLabels.Count; y++)
                    {
                        target[y] += w[y];
                    }
                }
            }
        }
        return scores;
    }
}
