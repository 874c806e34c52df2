namespace Marsad.Core.Tests.Events;

/// <summary>
/// A near day or hour between a verb and its companion (استدعت وزارة الخارجية مساء أمس القائم بالأعمال) does not use up the
/// five words in which the companion is sought, as the words of a count do not (evtrig22). Sentences written for these tests.
/// </summary>
public sealed class TriggerFinderNearDayCompanionTests
{
    [Theory]
    // the envoy (القائم) and the sanctions stand six and seven words after the verb, two of them a near day and hour
    [InlineData("استدعت وزارة الخارجية في المملكة مساء أمس القائم بأعمال السفارة.", "114")]
    [InlineData("فرضت وزارة الخزانة الأمريكية مساء الخميس عقوبات جديدة على شركات.", "163")]
    public void Should_find_the_companion_after_a_near_day(string sentence, string cameo)
    {
        var found = TriggerFinderTests.Find(sentence);

        found.Select(c => c.Cameo).Should().Contain(cameo);
    }

    [Theory]
    // استدعى "required" has no envoy after it, near day or not; a near day does not stretch the window past other words
    [InlineData("مما استدعى تدخل فرق الدفاع المدني مساء أمس.")]
    [InlineData("استدعت وزارة الخارجية في المملكة المتحدة ووزارة الداخلية مساء أمس السفير.")]
    public void Should_not_find_a_companion_too_far(string sentence)
    {
        var found = TriggerFinderTests.Find(sentence);

        found.Select(c => c.Cameo).Should().NotContain("114");
    }
}
