using Marsad.Core.Entities;
using Marsad.Core.Events;
using Marsad.Core.Events.Coding;
using static Marsad.Core.Tests.Events.Coding.EventTriples;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// Counterparts the sentence names from the other side (session 15): aid told by its receiver, a protest told as the cause of an
/// outcome, a polity named as a place after مع, the forum of a lawsuit (أمام), the source's own embassy, and armed groups the
/// knowledge base lacked.
/// </summary>
public sealed class EventCoderReceiverTests
{
    private static readonly DateOnly Published = new(2026, 5, 12);

    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, Published);

    [Theory]
    // the receiver right after the verb of receipt, the giver a nisba of the aid noun
    [InlineData("تسلمت السلطات اللبنانية شحنة من المساعدات الطبية الفرنسية يوم الاثنين.", "FRA", "LBN")]
    // the receiver first read as the noun's agent; the giver after من
    [InlineData("تلقى الجيش اللبناني مساعدات عسكرية من الولايات المتحدة.", "USA", "LBN")]
    // an arrival: the giver after مقدمة من, the receiver the place after إلى
    [InlineData("وصلت شحنة مساعدات غذائية مقدمة من الكويت إلى مدينة عدن.", "KWT", "YEM")]
    public void Should_code_aid_told_by_its_receiver_from_the_giver_to_the_receiver(string sentence, string giver, string receiver)
    {
        // Given aid told from the side of who received it
        // When it is coded
        var aid = Triples(Code(sentence)).Where(t => t.Plover == PloverType.Aid).ToList();

        // Then it goes from the giver to the receiver, not the other way nor without a counterpart
        aid.Should().Equal((giver, receiver, PloverType.Aid));
    }

    [Theory]
    // no giver named
    [InlineData("وصلت قافلة مساعدات إلى مدينة حمص.")]
    // a receipt whose giver goes unnamed: the receiver is not its own giver
    [InlineData("تسلم الجيش اللبناني شحنة من المساعدات أمس.")]
    public void Should_not_code_aid_whose_giver_the_sentence_does_not_name(string sentence)
    {
        // Given aid received or arrived whose giver goes unnamed
        // When it is coded
        var events = Code(sentence);

        // Then no aid event is coded
        events.Should().NotContain(e => e.Plover == PloverType.Aid);
    }

    [Fact]
    public void Should_code_a_protest_that_led_to_an_outcome_as_having_taken_place()
    {
        // Given protests told as the subject of a past verb of consequence
        var events = Code("أدت الاحتجاجات في سريلانكا إلى استقالة الرئيس.");

        // Then the protest is coded, by the place's civilians against their government
        Triples(events).Should().Contain(("LKA", "LKA", PloverType.Protest));
    }

    [Fact]
    public void Should_not_code_a_protest_that_may_lead_to_an_outcome()
    {
        // Given protests told with the present of the verb of consequence (what they may cause)
        var events = Code("قد تؤدي الاحتجاجات في البيرو إلى تأخير الانتخابات.");

        // Then no protest is coded
        events.Should().NotContain(e => e.Plover == PloverType.Protest);
    }

    [Fact]
    public void Should_take_a_polity_named_as_a_place_right_after_ma_as_the_counterpart()
    {
        // Given a region named as a place right after مع
        var events = Code("اتفقت الحكومة العراقية مع إقليم كردستان على تصدير النفط عبر تركيا.");

        // Then it is the counterpart, for its state
        Triples(events).Should().Contain(("IRQ", "IRQ", PloverType.Agree));
    }

    [Fact]
    public void Should_keep_the_actor_after_ma_over_a_place_after_fi()
    {
        // Given an actor after مع and the region only as the place of the act
        var events = Code("تنسق الحكومة العراقية مع الأمم المتحدة في إقليم كردستان.");

        // Then the actor is the counterpart
        Triples(events).Should().Equal(("IRQ", "IGO", PloverType.Cooperate));
    }

    [Fact]
    public void Should_take_the_party_after_didda_not_the_court_as_the_target_of_a_lawsuit()
    {
        // Given a lawsuit filed before a court against a state
        var events = Code("رفعت إيران دعوى أمام محكمة العدل الدولية ضد الولايات المتحدة بسبب العقوبات.");

        // Then the state sued is the target, not the court
        Triples(events).Should().Contain(("IRN", "USA", PloverType.Accuse)).And.NotContain(("IRN", "IGO", PloverType.Accuse));
    }

    [Fact]
    public void Should_keep_the_court_as_the_target_when_no_party_is_sued()
    {
        // Given a lawsuit before a court that names no party after it
        var events = Code("رفعت الفلبين دعوى أمام محكمة العدل الدولية بشأن الجزر.");

        // Then the court stays the counterpart
        Triples(events).Should().Contain(("PHL", "IGO", PloverType.Accuse));
    }

    [Fact]
    public void Should_aim_the_reopening_of_an_own_embassy_at_the_host_state()
    {
        // Given a state reopening its own embassy in a foreign capital
        var events = Code("أعادت تركيا فتح سفارتها في الخرطوم بعد إغلاق دام عامين.");

        // Then the event is toward the host state, not the state's own government
        Triples(events).Should().Contain(("TUR", "SDN", PloverType.Support)).And.NotContain(("TUR", "TUR", PloverType.Support));
    }

    [Theory]
    [InlineData("وقعت الحكومة الإثيوبية اتفاقا مع جبهة تحرير شعب تيغراي.", "جبهة تحرير شعب تيغراي", "ETHREB")]
    [InlineData("اشتبكت قوات مجموعة فاغنر مع مسلحين في شمال مالي.", "مجموعة فاغنر", "RUSUAF")]
    public void Should_link_the_armed_groups_added_to_the_knowledge_base(string sentence, string name, string code)
    {
        // Given a sentence naming the group
        // When its entities are recognized
        var mentions = EntityRecognizer.Default.Recognize(sentence, Published);

        // Then the group is linked with its code
        mentions.Should().Contain(m => m.Text == name && m.Code == code);
    }
}
