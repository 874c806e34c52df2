using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// A verb after a relative word whose antecedent is a thing or a place (القرى التي هاجمها الجيش، حمص التي يحاصرها), carrying its
/// object as a pronoun, has that antecedent for object: a place names the target's state; a thing names no actor, so neither the
/// next actor nor an implied target is taken (evrand32).
/// </summary>
public sealed class EventCoderThingRelativeTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, Published);

    [Fact]
    public void Should_not_take_the_next_actor_as_the_victim_of_a_thing()
    {
        // When the attacked are villages (a thing) and another actor follows in another phrase
        var events = Code("وعاد اللاجئون إلى القرى التي هاجمها الجيش الإسرائيلي بعد انسحاب القوات اللبنانية.");

        // Then the army attacked, and the Lebanese forces are not its victim
        events.Should().Contain(e => e.Plover == PloverType.Assault && e.Source != null && e.Source.Code == "ISRMIL");
        events.Should().NotContain(e => e.Target != null && e.Target.Code == "LBNMIL");
    }

    [Fact]
    public void Should_give_a_besieged_place_as_the_target()
    {
        // When the besieged antecedent is a city
        var events = Code("دخلت القافلة إلى مدينة حمص التي يحاصرها حزب الله منذ أشهر بعد مفاوضات مع المعارضة السورية.");

        // Then the siege is toward the city's state, not toward the actor named after it
        events.Should().Contain(e => e.Plover == PloverType.Coerce && e.Source != null && e.Source.Code == "LBNREB"
            && e.Target != null && e.Target.Code == "SYR");
        events.Should().NotContain(e => e.Plover == PloverType.Coerce && e.Target != null && e.Target.Code == "SYROPP");
    }

    [Fact]
    public void Should_imply_no_target_for_a_boycotted_thing()
    {
        // When the boycotted antecedent is an election
        var events = Code("وأعلنت اللجنة نتائج الانتخابات التي قاطعتها المعارضة المصرية الشهر الماضي.");

        // Then the boycott has its author and no counterpart implied (not its own government)
        events.Should().Contain(e => e.Plover == PloverType.Protest && e.Source != null && e.Source.Code == "EGYOPP" && e.Target == null);
    }

    [Fact]
    public void Should_look_for_no_victim_of_a_destroyed_thing_without_author()
    {
        // When destroyed schools are told with an act noun as the subject (القصف) and a delegation named after
        var events = Code("وزار الوزير المدارس التي دمرها القصف في غزة برفقة وفد من الأمم المتحدة.");

        // Then the delegation's body is no victim
        events.Should().NotContain(e => e.Plover == PloverType.Assault && e.Target != null && e.Target.Code == "IGOUNO");
    }
}
