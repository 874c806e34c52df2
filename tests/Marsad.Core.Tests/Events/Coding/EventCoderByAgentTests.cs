using Marsad.Core.Events;
using Marsad.Core.Events.Coding;
using static Marsad.Core.Tests.Events.Coding.EventTriples;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// The author named after a passive or verbal-noun act (من قبل، من جانب، على يد، على أيدي): one reading for the argument rules and
/// the coder's suffered attacks (session 15).
/// </summary>
public sealed class EventCoderByAgentTests
{
    private static readonly DateOnly Published = new(2026, 5, 12);

    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, Published);

    [Theory]
    // من جانب after a verbal noun the condemnation takes as its object
    [InlineData("أدانت منظمة العفو الدولية اعتقال عشرات الطلاب من جانب الشرطة التركية.", PloverType.Coerce, "TUR")]
    // على أيدي after a passive told with a count
    [InlineData("قتل ثلاثة متظاهرين على أيدي قوات الأمن العراقية في البصرة.", PloverType.Assault, "IRQ")]
    // من قبل after a passive told with a count
    [InlineData("اعتقل عشرات الطلاب من قبل الشرطة التركية في أنقرة.", PloverType.Coerce, "TUR")]
    // من جانب after a suffered attack
    [InlineData("تعرضت قرية لقصف من جانب الجيش السوري.", PloverType.Assault, "SYR")]
    public void Should_take_the_agent_named_after_the_act_as_its_source(string sentence, PloverType type, string author)
    {
        // Given an act whose author is named after it and its victims
        // When it is coded
        var acts = Code(sentence).Where(e => e.Plover == type).ToList();

        // Then that author is the source, not the victims nor no one
        acts.Should().NotBeEmpty();
        acts.Should().OnlyContain(e => GoldScore.Country(e.Source) == author);
    }

    [Fact]
    public void Should_keep_the_victims_as_the_target_when_the_agent_is_named_after_them()
    {
        // Given students arrested "by" the police, told with من جانب
        var events = Code("أدانت منظمة العفو الدولية اعتقال عشرات الطلاب من جانب الشرطة التركية.");

        // Then the arrest goes from the police to the students, and the condemnation is aimed at the police
        events.Should().Contain(e => e.Plover == PloverType.Coerce && e.Source!.Code == "TURCOP" && e.Target!.Code == "TUREDU");
        events.Should().Contain(e => e.Plover == PloverType.Accuse && e.Target!.Code == "TURCOP");
    }

    [Fact]
    public void Should_leave_the_agent_of_a_participle_to_the_participle()
    {
        // Given a verb whose subject was told before, its object qualified by a participle with its own agent (المفروضة من جانب X)
        var events = Code("وطالبت كندا بمشاورات بعد أن تحدت القيود المفروضة من جانب الولايات المتحدة على صادراتها.");

        // Then the challenge is still the subject's, toward the participle's agent
        Triples(events).Should().Contain(("CAN", "USA", PloverType.Reject));
    }

    [Fact]
    public void Should_not_read_min_janibihi_for_his_part_as_an_agent()
    {
        // Given من جانبها ("for its part") between an accusation's subject and its object
        var events = Code("اتهمت تركيا من جانبها روسيا بقصف المدنيين في إدلب.");

        // Then the accuser stays the source and the accused the target
        Triples(events).Should().Contain(("TUR", "RUS", PloverType.Accuse)).And.NotContain(("RUS", "TUR", PloverType.Accuse));
    }
}
