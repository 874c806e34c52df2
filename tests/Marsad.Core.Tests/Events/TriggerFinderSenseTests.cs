using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Verbs whose event sense needs its preposition: تعدى على (assault) and not تعدى (exceed), أغار على (raid) and not
/// تغير (change, spelled like the raid's present), حقق في/مع (investigate) and not حقق (achieve) or تحقيق (achieving).
/// </summary>
public sealed class TriggerFinderSenseTests
{
    [Theory]
    [InlineData("تعدت نسبة البطالة في البلاد عشرة في المائة هذا العام.")]
    [InlineData("لا يتعدى عدد الموظفين في الشركة خمسين شخصا.")]
    [InlineData("تغير موقف الحكومة من الاتفاق بعد الانتخابات الأخيرة.")]
    [InlineData("قال الوزير إن القرار لن يغير شيئا من سياسة بلاده.")]
    [InlineData("حقق المنتخب الوطني فوزا كبيرا على منافسه مساء أمس.")]
    [InlineData("تسعى الحكومة إلى تحقيق نمو اقتصادي مستدام خلال خمس سنوات.")]
    // evreal19: a surplus, an ambition, a step achieved, with في after them
    [InlineData("وتمكنت الحكومة المصرية من تحقيق فائض في الميزانية العامة.")]
    [InlineData("ويرى الكاتب أن الحرب تخدم تحقيق طموح الدولة في التوسع.")]
    [InlineData("وقال المبعوث إن الاتفاق سيحقق خطوة مهمة في طريق السلام.")]
    public void Should_find_no_event_in_the_everyday_sense(string sentence)
    {
        // Given a sentence that uses the verb in its everyday sense, without the preposition of the event sense
        var found = TriggerFinderTests.Find(sentence);

        // Then neither an assault nor an investigation is found
        found.Should().NotContain(c => c.Plover == PloverType.Assault || c.Cameo.StartsWith("09", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("تعدى مسلحون على حارس المدرسة في حي شعبي.", "180")]
    [InlineData("أغارت طائرات حربية على مواقع المسلحين شمال المدينة.", "190")]
    [InlineData("تغير الطائرات الحربية على مواقع المتمردين كل ليلة.", "190")]
    public void Should_find_the_attack_with_its_preposition(string sentence, string cameo)
    {
        // Given the verb followed by على within its window
        var found = TriggerFinderTests.Find(sentence);

        // Then the attack is found with its code
        found.Should().Contain(c => c.Plover == PloverType.Assault && c.Cameo == cameo);
    }

    [Fact]
    public void Should_find_an_investigation_with_its_preposition()
    {
        // Given an inquiry into an incident
        var found = TriggerFinderTests.Find("حققت النيابة العامة في ملابسات الحادث مع ثلاثة موظفين.");

        // Then an investigation is found
        found.Should().Contain(c => c.Cameo.StartsWith("09", StringComparison.Ordinal));
    }
}
