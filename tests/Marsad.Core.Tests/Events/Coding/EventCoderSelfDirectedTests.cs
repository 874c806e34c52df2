using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// A source and a target with the same bare code (a state, or a sector of no state) name no two parties: an act that needs a
/// counterpart is dropped, a protest keeps its protesters alone, an attack keeps its victim with no author
/// (<c>EventCoder.NotSelfDirected</c>; evsense24). Two bodies of one state (SAUGOV>SAUELI) are kept.
/// </summary>
public sealed class EventCoderSelfDirectedTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static List<Event> Code(string text) => EventCoder.Default.Code(text, Published).ToList();

    [Theory]
    [InlineData("وقع الصندوق السعودي للتنمية اتفاقية تعاون مع البنك السعودي للاستثمار.")]
    [InlineData("تعهد البنك المصري بتقديم دعم مالي للمستشفيات المصرية.")]
    [InlineData("خرج مئات من المتظاهرين في شوارع العاصمة احتجاجا على الغلاء.")]
    [InlineData("وقالت الشرطة إن أربعة عراقيين قتلوا وأصيب عشرة آخرون بانفجار سيارة مفخخة في سوق شعبي ببغداد.")]
    public void Should_code_no_event_from_a_code_to_itself(string sentence)
    {
        // Given a sentence whose roles read the same bare code on both sides
        var events = Code(sentence);

        // Then no event goes from that code to itself
        events.Should().NotContain(e => e.Source != null && e.Target != null && e.Source.Code == e.Target.Code);
    }

    [Fact]
    public void Should_keep_the_victim_of_an_attack_without_its_author()
    {
        // Given Iraqis killed in a blast (the roles read them on both sides)
        var events = Code("وقالت الشرطة إن أربعة عراقيين قتلوا وأصيب عشرة آخرون بانفجار سيارة مفخخة في سوق شعبي ببغداد.");

        // Then the attack is kept toward them, its author unnamed
        events.Should().Contain(e => e.Plover == PloverType.Assault && e.Source == null && e.Target != null && e.Target.Code == "IRQ");
    }

    [Fact]
    public void Should_keep_the_protesters_of_a_protest()
    {
        // Given a count of protesters and the protesters (both read as civilians)
        var events = Code("خرج مئات من المتظاهرين في شوارع العاصمة احتجاجا على الغلاء.");

        // Then the protest is kept with its protesters
        events.Should().Contain(e => e.Plover == PloverType.Protest && e.Source != null && e.Source.Code == "CVL");
    }

    [Theory]
    [InlineData("وقع الصندوق السعودي للتنمية اتفاقية تعاون مع البنك السعودي للاستثمار.")]
    [InlineData("تعهد البنك المصري بتقديم دعم مالي للمستشفيات المصرية.")]
    public void Should_drop_an_act_that_needs_a_counterpart(string sentence)
    {
        // Given an everyday act between two bodies of no political role of one state
        var events = Code(sentence);

        // Then no event is coded
        events.Should().BeEmpty();
    }

    [Fact]
    public void Should_keep_two_bodies_of_one_state()
    {
        // Given the king receiving the crown prince (two sectors of one state)
        var events = Code("استقبل الملك سلمان ولي العهد الأمير محمد بن نايف في قصر السلام.");

        // Then the meeting is kept
        events.Should().Contain(e => e.Plover == PloverType.Consult && e.Source != null && e.Source.Code == "SAUGOV");
    }
}
