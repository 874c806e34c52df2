using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// A count of people (آلاف، مئات، عشرات) right before a counted thing (roles.tsv kind counted: غارات، منازل، دولارات، أطنان) counts
/// things and names no civilians; before people (آلاف المتظاهرين، عشرات المدنيين) it still does (evsense24).
/// </summary>
public sealed class EventCoderCountedThingTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static List<Event> Code(string text) => EventCoder.Default.Code(text, Published).ToList();

    private static bool Civilians(EventActor? actor) => actor?.Code is { } code && code.EndsWith("CVL", StringComparison.Ordinal);

    [Theory]
    [InlineData("شن الجيش التركي عشرات الغارات على مواقع المتمردين في شمال العراق.")]
    [InlineData("صادرت الشرطة عشرة آلاف دولار من منزل المتهم.")]
    [InlineData("يبيع التاجر القرن بآلاف الدولارات في السوق السوداء لقتل الحيوان.")]
    [InlineData("دمرت السيول مئات المنازل في القرى الجبلية.")]
    public void Should_read_no_civilians_in_a_count_of_things(string sentence)
    {
        // Given a count of things (strikes, dollars, houses)
        var events = Code(sentence);

        // Then no civilians are coded as source or target
        events.Should().NotContain(e => Civilians(e.Source) || Civilians(e.Target));
    }

    [Theory]
    [InlineData("خرج آلاف المتظاهرين في شوارع العاصمة احتجاجا على الغلاء.")]
    [InlineData("قتل عشرات المدنيين في قصف على سوق شعبي في حلب.")]
    public void Should_keep_a_count_of_people(string sentence)
    {
        // Given a count of people (protesters, civilians)
        var events = Code(sentence);

        // Then they are still coded as civilians
        events.Should().Contain(e => Civilians(e.Source) || Civilians(e.Target));
    }
}
