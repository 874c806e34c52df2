using Marsad.Core.Entities;
using Marsad.Core.Entities.Knowledge;

namespace Marsad.Core.Tests.Entities.Knowledge;

/// <summary>
/// People added for issue #5 (kb10): heads of state and government and foreign ministers of states beyond the required
/// regions, resolved from a title by the article's date, their spellings as news writes them, and the short names that
/// are common words, which link only after a full mention.
/// </summary>
public sealed class PeopleCoverageTests
{
    private static readonly EntityRecognizer Recognizer = new(KnowledgeBase.Default);

    [Theory]
    [InlineData("قال رئيس الوزراء الياباني إن بلاده ستزيد مساعداتها للاجئين.", 2015, "Shinzo Abe", "JPNGOV")]
    [InlineData("قال رئيس الوزراء الياباني إن بلاده ستزيد مساعداتها للاجئين.", 2022, "Fumio Kishida", "JPNGOV")]
    [InlineData("وصل وزير الخارجية الألماني إلى طهران في زيارة رسمية.", 2015, "Frank-Walter Steinmeier", "DEUGOV")]
    [InlineData("وصل وزير الخارجية الألماني إلى طهران في زيارة رسمية.", 2011, "Guido Westerwelle", "DEUGOV")]
    [InlineData("استقبل الرئيس النيجيري وفدا من رجال الأعمال.", 2016, "Muhammadu Buhari", "NGAGOV")]
    [InlineData("استقبل الرئيس النيجيري وفدا من رجال الأعمال.", 2012, "Goodluck Jonathan", "NGAGOV")]
    public void Should_resolve_a_title_of_a_new_office_by_the_article_date(string text, int year, string name, string code)
    {
        // Given a title with a nisba and no name, in an article of the given year
        var mentions = Recognizer.Recognize(text, new DateOnly(year, 6, 1));

        // Then the title names the holder of that year, coded as the government
        mentions.Should().Contain(m => m.Name == name && m.Code == code);
    }

    [Theory]
    [InlineData("التقى ألكسيس تسيبراس بقادة منطقة اليورو في بروكسل.", "Alexis Tsipras")]
    [InlineData("التقى اليكسيس تسيبراس بقادة منطقة اليورو في بروكسل.", "Alexis Tsipras")]
    [InlineData("دعا فرانسوا أولوند إلى اجتماع طارئ لمجلس الدفاع.", "François Hollande")]
    [InlineData("دعا أولاند إلى اجتماع طارئ لمجلس الدفاع.", "François Hollande")]
    [InlineData("أجرى مولود تشاوش أوغلو اتصالا هاتفيا بنظيره الروسي.", "Mevlüt Çavuşoğlu")]
    [InlineData("زار سلفاكير الخرطوم لبحث ملف الحدود.", "Salva Kiir")]
    public void Should_link_a_spelling_variant_of_a_name(string text, string name)
    {
        // Given a name written as news writes it, in 2015
        var mentions = Recognizer.Recognize(text, new DateOnly(2015, 9, 1));

        // Then it links to the person
        mentions.Should().Contain(m => m.Name == name && m.Type == EntityType.Person);
    }

    [Fact]
    public void Should_link_a_context_only_name_only_after_a_full_mention()
    {
        // Given كينياتا alone (also an airport's and a founder's name), and then after Uhuru Kenyatta's full name
        var alone = Recognizer.Recognize("هبطت الطائرة في مطار كينياتا بعد رحلة طويلة.", new DateOnly(2015, 9, 1));
        var after = Recognizer.Recognize(
            "استقبل أوهورو كينياتا وفدا من رجال الأعمال في نيروبي. وقال كينياتا إن البلدين سيوقعان اتفاقا للطاقة.", new DateOnly(2015, 9, 1));

        // Then alone it names nobody, and after the full mention both spans are Kenyatta's, as president
        alone.Should().NotContain(m => m.Name == "Uhuru Kenyatta");
        after.Where(m => m.Name == "Uhuru Kenyatta").Should().HaveCount(2).And.OnlyContain(m => m.Code == "KENGOV");
    }

    [Fact]
    public void Should_not_read_abe_into_a_common_word_after_his_full_name()
    {
        // Given Shinzo Abe's full name and later أبي of a kunya (أبي بكر), which normalizes like آبي
        var mentions = Recognizer.Recognize(
            "التقى شينزو آبي وزير الخارجية الأمريكي. وفي خبر آخر أوقفت الشرطة زوجة أبي بكر في المطار.", new DateOnly(2015, 9, 1));

        // Then only the full name is Abe's
        mentions.Where(m => m.Name == "Shinzo Abe").Should().ContainSingle().Which.Text.Should().Be("شينزو آبي");
    }

    [Fact]
    public void Should_link_hadi_alone_after_his_full_name()
    {
        // Given Hadi's full name and then هادي alone with a title, in 2015
        var mentions = Recognizer.Recognize(
            "عاد عبد ربه منصور هادي إلى عدن أمس. وأكد الرئيس هادي أن الحكومة ستعود إلى العمل.", new DateOnly(2015, 9, 1));

        // Then the second mention is Hadi too, as president (YEMGOV)
        var hadi = mentions.Where(m => m.Name == "Abdrabbuh Mansur Hadi").ToList();
        hadi.Should().HaveCountGreaterThanOrEqualTo(2);
        hadi.Should().OnlyContain(m => m.Code == "YEMGOV");
    }
}
