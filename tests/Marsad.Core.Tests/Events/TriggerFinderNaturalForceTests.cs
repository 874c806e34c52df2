using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>A death or a destruction a natural force causes (زلزال، فيضانات، سيول، عاصفة) is no assault.</summary>
public sealed class TriggerFinderNaturalForceTests
{
    [Theory]
    [InlineData("قتل خمسة أشخاص على الأقل في زلزال شرق البلاد فجر اليوم.")]
    [InlineData("دمرت السيول عشرات المنازل في القرى الجبلية.")]
    [InlineData("قتل ثلاثة صيادين بسبب العاصفة على الساحل الغربي.")]
    public void Should_find_no_assault_in_a_natural_disaster(string sentence)
    {
        // Given a death or a destruction caused by an earthquake, a flood or a storm
        var found = TriggerFinderTests.Find(sentence);

        // Then no assault is found
        found.Should().NotContain(c => c.Plover == PloverType.Assault);
    }

    [Theory]
    [InlineData("قتل مسلحون خمسة جنود في هجوم على نقطة تفتيش.")]
    [InlineData("دمرت الطائرات الحربية جسرا رئيسيا شمال المدينة.")]
    public void Should_find_the_assault_without_a_natural_force(string sentence)
    {
        // Given a killing or a destruction by armed actors
        var found = TriggerFinderTests.Find(sentence);

        // Then the assault is found
        found.Should().Contain(c => c.Plover == PloverType.Assault);
    }
}
