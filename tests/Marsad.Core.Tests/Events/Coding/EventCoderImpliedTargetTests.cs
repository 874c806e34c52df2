using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// Implied targets, session 22 (evreal23): the source's own state is the target of a refusal, a concession, a pledge or a
/// coercion with no one named only when the source is a political body of that state and no actor of another state is named; a foreign place is
/// the target only as the act's scene (after the act, close to it), never as a meeting's venue. Our own sentences.
/// </summary>
public sealed class EventCoderImpliedTargetTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static List<(string? Source, string? Target, PloverType Plover)> Code(string text) =>
        EventTriples.Triples(EventCoder.Default.Code(text, Published)).ToList();

    [Theory]
    [InlineData("رفض الرئيس التونسي التوقيع على القانون الجديد.", "TUN", PloverType.Reject)]
    [InlineData("رفعت الحكومة المغربية الحظر على استيراد القمح.", "MAR", PloverType.Concede)]
    [InlineData("اعتقلت الشرطة التونسية ثلاثة مشتبه بهم.", "TUN", PloverType.Coerce)]
    [InlineData("رفضت الفصائل المسلحة السورية تسليم أسلحتها.", "SYR", PloverType.Reject)]
    public void Should_code_a_state_body_acting_with_no_one_named_toward_its_own_state(string sentence, string state, PloverType type)
    {
        // Given a government, a president or a police force refusing, conceding or arresting with no counterpart named
        var events = Code(sentence);

        // Then the act concerns its own state
        events.Should().Contain(e => e.Plover == type && e.Source == state && e.Target == state);
    }

    [Theory]
    [InlineData("رفضت إيران تمديد المهلة.")]
    [InlineData("رفض الشعب اليوناني خطة التقشف في الاستفتاء.")]
    public void Should_not_make_a_state_named_alone_or_its_people_refuse_their_own_state(string sentence)
    {
        // Given a state named by itself, or its people, refusing what someone unnamed offered
        var events = Code(sentence);

        // Then no refusal is coded toward their own state
        events.Should().NotContain(e => e.Plover == PloverType.Reject && e.Target != null && e.Target == e.Source);
    }

    [Fact]
    public void Should_not_imply_the_own_state_when_an_actor_of_another_state_is_named()
    {
        // Given a government refusing a proposal that a foreign ambassador made
        var events = Code("رفضت الحكومة العراقية الاقتراح الذي قدمه السفير الأمريكي أمس.");

        // Then the refusal is not turned toward Iraq itself
        events.Should().NotContain(("IRQ", "IRQ", PloverType.Reject));
    }

    [Fact]
    public void Should_take_a_foreign_place_right_after_the_act_as_its_target()
    {
        // Given aid sent to hospitals in another state
        var events = Code("أرسلت الكويت مساعدات طبية إلى المستشفيات في اليمن.");

        // Then the aid goes to that state
        events.Should().Contain(("KWT", "YEM", PloverType.Aid));
    }

    [Fact]
    public void Should_not_take_a_foreign_place_far_after_the_act_as_its_target()
    {
        // Given a place named long after the grant, at the end of a list of what it pays for
        var events = Code("قدمت قطر الأسبوع الماضي منحة جديدة بقيمة عشرة ملايين دولار لتمويل المدارس والمستشفيات الحكومية والطرق الريفية في الصومال.");

        // Then the place is a topic, not the counterpart
        events.Should().NotContain(e => e.Target == "SOM");
    }

    [Fact]
    public void Should_not_take_a_place_before_the_act_as_its_target()
    {
        // Given a dateline-like place opening the sentence before a call
        var events = Code("وفي العاصمة الأردنية عمان، دعا وزير الخارجية المصري إلى ضبط النفس.");

        // Then the call is not aimed at the place's state
        events.Should().NotContain(e => e.Plover == PloverType.Request && e.Target == "JOR");
    }

    [Fact]
    public void Should_not_take_a_meeting_venue_as_the_counterpart()
    {
        // Given a president meeting a delegation in a foreign capital
        var events = Code("التقى الرئيس الجزائري في روما بوفد من رجال الأعمال.");

        // Then the host city's state is no party to the meeting
        events.Should().NotContain(("DZA", "ITA", PloverType.Consult));
    }

    [Fact]
    public void Should_not_take_an_actor_after_a_word_of_topic_as_the_counterpart()
    {
        // Given consultations about a settlement that a nisba names
        var events = Code("أجرى وزير الخارجية الروسي مشاورات مكثفة بشأن التسوية السورية.");

        // Then Syria is what the consultations are about, not a party to them
        events.Should().NotContain(e => e.Target == "SYR");
    }

    [Fact]
    public void Should_keep_the_counterpart_named_before_the_word_of_topic()
    {
        // Given talks with a counterpart about a third state's crisis
        var events = Code("بحث الرئيس المصري مع نظيره الفرنسي حول الأزمة الليبية.");

        // Then the counterpart stays the target and the topic's state is none
        events.Should().Contain(("EGY", "FRA", PloverType.Consult));
        events.Should().NotContain(e => e.Target == "LBY");
    }

    [Fact]
    public void Should_not_make_the_source_state_its_own_counterpart_beside_another_state()
    {
        // Given a president praising the relations between his own state and another
        var events = Code("أشاد الرئيس الروسي بتطور العلاقات بين روسيا ومصر.");

        // Then Russia is the side he stands for, not his counterpart
        events.Should().NotContain(e => e.Source == "RUS" && e.Target == "RUS");
    }

    [Fact]
    public void Should_read_a_verbal_noun_after_the_basis_of_as_terms_not_an_act()
    {
        // Given a call to form a government on the basis of a parliament's approval
        var events = Code("دعت الحركة إلى تشكيل حكومة جديدة على أساس موافقة البرلمان العراقي.");

        // Then the approval is a term of the call, not an agreement told as done
        events.Should().NotContain(e => e.Plover == PloverType.Agree);
    }
}
