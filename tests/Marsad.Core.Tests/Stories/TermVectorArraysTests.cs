using Marsad.Core.Stories;

namespace Marsad.Core.Tests.Stories;

/// <summary>
/// <see cref="TermVector.From"/>, <see cref="TermVector.Add"/> and <see cref="KeyTerms.Vector(IEnumerable{KeyValuePair{ulong, int}}, DocumentFrequencies, int)"/>
/// build with array sorts what the dictionary-and-LINQ version built, bit for bit: stories stored by earlier
/// versions resume from persisted centroids, and placing compares scores for equality.
/// </summary>
public sealed class TermVectorArraysTests
{
    // The version before array sorts, kept here as the reference.
    private static (ulong[] Terms, float[] Weights) Reference(IEnumerable<KeyValuePair<ulong, float>> weighted, int maxTerms)
    {
        var sums = new Dictionary<ulong, float>();
        foreach (var (term, weight) in weighted)
        {
            sums[term] = sums.GetValueOrDefault(term) + weight;
        }
        var top = sums.Where(p => p.Value > 0).OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(maxTerms).OrderBy(p => p.Key).ToArray();
        if (top.Length == 0)
        {
            return ([], []);
        }
        var norm = MathF.Sqrt(top.Sum(p => p.Value * p.Value));
        return (top.Select(p => p.Key).ToArray(), top.Select(p => p.Value / norm).ToArray());
    }

    private static KeyValuePair<ulong, float>[] RandomPairs(Random random, int count, int distinctTerms)
    {
        // Few distinct terms make repeats; weights from a few values make ties; some are zero or negative.
        var levels = new[] { 0.5f, 1f, 1.25f, 0f, -0.75f, 3.1f };
        return Enumerable.Range(0, count).Select(_ => KeyValuePair.Create(
            (ulong)random.NextInt64(1, distinctTerms + 1) * 0x9E3779B97F4A7C15UL,
            random.Next(3) == 0 ? levels[random.Next(levels.Length)] : (float)random.NextDouble() * 4)).ToArray();
    }

    [Fact]
    public void Should_build_the_reference_vector_bit_for_bit()
    {
        // Given many random weighted lists, with repeated terms, tied weights, zeros and more terms than kept
        var random = new Random(20261124);
        for (var round = 0; round < 2000; round++)
        {
            var pairs = RandomPairs(random, random.Next(0, 200), random.Next(1, 150));
            var maxTerms = random.Next(0, 80);

            // When the vector is built
            var vector = TermVector.From(pairs, maxTerms);

            // Then it is the reference's, term for term and weight bit for weight bit
            var (terms, weights) = Reference(pairs, maxTerms);
            vector.Terms.Should().Equal(terms);
            vector.Weights.Select(BitConverter.SingleToInt32Bits).Should().Equal(weights.Select(BitConverter.SingleToInt32Bits));
        }
    }

    [Fact]
    public void Should_add_vectors_as_the_reference_sums_the_concatenated_pairs()
    {
        // Given pairs of random unit vectors and a running-mean weight
        var random = new Random(7);
        for (var round = 0; round < 2000; round++)
        {
            var a = TermVector.From(RandomPairs(random, random.Next(0, 150), 120), 128);
            var b = TermVector.From(RandomPairs(random, random.Next(0, 60), 120), 48);
            var weight = 1f / random.Next(1, 9);

            // When one absorbs the other
            var sum = a.Add(b, weight, 64);

            // Then the result is the reference's over this vector's pairs followed by the other's scaled ones
            var (terms, weights) = Reference(
                a.Terms.Select((t, i) => KeyValuePair.Create(t, a.Weights[i])).Concat(b.Terms.Select((t, i) => KeyValuePair.Create(t, b.Weights[i] * weight))),
                64);
            sum.Terms.Should().Equal(terms);
            sum.Weights.Select(BitConverter.SingleToInt32Bits).Should().Equal(weights.Select(BitConverter.SingleToInt32Bits));
        }
    }

    [Fact]
    public void Should_weigh_counted_terms_as_the_reference_does()
    {
        // Given the counts of an article of our own and frequencies learned from two others
        var frequencies = new DocumentFrequencies();
        frequencies.Add(KeyTerms.Distinct("أمطار غزيرة في جدة", "أغلقت الأمطار الغزيرة الطرق في جدة وحذر الدفاع المدني السكان."));
        frequencies.Add(KeyTerms.Distinct("وزير الخارجية في عمان", "بحث وزير الخارجية في عمان العلاقات الثنائية مع نظيره."));
        var counts = KeyTerms.CountTerms("الدفاع المدني يحذر من السيول في جدة", "حذر الدفاع المدني سكان جدة من السيول بعد الأمطار الغزيرة التي أغلقت الطرق الرئيسية.");

        // When its vector is built, keeping fewer terms than it has
        var vector = KeyTerms.Vector(counts, frequencies, 5);

        // Then it is the reference's over the TF-IDF weights
        var (terms, weights) = Reference(counts.Select(p => KeyValuePair.Create(p.Key, (float)(Math.Log(1 + p.Value) * frequencies.Idf(p.Key)))), 5);
        vector.Terms.Should().Equal(terms);
        vector.Weights.Should().Equal(weights);
        vector.Terms.Should().HaveCount(5);
    }
}
