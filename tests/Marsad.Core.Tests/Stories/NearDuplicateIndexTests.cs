using FsCheck.Xunit;
using Marsad.Core.Stories;

namespace Marsad.Core.Tests.Stories;

public sealed class NearDuplicateIndexTests
{
    private const string Report =
        "استقبل الرئيس المصري في القاهرة اليوم وزير الخارجية الأردني، وبحث الجانبان سبل تعزيز التعاون الثنائي " +
        "في مجالات الطاقة والنقل والتجارة، إضافة إلى تطورات الأوضاع في المنطقة والجهود المبذولة لوقف إطلاق النار. " +
        "وأكد الرئيس خلال اللقاء حرص بلاده على مواصلة التنسيق مع الأردن في مختلف القضايا الإقليمية، فيما نقل الوزير " +
        "رسالة من العاهل الأردني تتعلق بالعلاقات الثنائية والتحضير للقمة العربية المقبلة في الرياض الشهر القادم.";

    private static readonly MinHasher Hasher = new();

    private static uint[] Sign(string text) => Hasher.Signature(Shingler.Shingles(text));

    [Fact]
    public void Should_find_a_reprint_that_only_changes_diacritics_hamza_and_the_last_sentence()
    {
        // Given the wire report stored, and an outlet's reprint with vowel marks, bare alefs and a different ending
        var index = new NearDuplicateIndex();
        index.Add(1, Sign(Report));
        var reprint = Report.Replace("الأردني", "الاردني", StringComparison.Ordinal).Replace("الرئيس", "الرئيسُ", StringComparison.Ordinal)
            .Replace("الشهر القادم.", "خلال الشهر المقبل، بحسب مصادر مطلعة.", StringComparison.Ordinal);

        // When the reprint is looked up
        var found = index.Query(Sign(reprint));

        // Then the report is found with a high similarity
        found.Should().ContainSingle().Which.Key.Should().Be(1);
        found[0].Similarity.Should().BeGreaterThan(0.8);
    }

    [Fact]
    public void Should_not_match_a_different_report_about_the_same_leaders()
    {
        var index = new NearDuplicateIndex();
        index.Add(1, Sign(Report));
        const string other =
            "وصل وزير الخارجية الأردني إلى القاهرة مساء أمس في زيارة رسمية تستغرق يومين، يلتقي خلالها عددا من المسؤولين " +
            "المصريين لبحث ملف المياه والربط الكهربائي بين البلدين، وقال في تصريح للصحفيين إن المباحثات ستتناول أيضا " +
            "الاستعدادات لاجتماع اللجنة العليا المشتركة الذي تأجل مرتين منذ مطلع العام بسبب ظروف السفر.";

        index.Query(Sign(other)).Should().BeEmpty();
    }

    [Fact]
    public void Should_estimate_similarity_close_to_the_exact_jaccard()
    {
        // Given two texts sharing about half of their shingles
        var half = Report[..(Report.Length / 2)];
        var a = Shingler.Shingles(Report);
        var b = Shingler.Shingles(half + " ثم انتقل الحديث إلى ملفات أخرى تخص التبادل التجاري والاستثمارات المشتركة في قطاع السياحة.");

        // Then the MinHash estimate is within four standard errors of the exact Jaccard
        var exact = Shingler.Jaccard(a, b);
        var estimate = MinHasher.Similarity(Hasher.Signature(a), Hasher.Signature(b));
        Math.Abs(estimate - exact).Should().BeLessThan(4 * Math.Sqrt(exact * (1 - exact) / Hasher.Length) + 0.01);
    }

    [Fact]
    public void Should_decide_on_the_exact_jaccard_when_shingles_are_supplied()
    {
        // Given the report and a copy whose exact similarity is known
        var sets = new Dictionary<long, ulong[]> { [1] = Shingler.Shingles(Report) };
        var index = new NearDuplicateIndex();
        index.Add(1, Hasher.Signature(sets[1]));
        var copy = Shingler.Shingles(Report.Replace("الطاقة والنقل", "الصناعة والزراعة", StringComparison.Ordinal));
        var exact = Shingler.Jaccard(sets[1], copy);

        // When queried exactly at thresholds just below and just above it
        var below = index.QueryExact(Hasher.Signature(copy), copy, k => sets[k], exact - 0.001);
        var above = index.QueryExact(Hasher.Signature(copy), copy, k => sets[k], exact + 0.001);

        // Then the exact similarity decides, not the estimate
        below.Should().ContainSingle().Which.Similarity.Should().Be(exact);
        above.Should().BeEmpty();
    }

    [Fact]
    public void Should_make_pairs_at_jaccard_08_candidates_almost_surely_with_the_default_bands() =>
        LshParameters.Default.CandidateProbability(0.8).Should().BeGreaterThan(0.99);

    [Property]
    public bool Should_always_find_an_identical_document(string text)
    {
        var index = new NearDuplicateIndex();
        var signature = Sign(text ?? "");
        index.Add(7, signature);
        return index.Query(signature, 1.0) is [{ Key: 7 }];
    }
}
