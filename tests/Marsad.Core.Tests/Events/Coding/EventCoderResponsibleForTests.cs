using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>«المسؤولين عن الهجوم» are "those responsible for the attack", whom the sentence does not name: not a state's officials.</summary>
public sealed class EventCoderResponsibleForTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static List<Event> Code(string text) => EventCoder.Default.Code(text, Published).ToList();

    [Theory]
    [InlineData("طالبت الحكومة الكندية بمحاسبة المسؤولين عن الهجوم على القرية في مالي.")]
    [InlineData("شكلت الأمم المتحدة لجنة لتحديد المسؤولين عن التفجيرات في ليبيا.")]
    public void Should_not_make_those_responsible_a_government(string sentence)
    {
        // Given a call to find or punish those responsible for an attack, in a state named after it
        var events = Code(sentence);

        // Then no government is the author of the attack: neither the speaker's nor the place's
        events.Should().NotContain(e => e.Plover == PloverType.Assault && e.Source != null && e.Source.Code != null
            && e.Source.Code.EndsWith("GOV", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_keep_officials_who_act_as_officials()
    {
        // Given officials in the same oblique form, named by their nisba and with no عن after them, met by another state's minister
        var events = Code("التقى وزير الخارجية السوداني مسؤولين مصريين في القاهرة.");

        // Then they stay Egypt's government, the meeting's counterpart
        events.Should().Contain(e => e.Plover == PloverType.Consult && e.Target != null && e.Target.Code == "EGYGOV");
    }
}
