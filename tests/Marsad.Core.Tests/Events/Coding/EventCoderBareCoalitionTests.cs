using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// Forces or aircraft of a bare «التحالف» (no coalition named in full) placed where one led coalition fights (roles.tsv kind
/// theatre) are that coalition's, coded as its leader's military, not the place's state's (evrole27).
/// </summary>
public sealed class EventCoderBareCoalitionTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static List<Event> Code(string text) => EventCoder.Default.Code(text, Published).ToList();

    [Theory]
    [InlineData("أغارت طائرات التحالف على معسكر للمتمردين الحوثيين في محافظة الجوف.", "SAUMIL")]
    [InlineData("قصفت مقاتلات التحالف رتلا لتنظيم داعش قرب مدينة الرمادي.", "USAMIL")]
    [InlineData("استهدفت طائرات التحالف مخازن أسلحة لتنظيم داعش في ريف الحسكة.", "USAMIL")]
    public void Should_code_a_bare_coalition_as_the_one_fighting_there(string sentence, string code)
    {
        // Given the aircraft of a bare coalition over a state where one led coalition fights
        var events = Code(sentence);

        // Then that coalition is the source, not the state's own military
        events.Should().Contain(e => e.Source != null && e.Source.Code == code);
        events.Should().NotContain(e => e.Source != null && e.Source.Code != null && e.Source.Code.EndsWith("MIL", StringComparison.Ordinal) && e.Source.Code != code);
    }

    [Fact]
    public void Should_leave_forces_with_another_name_after_them()
    {
        // Given the regime's forces in Syria (no coalition)
        var events = Code("قصفت قوات النظام أحياء في مدينة حمص.");

        // Then they stay the state's military
        events.Should().Contain(e => e.Source != null && e.Source.Code == "SYRMIL");
    }

    [Fact]
    public void Should_read_the_theatres_from_the_word_list()
    {
        // Given the embedded word list
        var roles = RoleWords.Default;

        // Then Yemen's coalition is the Saudi-led one and a state with no listed coalition has none
        roles.CoalitionIn("YEM").Should().Be("SAUMIL");
        roles.CoalitionIn("EGY").Should().BeNull();
    }
}
