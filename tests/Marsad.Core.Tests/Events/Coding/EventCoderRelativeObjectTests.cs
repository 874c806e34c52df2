using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// A verb right after الذي/التي/الذين whose object pronoun points back to the antecedent and that names its own subject after it
/// (or carries a plural subject) has the antecedent for target, not for source (<c>ArgumentRoles.RelativeObject</c>; evrole31).
/// </summary>
public sealed class EventCoderRelativeObjectTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, Published);

    [Fact]
    public void Should_make_the_antecedent_the_victim_of_an_act_noun_subject()
    {
        // When the attack after the verb is its subject
        var events = Code("وقال المتحدث إن الجنود اليمنيين الذين استهدفهم الهجوم ينتمون إلى اللواء الأول.");

        // Then the soldiers are the victims, not the attackers
        events.Should().NotContain(e => e.Plover == PloverType.Assault && e.Source != null && e.Source.Code == "YEMMIL");
        events.Should().Contain(e => e.Plover == PloverType.Assault && e.Target != null && e.Target.Code == "YEMMIL");
    }

    [Fact]
    public void Should_take_the_named_subject_after_a_title()
    {
        // When the host is named after the verb, behind his title
        var events = Code("وقال الرئيس الفرنسي الذي استقبله الرئيس التونسي الباجي قائد السبسي إن الزيارة مهمة.");

        // Then the Tunisian president receives the French one
        events.Should().Contain(e => e.Cameo == "043" && e.Source != null && e.Source.Code == "TUNELI" && e.Target != null && e.Target.Code == "FRAGOV");
    }

    [Fact]
    public void Should_not_make_the_antecedent_the_accuser_of_a_plural_verb()
    {
        // When "they" accuse the government the clause describes
        var events = Code("وانتقد ناشطون الحكومة الإثيوبية التي يتهمونها بقمع المعارضين.");

        // Then the government accuses no one
        events.Should().NotContain(e => e.Cameo.StartsWith("112", StringComparison.Ordinal) && e.Source != null && e.Source.Code == "ETHGOV");
    }

    [Fact]
    public void Should_keep_the_antecedent_as_subject_with_no_subject_after_the_verb()
    {
        // When the verb names no subject after it (the antecedent accuses, the pronoun is another)
        var events = Code("وكان الرئيس التركي رجب طيب أردوغان الذي يتهمه بدعم حزب العمال الكردستاني قد هاجمه.");

        // Then the Turkish president stays the accuser
        events.Should().NotContain(e => e.Cameo.StartsWith("112", StringComparison.Ordinal) && e.Target != null && e.Target.Code == "TURGOV");
    }

    [Fact]
    public void Should_read_the_supporter_named_after_the_verb()
    {
        // When a state supports the army the clause describes
        var events = Code("وقال إن الجيش العراقي الذي تدعمه الولايات المتحدة يتقدم نحو الموصل.");

        // Then the United States supports the Iraqi army
        events.Should().Contain(e => e.Plover == PloverType.Support && e.Source != null && e.Source.Code == "USA" && e.Target != null && e.Target.Code == "IRQMIL");
    }
}
