using Marsad.Core.Stories;

namespace Marsad.Core.Tests.Stories;

/// <summary>A clusterer restored from what another one persisted places the next articles as the other would have.</summary>
public sealed class StoryClustererResumeTests
{
    // Articles written for this test: two happenings on consecutive days, reported several times each.
    private static readonly StoryArticle[] Articles =
    [
        Article("a1", 1, "وزير الخارجية الأردني يصل إلى القاهرة في زيارة رسمية", "وصل وزير الخارجية الأردني إلى القاهرة اليوم في زيارة رسمية يلتقي خلالها نظيره المصري لبحث العلاقات الثنائية والتطورات الإقليمية وتنسيق المواقف العربية."),
        Article("b1", 1, "انطلاق مهرجان الجنادرية للتراث والثقافة في الرياض", "انطلقت في الرياض فعاليات مهرجان الجنادرية للتراث والثقافة بمشاركة فرق شعبية من مناطق المملكة، ويستمر المهرجان أسبوعين وسط إقبال كبير من الزوار والعائلات."),
        Article("a2", 1, "مباحثات أردنية مصرية في القاهرة حول التطورات الإقليمية", "بحث وزير الخارجية الأردني مع نظيره المصري في القاهرة العلاقات الثنائية والتطورات الإقليمية وتنسيق المواقف العربية خلال زيارته الرسمية اليوم."),
        Article("b2", 2, "إقبال كبير على مهرجان الجنادرية في يومه الثاني", "شهد مهرجان الجنادرية للتراث والثقافة في الرياض إقبالا كبيرا من الزوار والعائلات في يومه الثاني، وقدمت الفرق الشعبية عروضا من تراث مناطق المملكة."),
        Article("a3", 2, "وزير الخارجية الأردني يختتم زيارته إلى القاهرة", "اختتم وزير الخارجية الأردني زيارته الرسمية إلى القاهرة بعد مباحثات مع نظيره المصري تناولت العلاقات الثنائية والتطورات الإقليمية وتنسيق المواقف العربية."),
        Article("a4", 2, "مباحثات أردنية مصرية في القاهرة حول التطورات الإقليمية", "بحث وزير الخارجية الأردني مع نظيره المصري في القاهرة العلاقات الثنائية والتطورات الإقليمية وتنسيق المواقف العربية خلال زيارته الرسمية أمس."),
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void Should_place_the_next_articles_as_a_clusterer_that_never_stopped(int stopAfter)
    {
        // Given a clusterer that places every article, learning frequencies as they come
        var whole = new StoryClusterer();
        var expected = Articles.Select((a, i) => whole.Place(a, i)).ToList();

        // When another places the first ones, its state is carried over as a store would persist it, and a new one places the rest
        var first = new StoryClusterer();
        var placed = Articles.Take(stopAfter).Select((a, i) => first.Place(a, i)).ToList();
        var hasher = new MinHasher();
        var frequencies = new DocumentFrequencies(
            Articles.Take(stopAfter).SelectMany(a => KeyTerms.Distinct(a.Title, a.Text)).GroupBy(t => t).Select(g => KeyValuePair.Create(g.Key, g.Count())),
            stopAfter);
        var snapshots = Enumerable.Range(0, first.StoryCount).Select(first.Snapshot)
            .Select(s => s with { Centroid = TermVector.FromBytes(s.Centroid.ToBytes()) }).ToList();
        var signatures = Articles.Take(stopAfter).Select((a, i) => ((long)i, hasher.Signature(Shingler.Shingles(a.Text)), placed[i]));
        var resumed = new StoryClusterer(frequencies, learnFrequencies: true, snapshots, first.NewTermEntries, signatures, key => Shingler.Shingles(Articles[key].Text));
        var rest = Articles.Skip(stopAfter).Select((a, i) => resumed.Place(a, stopAfter + i));

        // Then every article is in the story it would have been in
        placed.Concat(rest).Should().Equal(expected);
        expected.Distinct().Count().Should().BeInRange(2, Articles.Length - 1, "the articles must form some stories of several articles for this test to mean anything");
    }

    [Fact]
    public void Should_read_back_a_vector_bit_for_bit()
    {
        var frequencies = new DocumentFrequencies();
        frequencies.Add(KeyTerms.Distinct(Articles[0].Title, Articles[0].Text));
        var vector = KeyTerms.Vector(Articles[0].Title, Articles[0].Text, frequencies);

        var read = TermVector.FromBytes(vector.ToBytes());

        read.Terms.Should().Equal(vector.Terms);
        read.Weights.Should().Equal(vector.Weights);
        vector.Terms.Should().NotBeEmpty();
    }

    private static StoryArticle Article(string id, int day, string title, string text) =>
        new() { Id = id, Date = new DateOnly(2022, 2, day), Title = title, Text = text };
}
