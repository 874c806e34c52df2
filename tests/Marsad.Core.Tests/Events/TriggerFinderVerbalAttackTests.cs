using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// هاجم is a verbal attack (criticism, CAMEO 111) when its medium or a policy follows (التي هاجم فيها، في مقابلة، هاجم
/// الاتفاق), an armed attack otherwise.
/// </summary>
public sealed class TriggerFinderVerbalAttackTests
{
    [Theory]
    [InlineData("نشر الرئيس تغريدات هاجم فيها منافسه في الانتخابات.")]
    [InlineData("هاجم المطرب زميله في مقابلة تلفزيونية مساء أمس.")]
    [InlineData("هاجم النائب الاتفاق الذي وقعته الحكومة مع الشركة.")]
    public void Should_read_a_verbal_attack_as_criticism(string sentence)
    {
        // Given هاجم with the medium of a statement or the policy it criticizes
        var found = TriggerFinderTests.Find(sentence);

        // Then it is criticism, not an armed attack
        found.Should().Contain(c => c.Cameo == "111");
        found.Should().NotContain(c => c.Plover == PloverType.Assault);
    }

    [Fact]
    public void Should_read_an_armed_attack_as_an_assault()
    {
        // Given gunmen attacking a police station
        var found = TriggerFinderTests.Find("هاجم مسلحون مركزا للشرطة في شمال المدينة فجر اليوم.");

        // Then it is an assault
        found.Should().Contain(c => c.Plover == PloverType.Assault);
    }
}
