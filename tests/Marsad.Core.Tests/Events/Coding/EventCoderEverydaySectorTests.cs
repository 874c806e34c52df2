using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>Acts of a body of everyday life (school, union, charity, clergy) beside its own state are local, no events (evrand27).</summary>
public sealed class EventCoderEverydaySectorTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, Published);

    [Fact]
    public void Should_read_the_everyday_sectors_from_the_roles_file()
    {
        // Given the role words, Then the sector codes of everyday life are listed (normalized, in lower case) and a state's are not
        RoleWords.Default.Is("edu", RoleWordKind.Everyday).Should().BeTrue();
        RoleWords.Default.Is("ngo", RoleWordKind.Everyday).Should().BeTrue();
        RoleWords.Default.Is("gov", RoleWordKind.Everyday).Should().BeFalse();
        RoleWords.Default.Is("mil", RoleWordKind.Everyday).Should().BeFalse();
    }

    [Theory]
    [InlineData("والتقى وفد سعودي الطلاب السعوديين في لندن.")]
    [InlineData("واستقبل وفد سعودي الأطباء السعوديين في القاهرة.")]
    public void Should_code_no_act_between_an_everyday_body_and_its_own_state(string sentence)
    {
        // When a Saudi delegation meeting Saudi students or doctors abroad is coded (SAU>SAUEDU before evrand27)
        var events = Code(sentence);

        // Then no event has a Saudi body of everyday life on one side and Saudi Arabia (or the same body) on the other
        string[] everyday = ["SAUEDU", "SAUMED"];
        events.Where(e => (everyday.Contains(e.Source?.Code) && (e.Target?.Code == "SAU" || e.Target?.Code == e.Source?.Code))
            || (everyday.Contains(e.Target?.Code) && e.Source?.Code == "SAU")).Should().BeEmpty();
    }

    [Fact]
    public void Should_keep_a_protest_of_students()
    {
        // Given students who protest against their ministry
        var events = Code("وتظاهر مئات الطلاب المصريين أمام وزارة التعليم في القاهرة احتجاجا على نتائج الامتحانات.");

        // Then the protest is still an event
        events.Should().Contain(e => e.Plover == PloverType.Protest);
    }

    [Fact]
    public void Should_keep_a_foreign_counterpart_of_an_everyday_body()
    {
        // Given a state's act toward another state's journalists
        var events = Code("واعتقلت السلطات الإيرانية صحفيين بريطانيين في طهران.");

        // Then the arrest is still an event
        events.Should().Contain(e => e.Plover == PloverType.Coerce || e.Plover == PloverType.Assault);
    }

    [Theory]
    [InlineData("وسجلت اليمن اغتيال ثلاثة صحفيين يمنيين أمس.", PloverType.Assault)]
    [InlineData("وشهد اليمن اعتقال الصحفيين اليمنيين في الأسابيع الأخيرة.", PloverType.Coerce)]
    public void Should_keep_an_attack_on_an_everyday_body_without_its_own_state_as_author(string sentence, PloverType type)
    {
        // Given an attack or arrest of a state's journalists, the state read before it (YEM>YEMMED before evrand27)
        var events = Code(sentence);

        // Then the act is kept toward the journalists, with no author
        events.Should().Contain(e => e.Plover == type && e.Source == null && e.Target != null && e.Target.Code == "YEMMED");
        events.Should().NotContain(e => e.Source != null && e.Source.Code == "YEM");
    }
}
