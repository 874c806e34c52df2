using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// Roles, session 7: a nisba that qualifies the source's own noun phrase (قوات الاحتلال الإسرائيلي) is not the counterpart.
/// </summary>
public sealed class EventCoderQualifierTests
{
    private static readonly DateOnly Published = new(2025, 3, 9);

    private static List<(string? Source, string? Target, PloverType Plover)> Code(string text) =>
        EventTriples.Triples(EventCoder.Default.Code(text, Published)).ToList();

    [Fact]
    public void Should_take_the_object_after_the_source_phrase_as_the_target()
    {
        // Given forces named with a word between the noun and its nisba, then their object
        var events = Code("اعتقلت قوات الاحتلال الإسرائيلي عشرة شبان فلسطينيين فجر اليوم.");

        // Then the arrested are the target, not the forces' own state
        events.Should().Contain(("ISR", "PSE", PloverType.Coerce));
        events.Should().NotContain(e => e.Source == "ISR" && e.Target == "ISR");
    }

    [Fact]
    public void Should_keep_a_nisba_of_another_state_as_the_target()
    {
        // Given forces of one state and a nisba of another right after the verb's object noun
        var events = Code("اعتقلت الشرطة التركية صحفيين سوريين في إسطنبول.");

        // Then the other state's people are still the target
        events.Should().Contain(e => e.Plover == PloverType.Coerce && e.Source == "TUR" && e.Target == "SYR");
    }
}
