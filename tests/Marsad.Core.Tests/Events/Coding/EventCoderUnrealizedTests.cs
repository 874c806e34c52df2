using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>Acts that are needed, set as a condition, wished or scheduled are not told as done (evrand27).</summary>
public sealed class EventCoderUnrealizedTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, Published);

    [Theory]
    [InlineData("قال الوزير إن الحكومة يجب أن تتعاون مع الأردن في مكافحة التهريب.", PloverType.Cooperate)]
    [InlineData("وشدد الرئيس على ضرورة انسحاب القوات الأجنبية من الأراضي الليبية.", PloverType.Retreat)]
    [InlineData("وقال المبعوث إنه يتعين على الطرفين استئناف المفاوضات في أقرب وقت.", PloverType.Consult)]
    [InlineData("وأكد النائب أنه لا بد من رفع الحصار عن المدينة قبل الشتاء.", PloverType.Retreat)]
    [InlineData("ووافق المجلس على المشروع شريطة أن تتعاون الشركة مع البلدية.", PloverType.Cooperate)]
    public void Should_code_no_event_for_an_act_needed_or_set_as_a_condition(string sentence, PloverType type)
    {
        // Given an act that must or should be done, or is a condition
        var events = Code(sentence);

        // Then it is not coded as an act that happened
        events.Should().NotContain(e => e.Plover == type && e.Mode == null);
    }

    [Theory]
    [InlineData("وأكد الوزير ضرورة محاسبة الميليشيات التي قصفت مطار عدن أمس.", "وأكد الوزير محاسبة الميليشيات التي قصفت مطار عدن أمس.")]
    [InlineData("وأكد الوزير الأردني ضرورة التحقيق بعد أن هاجمت ميليشيا مسلحة السفارة الأردنية في بغداد.", "وأكد الوزير الأردني التحقيق بعد أن هاجمت ميليشيا مسلحة السفارة الأردنية في بغداد.")]
    public void Should_keep_an_attack_the_needed_act_points_back_to(string sentence, string without)
    {
        // Given a call to hold to account those behind an attack (a relative or بعد between): the attack took place
        var events = Code(sentence);

        // Then the attack is an event, as it is with no word of need
        Code(without).Should().Contain(e => e.Plover == PloverType.Assault);
        events.Should().Contain(e => e.Plover == PloverType.Assault);
    }

    [Theory]
    [InlineData("ومن المقرر أن يزور وزير الخارجية الأردني القاهرة الأسبوع المقبل.")]
    [InlineData("وكان من المفترض أن يلتقي الرئيس التونسي نظيره الجزائري في العاصمة.")]
    public void Should_code_a_scheduled_act_as_future(string sentence)
    {
        // Given a visit or meeting told as scheduled (من المقرر أن)
        var events = Code(sentence);

        // Then it is coded as future, never as done
        events.Should().Contain(e => e.Plover == PloverType.Consult);
        events.Where(e => e.Plover == PloverType.Consult).Should().OnlyContain(e => e.Mode == "future");
    }

    [Fact]
    public void Should_code_a_wished_visit_as_intent()
    {
        // Given a president who hopes to visit a state
        var events = Code("وقال الرئيس الأردني إنه يأمل زيارة المغرب في وقت قريب.");

        // Then the visit is coded as intent
        events.Where(e => e.Plover == PloverType.Consult).Should().NotBeEmpty().And.OnlyContain(e => e.Mode == "intent");
    }

    [Fact]
    public void Should_keep_a_visit_told_as_done()
    {
        // Given the same visit told as done (a control)
        var events = Code("وزار وزير الخارجية الأردني القاهرة أمس.");

        // Then it has no mode
        events.Should().Contain(e => e.Plover == PloverType.Consult && e.Mode == null);
    }

    [Fact]
    public void Should_code_an_act_one_would_like_to_do_as_intent()
    {
        // Given a minister who says his state would like to support another (نود أن ندعم; evrand28)
        var events = Code("وقال وزير الخارجية الأمريكي: نود أن ندعم الاقتصاد الأردني في المرحلة المقبلة.");

        // Then the support is coded as intent, not as done
        events.Where(e => e.Plover == PloverType.Support).Should().NotBeEmpty().And.OnlyContain(e => e.Mode == "intent");
    }
}
