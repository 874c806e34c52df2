using Marsad.Core.Stories;

namespace Marsad.Core.Tests.Stories;

/// <summary>
/// Key terms counted once, ahead of placing (<see cref="KeyTerms.CountTerms"/>, <see cref="StoryArticle.TermCounts"/>),
/// give what counting them while placing gives, and the centroid cosine is the plain dot product.
/// </summary>
public sealed class KeyTermCountsTests
{
    private static readonly StoryArticle[] Reports =
    [
        Report("a1", 1, "وزير الخارجية يزور القاهرة لبحث التعاون", "وصل وزير الخارجية إلى القاهرة اليوم في زيارة رسمية لبحث التعاون بين البلدين وتعزيز العلاقات الثنائية."),
        Report("a2", 1, "وزير الخارجية في القاهرة", "بحث وزير الخارجية في القاهرة التعاون بين البلدين والعلاقات الثنائية مع نظيره المصري."),
        Report("b1", 2, "أمطار غزيرة تغلق الطرق في جدة", "أغلقت الأمطار الغزيرة عددا من الطرق في جدة وأعلن الدفاع المدني حالة التأهب."),
        Report("b2", 2, "الدفاع المدني يحذر من السيول في جدة", "حذر الدفاع المدني سكان جدة من السيول بعد الأمطار الغزيرة التي أغلقت الطرق."),
        Report("c1", 3, "افتتاح معرض الكتاب في الرياض", "افتتح معرض الكتاب في الرياض أبوابه للزوار بمشاركة مئات دور النشر العربية."),
    ];

    private static StoryArticle Report(string id, int day, string title, string text) =>
        new() { Id = id, Date = new DateOnly(2021, 5, day), Source = "outlet", Title = title, Text = text };

    [Fact]
    public void Should_count_the_terms_Distinct_finds_in_the_same_order()
    {
        // Given a report / When its terms are counted
        var counts = KeyTerms.CountTerms(Reports[0].Title, Reports[0].Text);

        // Then they are Distinct's terms in the same order, and the headline's words weigh three times a lead word
        counts.Select(p => p.Key).Should().Equal(KeyTerms.Distinct(Reports[0].Title, Reports[0].Text));
        counts.Should().Contain(p => p.Value >= 3);
        counts.Should().Contain(p => p.Value == 1);
    }

    [Fact]
    public void Should_give_the_same_vector_from_counts_as_from_the_text()
    {
        // Given frequencies learned from all reports
        var frequencies = StoryClusterer.Frequencies(Reports);

        // When a report's vector is built from its text and from its counts
        var fromText = KeyTerms.Vector(Reports[3].Title, Reports[3].Text, frequencies);
        var fromCounts = KeyTerms.Vector(KeyTerms.CountTerms(Reports[3].Title, Reports[3].Text), frequencies);

        // Then the two are equal term for term, weight for weight
        fromCounts.Terms.Should().Equal(fromText.Terms);
        fromCounts.Weights.Should().Equal(fromText.Weights);
    }

    [Fact]
    public void Should_place_articles_counted_ahead_as_articles_counted_while_placing()
    {
        // Given one clusterer fed the reports as they are, another fed them with their terms counted ahead
        var plain = new StoryClusterer();
        var ahead = new StoryClusterer();
        var numbers = new List<(int Plain, int Ahead)>();
        for (var k = 0; k < Reports.Length; k++)
        {
            var r = Reports[k];
            numbers.Add((plain.Place(r, k), ahead.Place(r with { TermCounts = KeyTerms.CountTerms(r.Title, r.Text) }, k)));
        }

        // Then each report lands in the same story, the two about the visit together, and the state is the same
        numbers.Should().OnlyContain(n => n.Plain == n.Ahead);
        numbers[1].Plain.Should().Be(numbers[0].Plain);
        numbers[4].Plain.Should().NotBe(numbers[0].Plain);
        ahead.StoryCount.Should().Be(plain.StoryCount);
        for (var s = 0; s < plain.StoryCount; s++)
        {
            ahead.Snapshot(s).Centroid.Weights.Should().Equal(plain.Snapshot(s).Centroid.Weights);
        }
        ahead.NewTermEntries.Should().Equal(plain.NewTermEntries);
    }

    [Fact]
    public void Should_compute_the_cosine_as_the_dot_product_over_shared_terms()
    {
        // Given two vectors that share some terms and not others
        var a = TermVector.From([new(1, 3f), new(4, 1f), new(9, 2f), new(12, 1f)]);
        var b = TermVector.From([new(2, 1f), new(4, 2f), new(9, 2f), new(30, 5f)]);

        // When compared either way / Then the cosine is the sum over the shared terms (4 and 9) of the products
        var expected = 0.0;
        foreach (var term in new ulong[] { 4, 9 })
        {
            expected += a.Weights[Array.IndexOf(a.Terms, term)] * b.Weights[Array.IndexOf(b.Terms, term)];
        }
        a.Cosine(b).Should().Be(expected);
        b.Cosine(a).Should().Be(expected);
        a.Cosine(a).Should().BeApproximately(1, 1e-6);
        a.Cosine(TermVector.Empty).Should().Be(0);
    }
}
