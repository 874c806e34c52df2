using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// An act of conflict that is only the aim of a word of coming, use, means, effort or readiness (أتوا للقبض على، منطلقا لشن هجمات،
/// تحسبا لهجمات), or that is ordered (أمرا باعتقال، مذكرة اعتقال), is intent, not told as done; an act suffered (تعرض لهجوم) stays
/// done; a possibility (لا يستبعد احتمال) is possible (evmode33). Sentences written for these tests.
/// </summary>
public sealed class EventCoderAimedActTests
{
    private static readonly DateOnly Published = new(2025, 7, 14);

    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, Published);

    [Theory]
    [InlineData("وقال شهود إن الجنود الإسرائيليين أتوا للقبض على ناشط فلسطيني في نابلس.", PloverType.Coerce)]
    [InlineData("وتتخذ الميليشيات الحوثية المدينة منطلقا لاستهداف الجيش السعودي.", PloverType.Assault)]
    [InlineData("ووضعت فرنسا قواتها في حالة تأهب تحسبا لهجمات على سفاراتها في أفريقيا.", PloverType.Assault)]
    [InlineData("وقال الجيش العراقي إن قواته تتأهب لهجوم على مواقع تنظيم داعش في الموصل.", PloverType.Assault)]
    public void Should_read_an_act_of_purpose_as_intent(string sentence, PloverType type)
    {
        // Given an act of conflict that is only the aim of coming, of a launchpad, of readiness
        var events = Code(sentence);

        // Then it is coded, as intent, never as done
        events.Should().Contain(e => e.Plover == type);
        events.Where(e => e.Plover == type).Should().OnlyContain(e => e.Mode == "intent");
    }

    [Theory]
    [InlineData("وأصدرت محكمة مصرية أمرا باعتقال رجل الأعمال الأردني.")]
    [InlineData("وأمر الرئيس التركي بترحيل الصحفيين الألمان.")]
    [InlineData("وأصدر القضاء اللبناني مذكرة اعتقال بحق مسؤول سوري.")]
    public void Should_read_an_ordered_arrest_or_expulsion_as_intent(string sentence)
    {
        // Given an arrest or an expulsion that is ordered
        var events = Code(sentence);

        // Then it is not told as done
        events.Should().Contain(e => e.Plover == PloverType.Coerce);
        events.Where(e => e.Plover == PloverType.Coerce).Should().OnlyContain(e => e.Mode == "intent");
    }

    [Theory]
    [InlineData("واعتقلت الشرطة المصرية رجل الأعمال الأردني.", PloverType.Coerce)]
    [InlineData("وتعرضت دورية للجيش العراقي لهجوم في الموصل.", PloverType.Assault)]
    [InlineData("وتعرض الجنود الأتراك لهجمات من مسلحين أكراد في ديار بكر.", PloverType.Assault)]
    [InlineData("وأصدرت المحكمة التركية أمرا بحجب موقع إخباري روسي.", PloverType.Coerce)]
    public void Should_keep_an_act_done_or_suffered(string sentence, PloverType type)
    {
        // Given an arrest told as done, an attack suffered (تعرض لهجوم: it took place), a ban ordered (the order is the ban)
        var events = Code(sentence);

        // Then it is an act that happened
        events.Should().Contain(e => e.Plover == type && e.Mode == null);
    }

    [Fact]
    public void Should_read_a_possibility_not_ruled_out_as_possible()
    {
        // Given an attack whose possibility is not ruled out
        var events = Code("ولا يستبعد المسؤولون الأمريكيون احتمال شن هجوم إيراني على السفن الأمريكية.");

        // Then it is possible, not done
        events.Should().Contain(e => e.Plover == PloverType.Assault);
        events.Where(e => e.Plover == PloverType.Assault).Should().OnlyContain(e => e.Mode == "possible");
    }
}
