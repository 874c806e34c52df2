using Marsad.Core.Entities;
using Marsad.Core.Entities.Knowledge;
using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// Session 22 (evcoal22): the led coalitions are their leader's military (the Saudi-led one SAUMIL, the US-led one
/// against the Islamic State USAMIL), also when a «بقيادة X» or «الذي تقوده X» names the leader, and a bare التحالف or
/// الائتلاف is the coalition the article named last; aircraft «تابعة ل» a named organization are its own, and a relative word
/// inside a name (التحالف الذي تقوده X) opens no clause.
/// </summary>
public sealed class EventCoderCoalitionTests
{
    private static readonly DateOnly Published = new(2015, 8, 10);
    private static readonly EntityRecognizer Recognizer = new(KnowledgeBase.Default);

    private static List<(string? Source, string? Target, PloverType Plover)> Code(string text) =>
        EventCoder.Default.Code(text, Published).Select(e => (e.Source?.Code, e.Target?.Code, e.Plover)).ToList();

    [Theory]
    [InlineData("وشن التحالف الدولي بقيادة الولايات المتحدة ضربات جوية على مواقع تنظيم داعش قرب الموصل.")]
    [InlineData("نفذ الائتلاف الدولي بقيادة أميركية غارات جديدة على مواقع داعش في سوريا.")]
    [InlineData("قصفت طائرات التحالف الذي تقوده واشنطن مخازن أسلحة لداعش في الرقة.")]
    public void Should_code_the_us_led_coalition_as_the_us_military(string text)
    {
        // Given an attack by the US-led coalition, its leader named in the phrase
        var events = Code(text);

        // Then the coalition is the US military, and the leader's name is no second actor
        events.Should().Contain(("USAMIL", "IMG", PloverType.Assault));
        events.Should().NotContain(e => e.Source == "USA" || e.Target == "USA" || e.Target == "USAMIL");
    }

    [Fact]
    public void Should_code_the_saudi_led_coalition_named_with_its_leader()
    {
        // Given the coalition «بقيادة المملكة العربية السعودية»
        var events = Code("وقصف التحالف بقيادة المملكة العربية السعودية مواقع للمتمردين الحوثيين في مأرب.");

        // Then it is SAUMIL against the rebels, Saudi Arabia no separate actor
        events.Should().Contain(("SAUMIL", "YEMREB", PloverType.Assault));
        events.Should().NotContain(e => e.Source == "SAU" || e.Target == "SAU");
    }

    [Fact]
    public void Should_take_a_bare_coalition_as_the_one_the_article_named_last()
    {
        // Given an article naming the Arab coalition, then its aircraft as «طائرات التحالف»
        var events = Code("أعلن التحالف العربي بدء عملية جديدة. وشنت طائرات التحالف غارات على مواقع الحوثيين في صنعاء.");

        // Then the aircraft are the coalition's (SAUMIL), not Yemen's by the place
        events.Should().Contain(("SAUMIL", "YEMREB", PloverType.Assault));
        events.Should().NotContain(e => e.Source == "YEMMIL");
    }

    [Fact]
    public void Should_take_a_bare_coalition_after_the_us_led_one_as_the_us_military()
    {
        // Given an article about the US-led coalition, then «مقاتلات التحالف»
        var events = Code("قال الائتلاف الدولي إن عملياته مستمرة. وقصفت مقاتلات التحالف مواقع لتنظيم داعش في الحسكة.");

        // Then the fighters are the US military, not Syria's by the place
        events.Should().Contain(("USAMIL", "IMG", PloverType.Assault));
        events.Should().NotContain(e => e.Source == "SYRMIL");
    }

    [Fact]
    public void Should_leave_a_bare_coalition_unlinked_when_the_article_named_none()
    {
        // Given «التحالف» with no coalition named before it
        var mentions = Recognizer.Recognize("قال متحدث باسم التحالف إن المفاوضات مستمرة.", Published);

        // Then it is no coalition mention
        mentions.Should().NotContain(m => m.Code == "SAUMIL" || m.Code == "USAMIL");
    }

    [Fact]
    public void Should_not_read_another_alliance_as_the_coalition_named_before()
    {
        // Given the Arab coalition named, then «التحالف الوطني», an alliance the knowledge base does not know
        var mentions = Recognizer.Recognize("رحب التحالف العربي بالقرار. وقال التحالف الوطني العراقي إنه يدرس المقترح.", Published);

        // Then only the first is the coalition
        mentions.Where(m => m.Code == "SAUMIL").Should().ContainSingle().Which.Text.Should().Be("التحالف العربي");
    }

    [Fact]
    public void Should_take_a_bare_coalition_word_as_the_syrian_opposition_after_it()
    {
        // Given the Syrian National Coalition named, then «الائتلاف» alone
        var mentions = Recognizer.Recognize("قال الائتلاف الوطني السوري إن الائتلاف يرفض الحوار بشروط النظام.", Published);

        // Then the bare word is the opposition coalition, not the US-led one
        mentions.Where(m => m.Code == "SYROPP").Should().HaveCount(2);
        mentions.Should().NotContain(m => m.Code == "USAMIL");
    }

    [Theory]
    [InlineData("وشنت مقاتلات تابعة للتحالف العربي غارات على مواقع الحوثيين في محافظة الجوف.", "SAUMIL", "YEMREB")]
    [InlineData("وقصفت طائرات حربية تابعة للائتلاف الدولي مواقع تنظيم داعش قرب الحسكة.", "USAMIL", "IMG")]
    public void Should_code_aircraft_belonging_to_a_coalition_as_the_coalition(string text, string source, string target)
    {
        // Given aircraft «تابعة ل» a named coalition, one adjective between or none
        var events = Code(text);

        // Then they are the coalition, not the state of the place, and the coalition is no target
        events.Should().Contain((source, target, PloverType.Assault));
        events.Should().NotContain(e => e.Target == source);
    }

    [Fact]
    public void Should_keep_the_leader_clause_inside_the_coalition_name()
    {
        // Given an attack noun after «التحالف العربي الذي تقوده المملكة», whose relative word is part of the name
        var events = Code("وواصلت طائرات التحالف العربي الذي تقوده المملكة غاراتها على مواقع المتمردين في صعدة.");

        // Then the coalition is the author of the raids
        events.Should().Contain(e => e.Source == "SAUMIL" && e.Plover == PloverType.Assault);
    }

    [Fact]
    public void Should_take_the_feminine_adjective_after_a_bare_coalition_as_the_aircraft()
    {
        // Given «طائرات التحالف الحربية» after the coalition was named: الحربية agrees with the aircraft, no other alliance
        var events = Code("أعلن التحالف العربي استمرار العمليات. وقال سكان إن طائرات التحالف الحربية قصفت مواقع الحوثيين في حجة.");

        // Then the aircraft are the coalition's
        events.Should().Contain(("SAUMIL", "YEMREB", PloverType.Assault));
    }
}
