using Marsad.Core.Entities;
using Marsad.Core.Entities.Knowledge;

namespace Marsad.Core.Tests.Entities.Knowledge;

/// <summary>
/// Issue #5: every UN member has its nisba in all forms (Fixtures/Knowledge/un-members.tsv, with the
/// few members whose nisba is an ordinary word), and the most frequent states of SaudiNewsNet have the
/// broken plural of their people where the language has one (Fixtures/Knowledge/frequent-states.tsv).
/// </summary>
public sealed class DemonymCoverageTests
{
    private static readonly EntityRecognizer Recognizer = new(KnowledgeBase.Default);

    private static IEnumerable<string[]> Rows(string name) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Knowledge", name))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'));

    // In a nisba of two words (كوري جنوبي) both words take the ending.
    private static string Feminine(string nisba) => string.Join(' ', nisba.Split(' ').Select(w => w + "ة"));

    [Fact]
    public void Should_give_every_UN_member_its_masculine_and_feminine_nisba_with_and_without_the_article()
    {
        var members = Rows("un-members.tsv").ToList();
        members.Should().HaveCount(193);

        foreach (var row in members.Where(r => r.Length == 1))
        {
            var country = KnowledgeBase.Default.FindCountry(row[0]);
            country.Should().NotBeNull(row[0]);
            // A definite masculine nisba is a form الX whose feminine الXة (both words in a nisba of two) the generator gave too; the
            // indefinite forms may be excluded as ordinary words (ألباني is normalized like الباني, the builder).
            var definite = country!.Demonyms.Where(d => d.StartsWith("ال", StringComparison.Ordinal)
                && country.Demonyms.Contains(Feminine(d))).ToList();
            definite.Should().NotBeEmpty($"{row[0]} needs a nisba");
        }
    }

    [Fact]
    public void Should_list_the_broken_plural_of_the_frequent_states_people()
    {
        var rows = Rows("frequent-states.tsv").ToList();
        rows.Should().HaveCount(60);

        foreach (var row in rows)
        {
            var country = KnowledgeBase.Default.FindCountry(row[0])!;
            foreach (var plural in row[2].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                country.Demonyms.Should().Contain([plural, "ال" + plural], row[0]);
            }
        }
    }

    [Theory]
    [InlineData("قتل مسلحون جنودا من الأفغان قرب الحدود.", "الأفغان", "AFG")]
    [InlineData("احتج الإسبان على القرار أمام البرلمان.", "الإسبان", "ESP")]
    [InlineData("أعلنت الشرطة الكينية اعتقال ثلاثة أشخاص.", "الكينية", "KEN")]
    [InlineData("زار الوفد جمهورية مالي الأسبوع الماضي.", "جمهورية مالي", "MLI")]
    [InlineData("وقعت الحكومة الفيتنامية اتفاقا للتجارة.", "الفيتنامية", "VNM")]
    [InlineData("حذر المبعوث الأممي من تدهور الوضع.", "الأممي", "UN")]
    [InlineData("هاجم مسلحو بوكو حرام قرية في الشمال.", "بوكو حرام", "BOKO")]
    public void Should_link_demonyms_groups_and_names_added_for_issue_5(string text, string span, string actor)
    {
        var mentions = Recognizer.Recognize(text, new DateOnly(2015, 7, 25));

        // The nisba may be part of a longer mention (الشرطة الكينية is a state body).
        var mention = mentions.Should().ContainSingle(m => m.Text.Contains(span, StringComparison.Ordinal)).Subject;
        (mention.Country == actor || mention.Code?.StartsWith(actor, StringComparison.Ordinal) == true
            || KnowledgeBase.Default.FindActor(actor)?.Name == mention.Name).Should().BeTrue($"{span} should be {actor}");
    }

    [Theory]
    [InlineData("أعلنت الوزارة زيادة الدعم المالي للمزارعين.")]
    [InlineData("ارتفع العجز في الموازنة المالية هذا العام.")]
    [InlineData("ارتفعت أسعار منتجات الألبان في الأسواق.")]
    [InlineData("يبدأ الشهر القمري الجديد مساء الغد.")]
    [InlineData("أضاء القمر سماء المدينة ليلة أمس.")]
    [InlineData("تعتمد الحكومة التقويم القمري في تحديد الأعياد.")]
    [InlineData("قال الرئيس إن السنة القمرية تبدأ الأسبوع المقبل.")]
    [InlineData("تخرج في المدرسة عشرات البنين والبنات.")]
    public void Should_not_read_ordinary_words_as_states(string text)
    {
        var mentions = Recognizer.Recognize(text, new DateOnly(2015, 7, 25));

        mentions.Should().NotContain(m => m.Country == "MLI" || m.Country == "ALB" || m.Country == "COM" || m.Country == "BEN");
    }

    [Fact]
    public void Should_know_capitals_missing_from_the_derived_cities()
    {
        var mentions = Recognizer.Recognize("وصل الوزير إلى نيودلهي في زيارة رسمية.", new DateOnly(2015, 7, 25));

        mentions.Should().ContainSingle(m => m.Text == "نيودلهي").Which.Country.Should().Be("IND");
    }
}
