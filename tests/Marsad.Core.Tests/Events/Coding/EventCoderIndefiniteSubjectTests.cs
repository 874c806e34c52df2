using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// An indefinite noun right after a bare إنّ/أنّ (انتحاريا، غارتين، مدنيين) is the reported clause's own subject: the reporter
/// before the complementizer is no author of the act, nor is an actor after the verb (evconj28).
/// </summary>
public sealed class EventCoderIndefiniteSubjectTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static List<Event> Code(string text) => EventCoder.Default.Code(text, Published).ToList();

    [Theory]
    [InlineData("قال المتحدث باسم الشرطة الأفغانية إن انتحاريا هاجم مقر الجيش في كابول.", "AFGCOP")]
    [InlineData("قال محافظ مأرب إن غارتين جويتين استهدفتا مواقع الحوثيين شرق المدينة.", "YEMGOV")]
    public void Should_not_make_the_reporter_the_author(string sentence, string reporter)
    {
        // Given a reporter telling an act whose subject is an unnamed, indefinite group
        var events = Code(sentence);

        // Then the attack is coded, but not as the reporter's
        events.Should().Contain(e => e.Plover == PloverType.Assault);
        events.Should().NotContain(e => e.Source != null && e.Source.Code == reporter);
    }

    [Fact]
    public void Should_not_take_an_actor_after_the_verb_as_its_subject()
    {
        // Given «a suicide bomber attacked the army's base»
        var events = Code("قال المتحدث باسم الشرطة الأفغانية إن انتحاريا هاجم مقر الجيش في كابول.");

        // Then the army is the target, not the author
        events.Should().Contain(e => e.Plover == PloverType.Assault && e.Target != null && e.Target.Code == "AFGMIL");
        events.Should().NotContain(e => e.Source != null && e.Source.Code == "AFGMIL");
    }

    [Fact]
    public void Should_read_the_author_after_a_passive_with_an_indefinite_victim()
    {
        // Given «a Palestinian was killed by the occupation's soldiers»
        var events = Code("قالت مصادر طبية إن فلسطينيا قتل برصاص جنود جيش الاحتلال قرب الخليل.");

        // Then the soldiers are the author
        events.Should().Contain(e => e.Plover == PloverType.Assault && e.Source != null && e.Source.Code == "ISRMIL");
    }

    [Fact]
    public void Should_keep_the_actor_whose_group_the_noun_is()
    {
        // Given «representatives of Hamas are holding talks with British diplomats»
        var events = Code("قال مسؤول فلسطيني إن ممثلين لحركة حماس يجرون محادثات مع دبلوماسيين من بريطانيا.");

        // Then Hamas holds the talks
        events.Should().Contain(e => e.Plover == PloverType.Consult && e.Source != null && e.Source.Code == "PSEREB");
    }
}
