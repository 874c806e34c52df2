using Marsad.Core.Entities;
using Marsad.Core.Entities.Knowledge;

namespace Marsad.Core.Tests.Entities.Knowledge;

/// <summary>
/// Organizations, groups, state bodies and places added for issue #5 (kb8): international organizations and their
/// agencies with their CAMEO known-group codes, armed and political groups of the region, councils named with a
/// nisba, and holy places and camps.
/// </summary>
public sealed class OrganizationCoverageTests
{
    private static readonly EntityRecognizer Recognizer = new(KnowledgeBase.Default);

    private static readonly DateOnly Day = new(2015, 8, 1);

    [Theory]
    [InlineData("قدمت الكويت تبرعا جديدا إلى الأونروا لدعم مدارسها.", "الأونروا", "IGOUNO")]
    [InlineData("حذر برنامج الأغذية العالمي من نفاد المخزون في المدينة.", "برنامج الأغذية العالمي", "IGOWFP")]
    [InlineData("انتقدت المفوضية الأوروبية خطة الحكومة لخفض الإنفاق.", "المفوضية الأوروبية", "IGOEEC")]
    [InlineData("صوت البرلمان العربي على بيان يدين الهجوم.", "البرلمان العربي", "IGOARL")]
    [InlineData("رفعت منظمة التجارة العالمية توقعاتها لنمو المبادلات.", "منظمة التجارة العالمية", "IGOWTO")]
    [InlineData("أصدرت منظمة الصحة العالمية تحذيرا من انتشار الوباء.", "منظمة الصحة العالمية", "IGOWHO")]
    [InlineData("ناقش الكونغرس مشروع قانون العقوبات الجديد.", "الكونغرس", "USALEG")]
    public void Should_link_an_international_organization_to_its_code(string text, string span, string code)
    {
        // Given a sentence naming an organization as written in news
        var mentions = Recognizer.Recognize(text, Day);

        // Then the name is one organization mention with the CAMEO code of the organization
        var mention = mentions.Should().ContainSingle(m => m.Text == span).Subject;
        mention.Type.Should().Be(EntityType.Org);
        mention.Code.Should().Be(code);
    }

    [Theory]
    [InlineData("تقدمت المقاومة الشعبية نحو مركز المحافظة بعد معارك عنيفة.", "المقاومة الشعبية", "YEMMIL", "YEM")]
    [InlineData("قصفت قوات صالح أحياء سكنية في المدينة.", "قوات صالح", "YEMREB", "YEM")]
    [InlineData("تسلمت قوات البيشمركة شحنة أسلحة جديدة.", "قوات البيشمركة", "IRQKRD", "IRQ")]
    [InlineData("أعلنت عصائب أهل الحق انسحابها من المنطقة.", "عصائب أهل الحق", "IRQMIL", "IRQ")]
    [InlineData("اعتقل الشاباك ثلاثة شبان من الخليل.", "الشاباك", "ISRSPY", "ISR")]
    public void Should_link_a_group_of_the_region_to_its_state_and_role(string text, string span, string code, string country)
    {
        // Given an armed or political group named alone
        var mentions = Recognizer.Recognize(text, Day);

        // Then it carries its state and its role code
        var mention = mentions.Should().ContainSingle(m => m.Text == span).Subject;
        mention.Code.Should().Be(code);
        mention.Country.Should().Be(country);
    }

    [Fact]
    public void Should_prefer_the_iraqi_brigades_over_the_lebanese_party_inside_their_name()
    {
        // Given كتائب حزب الله, whose name contains حزب الله
        var mentions = Recognizer.Recognize("هاجمت كتائب حزب الله رتلا عسكريا قرب الحدود.", Day);

        // Then the longest name wins: the Iraqi militia, not Hezbollah
        mentions.Should().Contain(m => m.Code == "IRQMIL" && m.Text == "كتائب حزب الله");
        mentions.Should().NotContain(m => m.Code == "LBNREB");
    }

    [Theory]
    [InlineData("وافق مجلس الشورى السعودي على مشروع النظام الجديد.", "SAULEG")]
    [InlineData("أرسل الهلال الأحمر القطري قافلة أدوية إلى المستشفيات.", "QATNGO")]
    [InlineData("صوت مجلس الشيوخ الأمريكي على القرار بالأغلبية.", "USALEG")]
    [InlineData("داهمت قوات الاحتلال الإسرائيلي قرية قرب نابلس.", "ISRMIL")]
    public void Should_read_a_body_with_a_nisba_as_that_state_s_body(string text, string code)
    {
        // Given a council, a society or occupation forces followed by a state's nisba
        var mentions = Recognizer.Recognize(text, Day);

        // Then it is that state's body
        mentions.Should().Contain(m => m.Code == code);
    }

    [Fact]
    public void Should_not_give_a_state_to_a_council_named_without_a_nisba()
    {
        // Given مجلس الشورى alone (Saudi, Omani, Qatari or Bahraini: the sentence does not say)
        var mentions = Recognizer.Recognize("ناقش مجلس الشورى تقرير الوزارة السنوي.", Day);

        // Then nothing is linked to a legislature
        mentions.Should().NotContain(m => m.Code != null && m.Code.EndsWith("LEG", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("اقتحم مستوطنون باحات المسجد الأقصى صباح اليوم.", "المسجد الأقصى", "PSE")]
    [InlineData("داهمت قوات الاحتلال مخيم جنين فجر الثلاثاء.", "مخيم جنين", "PSE")]
    [InlineData("دوت صفارات الإنذار في مستوطنات غلاف غزة.", "غلاف غزة", "ISR")]
    [InlineData("وصلت دفعة جديدة من اللاجئين إلى مخيم الزعتري.", "مخيم الزعتري", "JOR")]
    public void Should_link_a_holy_place_or_camp_to_its_state(string text, string span, string country)
    {
        // Given a place named as in news
        var mentions = Recognizer.Recognize(text, Day);

        // Then the whole name is one place in its state
        var mention = mentions.Should().ContainSingle(m => text.Substring(m.Start, m.End - m.Start).Contains(span, StringComparison.Ordinal)).Subject;
        mention.Type.Should().Be(EntityType.Loc);
        mention.Country.Should().Be(country);
    }

    [Fact]
    public void Should_not_read_the_maximum_as_al_aqsa()
    {
        // Given الحد الأقصى, "the maximum"
        var mentions = Recognizer.Recognize("رفعت الوزارة الحد الأقصى للقروض الشخصية.", Day);

        // Then no place is found
        mentions.Should().NotContain(m => m.Type == EntityType.Loc);
    }
}
