namespace Marsad.Core.Tests.Events;

/// <summary>
/// An arrest told by the verbal noun القبض with على after it and no ألقى (تمكنت الشرطة من القبض على، أعلنت القبض على، تم القبض
/// على), but not a grip (أحكمت قبضتها على) nor a salary received (قبض راتبه). Sentences written for these tests (session 26).
/// </summary>
public sealed class TriggerFinderArrestNounTests
{
    [Theory]
    [InlineData("وتمكنت الشرطة من القبض على ثلاثة مطلوبين في الحي.")]
    [InlineData("وأعلنت وزارة الداخلية القبض على خلية من خمسة أشخاص.")]
    [InlineData("وتم القبض عليه بعد ساعات من الحادثة.")]
    public void Should_read_the_noun_with_على_as_an_arrest(string sentence) =>
        TriggerFinderTests.Find(sentence).Should().Contain(c => c.Cameo == "173");

    [Theory]
    [InlineData("وأحكمت القوات قبضتها على المدينة بعد أسبوع من المعارك.")]
    [InlineData("وقبض الموظف راتبه كاملا في نهاية الشهر.")]
    [InlineData("وعرضت الشركة القبض المسبق للمبلغ.")]
    public void Should_not_read_a_grip_a_salary_or_a_noun_without_على_as_an_arrest(string sentence) =>
        TriggerFinderTests.Find(sentence).Should().NotContain(c => c.Cameo == "173");
}
