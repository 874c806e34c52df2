using Marsad.Core.Entities;
using Marsad.Core.Entities.Knowledge;

namespace Marsad.Core.Tests.Entities.Matching;

/// <summary>
/// Names of two readings (evname28): a bare حزب العمال after the PKK's full name is the PKK, while a labour party of a state
/// (حزب العمال البريطاني) is not; عمان named as Jordan's capital (العاصمة الأردنية عمان، مدينة عمان) is Amman, the bare name
/// still Oman. Sentences written for these tests.
/// </summary>
public sealed class AmbiguousNameTests
{
    private static readonly EntityRecognizer Recognizer = new(KnowledgeBase.Default);
    private static readonly DateOnly Date = new(2016, 5, 10);

    [Fact]
    public void Should_link_a_bare_workers_party_after_the_pkk_to_the_pkk()
    {
        var mentions = Recognizer.Recognize(
            "قصفت الطائرات التركية مواقع حزب العمال الكردستاني في الجبال. وقال الجيش إن حزب العمال خسر عشرات المقاتلين.", Date);

        mentions.Where(m => m.Text == "حزب العمال").Should().ContainSingle().Which.Code.Should().Be("TURREB");
    }

    [Fact]
    public void Should_not_link_a_bare_workers_party_the_article_never_named_as_the_pkk()
    {
        var mentions = Recognizer.Recognize("فاز حزب العمال بأغلبية المقاعد في الانتخابات البلدية.", Date);

        mentions.Should().NotContain(m => m.Code == "TURREB");
    }

    [Fact]
    public void Should_keep_a_states_labour_party_apart_from_the_pkk()
    {
        var mentions = Recognizer.Recognize(
            "هاجم حزب العمال الكردستاني مركزا للشرطة. وفي لندن انتخب حزب العمال البريطاني زعيما جديدا.", Date);

        mentions.Where(m => m.Code == "TURREB").Should().ContainSingle().Which.Text.Should().Be("حزب العمال الكردستاني");
    }

    [Theory]
    [InlineData("وصل الوزير إلى العاصمة الأردنية عمان في زيارة تستغرق يومين.")]
    [InlineData("افتتح معرض للكتاب في مدينة عمان بمشاركة عشرين دار نشر.")]
    [InlineData("ارتفعت درجات الحرارة في العاصمة عمان إلى أربعين درجة.")]
    public void Should_read_amman_named_as_the_capital_as_jordan(string text)
    {
        var mentions = Recognizer.Recognize(text, Date);

        mentions.Should().Contain(m => m.Country == "JOR").And.NotContain(m => m.Country == "OMN");
    }

    [Fact]
    public void Should_keep_the_bare_name_and_the_sultanate_as_oman()
    {
        var mentions = Recognizer.Recognize("استقبل سلطان عمان وزير الخارجية في مسقط، وأكدت سلطنة عمان دعمها للحوار.", Date);

        mentions.Should().Contain(m => m.Country == "OMN").And.NotContain(m => m.Country == "JOR");
    }

    [Theory]
    [InlineData("وصل رئيس الوزراء إلى عمان مساء أمس في زيارة رسمية إلى الأردن تستغرق ثلاثة أيام.")]
    [InlineData("التقى الملك الأردني وفدا من رجال الأعمال. وقال بيان صدر في عمان إن اللقاء تناول الاستثمار.")]
    [InlineData("عقد المؤتمر في عمان بحضور مسؤولين أردنيين وخبراء من عشر دول.")]
    public void Should_read_a_bare_amman_in_an_article_about_jordan_as_jordan(string text)
    {
        var mentions = Recognizer.Recognize(text, Date);

        mentions.Where(m => m.Text == "عمان").Should().ContainSingle().Which.Country.Should().Be("JOR");
        mentions.Should().NotContain(m => m.Country == "OMN");
    }

    [Fact]
    public void Should_keep_a_bare_oman_when_the_article_also_names_oman_otherwise()
    {
        var mentions = Recognizer.Recognize(
            "زار وزير الخارجية الأردني مسقط أمس، وبحث مع المسؤولين في عمان العلاقات الثنائية.", Date);

        mentions.Where(m => m.Text == "عمان").Should().ContainSingle().Which.Country.Should().Be("OMN");
    }

    [Fact]
    public void Should_keep_oman_in_a_list_of_states_beside_jordan()
    {
        var mentions = Recognizer.Recognize("شارك في المعرض عارضون من مصر والأردن وعمان والكويت.", Date);

        mentions.Where(m => m.Text == "عمان").Should().ContainSingle().Which.Country.Should().Be("OMN");
    }

    [Fact]
    public void Should_keep_a_bare_oman_when_the_article_never_names_jordan()
    {
        var mentions = Recognizer.Recognize("وصل المبعوث الأممي إلى عمان لبحث الأزمة اليمنية.", Date);

        mentions.Where(m => m.Text == "عمان").Should().ContainSingle().Which.Country.Should().Be("OMN");
    }

    [Fact]
    public void Should_keep_oman_in_brackets_after_a_winners_name()
    {
        var mentions = Recognizer.Recognize(
            "أقيمت المسابقة في الأردن، وفاز بالمركز الأول خالد الهنائي (عمان) وبالمركز الثاني سعد القحطاني (السعودية).", Date);

        mentions.Where(m => m.Text == "عمان").Should().ContainSingle().Which.Country.Should().Be("OMN");
    }
}
