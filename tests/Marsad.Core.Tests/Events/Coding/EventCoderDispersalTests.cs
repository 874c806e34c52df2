using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// A force that disperses a protest is no protester (roles.tsv kind disperse, <c>EventCoder.DispersedProtest</c>), and dispersing
/// a crowd is its act of repression toward the crowd (triggers.tsv فرق، فض: CAMEO 175; evrole31).
/// </summary>
public sealed class EventCoderDispersalTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, Published);

    [Theory]
    [InlineData("وفضت الشرطة العراقية اعتصام أنصار التيار الصدري بالقوة.", "IRQCOP")]
    [InlineData("وقامت قوات الأمن الأردنية بتفريق التظاهرة أمام مجلس النواب.", "JORCOP")]
    [InlineData("وأطلقت الشرطة الباكستانية الرصاص لتفريق مثيري الشغب في كراتشي.", "PAKCOP")]
    public void Should_not_make_the_dispersing_force_a_protester(string sentence, string force)
    {
        // When a force breaks up a protest named after it
        var events = Code(sentence);

        // Then no protest has the force for author
        events.Should().NotContain(e => e.Plover == PloverType.Protest && e.Source != null && e.Source.Code == force);
    }

    [Fact]
    public void Should_keep_the_protest_of_its_own_genitive()
    {
        // When the dispersed sit-in names whose it is
        var events = Code("وفضت قوات الأمن المصرية اعتصام جماعة الإخوان المسلمين في القاهرة بالقوة.");

        // Then the sit-in is the Brotherhood's, not the security forces'
        events.Should().Contain(e => e.Plover == PloverType.Protest && e.Source != null && e.Source.Code == "MBR");
        events.Should().NotContain(e => e.Plover == PloverType.Protest && e.Source != null && e.Source.Code == "EGYCOP");
    }

    [Theory]
    [InlineData("فرقت الشرطة المصرية المتظاهرين أمام السفارة الأمريكية في القاهرة.", "EGYCOP")]
    [InlineData("واستخدمت الشرطة التركية الغاز المسيل للدموع لتفريق محتجين في أنقرة.", "TURCOP")]
    public void Should_code_dispersing_a_crowd_as_repression(string sentence, string force)
    {
        // When a force disperses protesters
        var events = Code(sentence);

        // Then the force's act is coded as violent repression
        events.Should().Contain(e => e.Cameo == "175" && e.Source != null && e.Source.Code == force);
    }

    [Fact]
    public void Should_not_read_settling_disputes_as_dispersal()
    {
        // When فض means settling disputes
        var events = Code("وتعمل اللجنة الأردنية على فض النزاعات بين العشائر في المملكة.");

        // Then no repression is coded
        events.Should().NotContain(e => e.Cameo == "175");
    }
}
