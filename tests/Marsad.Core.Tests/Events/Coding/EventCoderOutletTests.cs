using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// A news outlet or a study (وكالة الأنباء الألمانية، المرصد السوري، صحيفة بريطانية) is where a report comes from: the nisba or name
/// right after it is no actor of the act reported (roles.tsv kind outlet; evrand22).
/// </summary>
public sealed class EventCoderOutletTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static List<Event> Code(string text) => EventCoder.Default.Code(text, Published).ToList();

    [Theory]
    [InlineData("وقال مسؤول أمني لوكالة الأنباء الألمانية إن الشرطة اعتقلت خمسة مطلوبين في المدينة.", "DEU")]
    [InlineData("وقال التلفزيون الإيراني إن الشرطة اعتقلت عشرة متظاهرين.", "IRN")]
    [InlineData("ونقلت صحيفة بريطانية عن مسؤول قوله إن القوات اعتقلت ثلاثة مهربين.", "GBR")]
    [InlineData("وقال مسؤول لصحيفة أمريكية إن الجيش قصف مواقع المتمردين.", "USA")]
    [InlineData("وأفاد المرصد السوري بمقتل عشرين مسلحا في غارات جوية.", "SYR")]
    [InlineData("وأفاد المرصد السوري أن مسلحين خطفوا عشرة مدنيين.", "SYR")]
    public void Should_not_take_the_state_of_a_news_outlet_for_an_actor(string sentence, string outletState)
    {
        // Given an act reported by an outlet named with its state's nisba
        var events = Code(sentence);

        // Then the act is coded, and the outlet's state is neither its source nor its target
        events.Should().NotBeEmpty();
        events.Should().NotContain(e => GoldScore.Country(e.Source) == outletState || GoldScore.Country(e.Target) == outletState);
    }

    [Theory]
    [InlineData("وعدت الحكومة الأردنية بدراسة الطلب اليمني.", "JOR", "YEM", PloverType.Agree)]
    [InlineData("اعتقلت الشرطة الألمانية ثلاثة أشخاص في برلين.", "DEU", "DEU", PloverType.Coerce)]
    public void Should_keep_a_nisba_that_qualifies_another_noun(string sentence, string source, string target, PloverType plover)
    {
        // Given a nisba two words after دراسة (it qualifies the request), or one after a body that acts
        var events = Code(sentence);

        // Then it still names its actor
        EventTriples.Triples(events).Should().Contain((source, target, plover));
    }
}
