using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// An attack named after «في أعقاب» (in the wake of), «غداة» (the day after) or «على الرغم من» (despite), or as «آخر/أحدث هجوم» (the latest attack), is an
/// act told before, the background of the clause's own news (evgsr17). Sentences written for these tests.
/// </summary>
public sealed class EventCoderWakeTests
{
    private static readonly DateOnly Published = new(2024, 5, 2);

    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, Published);

    [Theory]
    [InlineData("أعلنت باكستان الحداد في أعقاب هجوم شنته حركة طالبان على مدرسة.")]
    [InlineData("وصل رئيس الوزراء التركي إلى المدينة غداة الهجوم الأمريكي على مواقع المسلحين.")]
    [InlineData("انتقد زعيم المعارضة الحكومة بعد ساعات على آخر هجوم إسرائيلي على غزة.")]
    [InlineData("يعد أحدث هجوم روسي على أوكرانيا تطورا خطيرا بحسب المحللين.")]
    [InlineData("نجا الرهينة البريطاني على الرغم من مقتل زميله برصاص الخاطفين.")]
    public void Should_code_no_assault_for_an_attack_told_before(string sentence)
    {
        // Given an attack named as the background of another act, or as "the latest attack"
        var events = Code(sentence);

        // Then no assault is coded as a new act
        events.Should().NotContain(e => e.Plover == PloverType.Assault && !e.Negated && e.Mode == null);
    }

    [Theory]
    [InlineData("شن مسلحون هجوما انتحاريا على سوق المدينة صباح اليوم.")]
    [InlineData("هاجم مسلحون مركز الشرطة بسيارة مفخخة وقتلوا ثلاثة عناصر.")]
    public void Should_code_the_assault_told_as_news(string sentence)
    {
        // Given an attack the sentence reports
        var events = Code(sentence);

        // Then the assault is coded
        events.Should().Contain(e => e.Plover == PloverType.Assault && !e.Negated && e.Mode == null);
    }
}
