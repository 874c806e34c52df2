using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// Session 8: a threat of a strike or protest (هدد بإضراب، بالاعتصام) is CAMEO 133, aimed at the source's own government;
/// working with a counterpart (شارك … نظيره) is cooperation.
/// </summary>
public sealed class EventCoderThreatOfProtestTests
{
    private static readonly DateOnly Published = new(2025, 3, 9);

    [Theory]
    [InlineData("هدد عمال الموانئ في إيطاليا بإضراب مفتوح بسبب تدني الأجور.", "ITA")]
    [InlineData("هددت نقابة المعلمين في الأردن بالاعتصام أمام وزارة التربية.", "JOR")]
    public void Should_code_a_threat_of_a_strike_against_the_own_government(string text, string state)
    {
        // Given workers threatening a strike or sit-in with no counterpart named
        var events = EventCoder.Default.Code(text, Published);

        // Then one threat of dissent, aimed at their own state's government, and no strike coded as happened
        events.Should().Contain(e => e.Plover == PloverType.Threaten && e.Cameo == "133"
            && e.Source != null && e.Source.Country == state && e.Target != null && e.Target.Code == state + "GOV");
        events.Should().NotContain(e => e.Plover == PloverType.Protest);
    }

    [Fact]
    public void Should_code_work_with_a_counterpart_as_cooperation()
    {
        // Given one state's police working with its counterpart of another state
        var events = EventTriples.Triples(EventCoder.Default.Code("شاركت الشرطة الفرنسية نظيرتها البلجيكية في ملاحقة شبكة لتهريب السلاح.", Published));

        // Then cooperation between the two
        events.Should().Contain(("FRA", "BEL", PloverType.Cooperate));
    }
}
