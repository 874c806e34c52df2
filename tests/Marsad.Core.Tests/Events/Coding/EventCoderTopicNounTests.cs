using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// A noun naming the topic of a talk (سبل، آليات، مستجدات، الأوضاع، الأزمة، الملف، محاربة): the actor in its genitive is what is
/// talked about, not the counterpart, and a verbal noun right after it is no act (roles.tsv kind topicnoun; evrole26, issue #6).
/// </summary>
public sealed class EventCoderTopicNounTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static List<Event> Code(string text) => EventCoder.Default.Code(text, Published).ToList();

    [Theory]
    [InlineData("وبحث وزير الخارجية الأردني سبل مواجهة تنظيم داعش.", "IMG")]
    [InlineData("وناقش الرئيس التونسي تطورات الأزمة الليبية.", "LBY")]
    [InlineData("واستعرض رئيس الوزراء المغربي مستجدات الأوضاع في لبنان.", "LBN")]
    public void Should_not_take_the_actor_of_a_topic_for_a_counterpart(string sentence, string topic)
    {
        // Given a talk whose topic names an actor
        var events = Code(sentence);

        // Then that actor is neither a target of the talk nor of any attack or coercion
        events.Should().NotContain(e => GoldScore.Country(e.Target) == topic || (e.Target != null && e.Target.Code == topic));
    }

    [Fact]
    public void Should_code_no_attack_for_a_verbal_noun_after_a_topic_noun()
    {
        // Given سبل + an act noun
        var events = Code("وبحث وزير الدفاع الكويتي سبل مواجهة الجماعات المسلحة.");

        // Then no attack or coercion is coded
        events.Should().NotContain(e => e.Plover == PloverType.Assault || e.Plover == PloverType.Coerce);
    }

    [Fact]
    public void Should_keep_a_counterpart_named_with_a_preposition_after_the_topic()
    {
        // Given the counterpart after مع, past the topic noun
        var events = Code("وبحث وزير الخارجية السعودي مستجدات الأوضاع مع نظيره الفرنسي.");

        // Then the talk keeps its counterpart
        EventTriples.Triples(events).Should().Contain(("SAU", "FRA", PloverType.Consult));
    }
}
