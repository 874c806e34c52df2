using Marsad.Core.Entities;
using Marsad.Core.Entities.Knowledge;

namespace Marsad.Core.Tests.Entities.Matching;

/// <summary>
/// Bare titles (الملك، ولي العهد، الرئيس) and the state or holder they mean (kbtitle32): a state body coordinated
/// right after the title names its state; a deputy's word keeps its clitic (وولي ولي العهد); a deposed or founding
/// holder is not the sitting one; عبد الملك is a name.
/// </summary>
public sealed class BareTitleStateTests
{
    private static readonly EntityRecognizer Recognizer = new(KnowledgeBase.Default);

    private static readonly DateOnly Date = new(2015, 8, 7);

    [Fact]
    public void Should_read_a_bare_king_with_a_coordinated_government_as_that_states_king()
    {
        // Given the Saudi king named first, then a bare الملك coordinated with the Jordanian government
        const string text = "وصل الأمير إلى عمّان موفدا من خادم الحرمين الشريفين، وشكر في ختام زيارته الملك والحكومة الأردنية على الاستقبال.";
        var mentions = Recognizer.Recognize(text, Date, "SAU");

        // Then the bare title is Jordan's king, and the government is still Jordan's
        mentions.Single(m => m.Text == "الملك").Name.Should().Be("Abdullah II of Jordan");
        mentions.Single(m => m.Text == "الحكومة الأردنية").Code.Should().Be("JORGOV");
    }

    [Fact]
    public void Should_read_a_bare_president_with_a_coordinated_government_as_that_states_president()
    {
        // Given the US president named first, then a bare الرئيس with the Egyptian government
        const string text = "تحدث باراك أوباما عن الاتفاق النووي أمس. ونقل السفير تحيات الرئيس والحكومة المصرية إلى الوفد الزائر.";
        var mentions = Recognizer.Recognize(text, Date);

        // Then it is Egypt's president on that date
        mentions.Single(m => m.Text == "الرئيس").Name.Should().Be("Abdel Fattah el-Sisi");
    }

    [Fact]
    public void Should_keep_the_named_holder_when_a_person_is_coordinated_after_the_title()
    {
        // Given a bare الرئيس followed by و and another state's minister (a person, not a state body)
        const string text = "تحدث باراك أوباما عن الاتفاق النووي أمس. واجتمع الرئيس والوزير الأردني في البيت الأبيض.";
        var mentions = Recognizer.Recognize(text, Date);

        // Then the bare title still corefers to the president the article named
        mentions.Single(m => m.Text == "الرئيس").Name.Should().Be("Barack Obama");
    }

    [Fact]
    public void Should_not_read_a_deputy_crown_prince_after_a_clitic_as_the_crown_prince()
    {
        // Given the crown prince and, after و, the deputy crown prince
        const string text = "هنأ المواطنون الأمير محمد بن نايف، وأرسلوا برقيات إلى الملك سلمان وولي العهد وولي ولي العهد.";
        var mentions = Recognizer.Recognize(text, Date);

        // Then only the full name and the first bare title are Muhammad bin Nayef
        mentions.Count(m => m.Name == "Muhammad bin Nayef").Should().Be(2);
        mentions.Should().NotContain(m => m.Name == "Muhammad bin Nayef" && text.Substring(m.Start - 4, 4) == "وولي");
    }

    [Fact]
    public void Should_not_read_a_deposed_president_as_the_sitting_one()
    {
        // Given the sitting Yemeni president named, then a bare «الرئيس المخلوع»
        const string text = "قال عبدربه منصور هادي في الرياض إن أنصار الرئيس المخلوع يحاصرون مدينة تعز منذ أشهر.";
        var mentions = Recognizer.Recognize(text, Date);

        // Then the deposed president is not Hadi (no one is named for him)
        mentions.Where(m => m.Name == "Abdrabbuh Mansur Hadi").Should().ContainSingle();
    }

