using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Acts named as the matter of a charge up to eight words after the charge word (evgsr18): the list of acts a charge, an
/// accusation or a claim names tells none of them as done. Sentences written for these tests.
/// </summary>
public sealed class TriggerFinderChargeTests
{
    [Theory]
    [InlineData("أعدمت السلطات ثلاثة رجال بتهم السرقة وارتكاب عدد من أعمال الخطف.")]
    [InlineData("طالبت المنظمة بنزع سلاح الميليشيات المتهمة بارتكاب أعمال نهب وسلب وقتل.")]
    [InlineData("تتهم النيابة الرجلين بالمشاركة في التخطيط لعملية اغتيال القاضي.")]
    public void Should_find_no_assault_named_by_a_charge_a_few_words_before(string sentence)
    {
        // Given an attack named in the list of acts a charge word opens, more than three words on
        var found = TriggerFinderTests.Find(sentence);

        // Then no assault is found
        found.Should().NotContain(c => c.Plover == PloverType.Assault);
    }

    [Theory]
    [InlineData("اعتقلت الشرطة المتهم الرئيسي أمس وقتل مسلحون جنديين في هجوم على حاجز.")]
    [InlineData("أفرج القاضي عن المتهمين بعد أن أطلق مسلحون النار على المحكمة.")]
    public void Should_find_the_assault_after_a_near_day_or_as_a_conjugated_verb(string sentence)
    {
        // Given an attack told as done after a charge word: past a near day (a new clause), or as a conjugated verb
        var found = TriggerFinderTests.Find(sentence);

        // Then an assault with no mode is found
        found.Should().Contain(c => c.Plover == PloverType.Assault && c.Mode == null && !c.Negated);
    }
}
