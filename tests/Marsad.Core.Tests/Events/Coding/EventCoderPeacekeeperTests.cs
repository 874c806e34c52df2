using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>UN peacekeepers named by their description are the United Nations (IGOUNO), not forces of the place's state (evorg33).</summary>
public sealed class EventCoderPeacekeeperTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    [Theory]
    [InlineData("هاجم مسلحون قوات حفظ السلام التابعة للأمم المتحدة في جنوب السودان.")]
    [InlineData("هاجم متمردون قوات الأمم المتحدة لحفظ السلام في شرق الكونغو.")]
    public void Should_code_un_peacekeepers_as_the_united_nations(string sentence)
    {
        // Given an attack on UN peacekeepers in a named state
        var attacks = EventCoder.Default.Code(sentence, Published).Where(e => e.Plover == PloverType.Assault).ToList();

        // Then the target is the United Nations, not the state's forces
        attacks.Should().Contain(e => e.Target != null && e.Target.Code == "IGOUNO");
        attacks.Should().NotContain(e => e.Target != null && e.Target.Code != null && e.Target.Code.EndsWith("MIL", StringComparison.Ordinal));
    }
}
