using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// An execution (evtrig31, kept by the lead as the real-news guide codes it) told with the verb أعدم (أعدم التنظيم رهائن، يعدم ناشطين) as
/// unconventional violence, but not animals culled or spoilt food destroyed (أعدمت السلطات آلاف الدجاج) and not the plural
/// أعدموا, as often the passive "they were executed". Sentences written for these tests.
/// </summary>
public sealed class TriggerFinderExecutionTests
{
    [Theory]
    [InlineData("وأعدم المسلحون ثلاثة رهائن في ساحة البلدة.")]
    [InlineData("أعدمت الجماعة المتشددة أمس ستة أسرى رميا بالرصاص.")]
    [InlineData("التنظيم يعدم شابين بتهمة التعاون مع الجيش.")]
    public void Should_read_an_execution_as_violence(string sentence)
    {
        // Given an execution told with the verb
        var found = TriggerFinderTests.Find(sentence);

        // Then unconventional violence (180) is found
        found.Should().Contain(c => c.Cameo == "180");
    }

    [Theory]
    [InlineData("أعدمت السلطات البيطرية خمسة آلاف دجاجة بعد ظهور المرض في المزرعة.")]
    [InlineData("وأعدم المراقبون أطنانا من اللحوم الفاسدة في المستودع.")]
    public void Should_not_read_culling_or_destroying_food_as_an_execution(string sentence)
    {
        // Given animals culled or spoilt food destroyed
        var found = TriggerFinderTests.Find(sentence);

        // Then no violence is found
        found.Should().NotContain(c => c.Plover == PloverType.Assault);
    }

    [Fact]
    public void Should_not_read_the_plural_that_is_as_often_passive()
    {
        // Given أعدموا, "they executed" or "they were executed"
        var found = TriggerFinderTests.Find("وقال الشهود إن الأسرى أعدموا قرب النهر.");

        // Then it is no trigger
        found.Should().NotContain(c => c.Cameo == "180");
    }

    [Fact]
    public void Should_take_the_named_group_for_the_executions_author()
    {
        // Given a named group executing people in an Iraqi city
        var events = EventCoder.Default.Code("وأعدم تنظيم داعش عشرة شبان في مدينة الموصل.", new DateOnly(2025, 6, 2)).ToList();

        // Then the group is the author of an assault
        events.Should().Contain(e => e.Plover == PloverType.Assault && e.Source != null && e.Source.Code == "IMG");
    }
}
