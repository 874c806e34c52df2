using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Acts the sentence does not tell as done (evgsr17): expected, an option, warded off, carried by a light verb of a plan,
/// the matter of a charge or a confession, or caused by a tsunami. Sentences written for these tests.
/// </summary>
public sealed class TriggerFinderNotDoneTests
{
    [Theory]
    [InlineData("لا يتوقع المراقبون أن تشن القوات هجوما واسعا قبل الربيع.")]
    [InlineData("يبقى الخيار الأخير هو شن هجوم بري على معاقل المسلحين.")]
    [InlineData("نشرت الشرطة مئات العناصر لمنع وقوع اعتداءات على المصلين.")]
    [InlineData("قال مسؤولون إن الجيش يخطط منذ عدة أسابيع لشن هجمات على معاقل المتمردين.")]
    public void Should_code_no_done_assault_when_it_is_expected_considered_prevented_or_planned(string sentence)
    {
        // Given an attack the sentence expects, weighs, wards off or plans
        var found = TriggerFinderTests.Find(sentence);

        // Then no assault is found as done (each one found carries a mode)
        found.Where(c => c.Plover == PloverType.Assault).Should().OnlyContain(c => c.Mode != null);
    }

    [Theory]
    [InlineData("رفعت الحكومة الأجور خشية اندلاع احتجاجات في المدن الكبرى.")]
    [InlineData("أجلت الجامعة الامتحانات توجسا من مظاهرات الطلاب.")]
    public void Should_code_no_done_protest_when_it_is_feared(string sentence)
    {
        // Given a protest the sentence fears
        var found = TriggerFinderTests.Find(sentence);

        // Then no protest is found as done
        found.Where(c => c.Plover == PloverType.Protest).Should().OnlyContain(c => c.Mode != null);
    }

    [Theory]
    [InlineData("أوقفت الشرطة شابا بتهمة خطف طفل من أمام مدرسته.")]
    [InlineData("نشرت الصحيفة اعترافات تفجير السيارة كما رواها المتهمون.")]
    [InlineData("قتل آلاف الأشخاص في كارثة تسونامي ضربت السواحل.")]
    public void Should_find_no_assault_in_a_charge_a_confession_or_a_tsunami(string sentence)
    {
        // Given an attack named as the matter of a charge or a confession, or deaths a tsunami caused
        var found = TriggerFinderTests.Find(sentence);

        // Then no assault is found
        found.Should().NotContain(c => c.Plover == PloverType.Assault);
    }

    [Theory]
    [InlineData("شن الجيش هجمات على معاقل المتمردين أمس.")]
    [InlineData("هاجمت وحدات حماية الشعب مواقع التنظيم شرق المدينة.")]
    [InlineData("خطف مسلحون طفلا من أمام مدرسته صباح اليوم.")]
    public void Should_find_the_done_assault_without_such_a_cue(string sentence)
    {
        // Given an attack told as done (حماية in a name is no cue of prevention)
        var found = TriggerFinderTests.Find(sentence);

        // Then an assault with no mode is found
        found.Should().Contain(c => c.Plover == PloverType.Assault && c.Mode == null && !c.Negated);
    }
}

/// <summary>
/// A present attack verb (or a passive with تم) right after a relative pronoun describes its antecedent by a standing habit or aim (evgsr17), except
/// after "the (first) time that", which tells the act in the narrative present. Sentences written for these tests.
/// </summary>
public sealed class TriggerFinderRecalledPresentTests
{
    [Theory]
    [InlineData("تواجه القوات الحكومية الجماعات المسلحة التي تشن هجمات متكررة على القرى الحدودية.")]
    [InlineData("طالبت الوزيرة بمعاقبة العصابات التي تخطف الأطفال في الأحياء الفقيرة.")]
    [InlineData("أفرجت الشرطة عن الممرضة التي تم اختطافها من المستشفى الشهر الماضي.")]
    public void Should_find_no_assault_in_a_present_relative_clause(string sentence)
    {
        // Given a group described by what it habitually does
        var found = TriggerFinderTests.Find(sentence);

        // Then no assault is found
        found.Should().NotContain(c => c.Plover == PloverType.Assault);
    }

    [Theory]
    [InlineData("هذه هي المرة الأولى التي يستهدف فيها المسلحون مطار العاصمة.")]
    [InlineData("تشن الجماعات المسلحة هجمات على القرى الحدودية.")]
    [InlineData("تم اختطاف ممرضة من المستشفى صباح اليوم.")]
    public void Should_find_the_assault_told_in_the_present(string sentence)
    {
        // Given an attack told in the present as the sentence's news
        var found = TriggerFinderTests.Find(sentence);

        // Then the assault is found
        found.Should().Contain(c => c.Plover == PloverType.Assault && c.Mode == null && !c.Negated);
    }
}