    [Fact]
    public void Should_read_a_deposed_president_as_the_former_holder_the_article_named()
    {
        // Given both the sitting and the former Yemeni presidents named, then a bare «الرئيس المخلوع»
        const string text = "اتهم عبدربه منصور هادي علي عبدالله صالح بدعم الحوثيين، وقال إن أنصار الرئيس المخلوع يحاصرون تعز.";
        var mentions = Recognizer.Recognize(text, Date);

        // Then the title is Saleh, coded as a former official
        var deposed = mentions.Single(m => m.Text == "الرئيس المخلوع");
        deposed.Name.Should().Be("Ali Abdullah Saleh");
        deposed.Code.Should().Be("YEMELI");
    }

    [Fact]
    public void Should_code_a_deposed_president_with_his_state_as_the_states_elite()
    {
        // Given «الرئيس اليمني المخلوع» with no name in the article
        var mentions = Recognizer.Recognize("هاجم أنصار الرئيس اليمني المخلوع مواقع في تعز أمس.", Date);

        // Then the title is Yemen's elite, not Hadi's government
        var deposed = mentions.Single(m => m.Text == "الرئيس اليمني المخلوع");
        deposed.Name.Should().BeNull();
        deposed.Code.Should().Be("YEMELI");
    }

    [Fact]
    public void Should_not_read_the_founding_king_as_the_reigning_one()
    {
        // Given King Salman named, then «الملك المؤسس»
        const string text = "افتتح الملك سلمان المعرض الذي يروي سيرة الملك المؤسس وتوحيد البلاد.";
        var mentions = Recognizer.Recognize(text, Date);

        // Then only the full name is King Salman
        mentions.Where(m => m.Name == "King Salman").Should().ContainSingle();
    }

    [Fact]
    public void Should_not_read_abd_al_malik_as_the_king()
    {
        // Given a man named عبد الملك in an article naming King Salman
        const string text = "استقبل الملك سلمان أمس المهندس خالد بن عبد الملك في قصر السلام.";
        var mentions = Recognizer.Recognize(text, Date);

        // Then الملك of the name is no king
        mentions.Where(m => m.Name == "King Salman").Should().ContainSingle();
        mentions.Should().NotContain(m => m.Text == "الملك");
    }

    [Fact]
    public void Should_leave_a_bare_former_title_to_the_honorific_and_name_after_it()
    {
        // Given a former defence minister named earlier, then a bare «وزير الدفاع الأسبق» before a field marshal's title and name
        const string text = "ألقى عبد الفتاح السيسي كلمة في الحفل، وحضره وزير الدفاع الأسبق المشير حسين سالم عبد الودود.";
        var mentions = Recognizer.Recognize(text, Date);

        // Then the title is not read as the president
        mentions.Where(m => m.Name == "Abdel Fattah el-Sisi").Should().ContainSingle();
    }

    [Fact]
    public void Should_code_an_unknown_man_after_a_deposed_presidents_title_as_the_states_elite()
    {
        // Given «الرئيس اليمني المخلوع» before a name the base does not know
        const string text = "قال أنصار الرئيس اليمني المخلوع علي صالح إنهم سيواصلون القتال.";
        var mentions = Recognizer.Recognize(text, Date);

        // Then the title is Yemen's elite, not Hadi's government
        mentions.Should().NotContain(m => m.Code == "YEMGOV");
        mentions.Single(m => m.Text.StartsWith("الرئيس اليمني", StringComparison.Ordinal)).Code.Should().Be("YEMELI");
    }

    [Fact]
    public void Should_not_read_a_former_title_as_a_sitting_holder_with_an_earlier_term()
    {
        // Given a president in office on the date who also held the office before
        const string text = "تحدث فلاديمير بوتين طويلا أمس. وانتقد الرئيس الروسي السابق القرار.";
        var mentions = Recognizer.Recognize(text, Date);

        // Then the former president is Russia's elite, not Putin
        var former = mentions.Single(m => m.Text == "الرئيس الروسي السابق");
        former.Name.Should().BeNull();
        former.Code.Should().Be("RUSELI");
    }
}
