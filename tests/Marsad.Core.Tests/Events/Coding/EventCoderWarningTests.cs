using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// A warning of a danger (حذر من + a word that names no actor) with no one warned named threatens no one; a warning that names the
/// one warned, or an actor or clause after من, is still a threat (<c>EventCoder.WarnedOfDanger</c>, roles.tsv kind warn; evrand22).
/// </summary>
public sealed class EventCoderWarningTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static List<Event> Code(string text) => EventCoder.Default.Code(text, Published).ToList();

    [Theory]
    [InlineData("حذرت الأمم المتحدة من أزمة غذائية كبرى في اليمن.")]
    [InlineData("حذرت الولايات المتحدة مواطنيها من السفر إلى إيران.")]
    [InlineData("حذر وزير الخارجية من انهيار الهدنة في اليمن.")]
    [InlineData("وحذر المتحدث الروسي من أن الضربات الأمريكية ستعقد جهود التسوية.")]
    public void Should_code_no_threat_for_a_warning_of_a_danger(string sentence)
    {
        // Given a warning of a danger, no one warned named as an actor
        var events = Code(sentence);

        // Then no threat is coded (the state inside the danger is no target)
        events.Should().NotContain(e => e.Plover == PloverType.Threaten);
    }

    [Theory]
    [InlineData("حذرت واشنطن طهران من مغبة التصعيد في الخليج.", "USA", "IRN")]
    [InlineData("حذر الرئيس التركي من أن بلاده سترد على أي هجوم سوري.", "TUR", "SYR")]
    [InlineData("حذرت واشنطن من أن موسكو ستدفع الثمن.", "USA", "RUS")]
    [InlineData("وكانت القوات حذرت في منشورات ألقتها أول من أمس على سكان القرى اليمنية.", "YEM", "YEM")]
    public void Should_keep_a_warning_that_names_its_target(string sentence, string source, string target)
    {
        // Given a warning naming the one warned (before من, in the clause after من أن), or من in أول من أمس
        var events = Code(sentence);

        // Then it is still a threat
        EventTriples.Triples(events).Should().Contain((source, target, PloverType.Threaten));
    }
}
