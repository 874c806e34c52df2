using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// One actor read on both sides (the same words or the same named actor with one code: an apposition, a genitive, a second
/// mention) is not its own counterpart; two bodies of one state with one code still are two parties (evrole27).
/// </summary>
public sealed class EventCoderSameActorTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static List<Event> Code(string text) => EventCoder.Default.Code(text, Published).ToList();

    private static bool Self(Event e) => e.Source?.Code is { } code && e.Target?.Code == code;

    [Theory]
    [InlineData("ناقش الاتحاد الأوروبي خطة الهجرة مع وزراء الاتحاد الأوروبي في بروكسل.")]
    [InlineData("قوات الاحتلال اعتقلت شابين في جنين واقتادتهما إلى معسكر لقوات الاحتلال.")]
    public void Should_not_code_one_actor_as_its_own_counterpart(string sentence)
    {
        // Given one named actor mentioned twice
        var events = Code(sentence);

        // Then no event has it on both sides
        events.Should().NotContain(e => Self(e));
    }

    [Fact]
    public void Should_keep_the_author_named_right_before_its_verb()
    {
        // Given forces named before their arrest and again after it
        var events = Code("قوات الاحتلال اعتقلت شابين في جنين واقتادتهما إلى معسكر لقوات الاحتلال.");

        // Then they are the source of the arrest
        events.Should().Contain(e => e.Source != null && e.Source.Code == "ISRMIL");
    }

    [Fact]
    public void Should_keep_two_bodies_of_one_state()
    {
        // Given a prime minister receiving his defence minister
        var events = Code("استقبل رئيس الوزراء العراقي وزير الدفاع العراقي في بغداد.");

        // Then the meeting stays, between two Iraqi officials
        events.Should().Contain(e => Self(e) && e.Source!.Code == "IRQGOV");
    }
}
