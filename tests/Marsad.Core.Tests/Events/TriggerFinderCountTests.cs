using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>Session 8: the words of a count (أكثر من مئة ألف، ثلاثة) do not use up the window in which a companion must follow.</summary>
public sealed class TriggerFinderCountTests
{
    [Fact]
    public void Should_find_the_companion_behind_a_long_count()
    {
        // Given troops massed, counted in five words between the verb's subject and the troops
        var found = TriggerFinder.Default.Find(WordSplitter.Split("حشدت تركيا أكثر من خمسين ألف جندي قرب الحدود السورية."));

        // Then the massing of troops is found
        found.Should().Contain(c => c.Plover == PloverType.Mobilize && c.Cameo == "154");
    }

    [Fact]
    public void Should_still_need_the_companion_within_the_window_without_a_count()
    {
        // Given the same verb with six ordinary words before the troops
        var found = TriggerFinder.Default.Find(WordSplitter.Split("حشدت تركيا في الأسابيع الأخيرة على نحو متسارع جنودا قرب الحدود."));

        // Then no massing of troops: the window is not widened by words that are no count
        found.Should().NotContain(c => c.Cameo == "154");
    }
}
