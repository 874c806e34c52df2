using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// A verbal noun that a verb of describing, considering or recording takes as its object (roles.tsv kind observe) is what
/// the subject describes, not the subject's act: ووصف الوزير الهجوم بالجبان does not make the minister the attacker. A verb
/// whose subject carries the act on (واصل) keeps its subject as the agent. Sentences written for these tests.
/// </summary>
public sealed class EventCoderObservedObjectTests
{
    private static readonly DateOnly Published = new(2024, 5, 2);

    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, Published);

    [Theory]
    [InlineData("ووصف وزير الخارجية الأردني الهجوم بالعمل الجبان.", "JOR")]
    [InlineData("واعتبرت وزارة الخارجية المصرية القصف انتهاكا للقانون الدولي.", "EGY")]
    [InlineData("وتابعت الحكومة التونسية المظاهرات بقلق.", "TUN")]
    [InlineData("وزير الخارجية القطري وصف الغارات بأنها تصعيد خطير.", "QAT")]
    public void Should_not_make_the_describer_the_author_of_the_act(string sentence, string describer)
    {
        var events = Code(sentence);

        events.Should().NotContain(e => e.Source != null && e.Source.Country == describer && (e.Plover == PloverType.Assault || e.Plover == PloverType.Protest));
    }

    [Fact]
    public void Should_keep_the_subject_of_a_verb_that_carries_the_act_on()
    {
        // Given واصل (went on with), whose subject does the act
        var events = Code("وواصل الجيش الإسرائيلي القصف على غزة.");

        // Then the army is the attacker
        events.Should().Contain(e => e.Plover == PloverType.Assault && e.Source != null && e.Source.Country == "ISR");
    }

    [Fact]
    public void Should_not_read_the_adjective_affiliated_as_the_verb_followed()
    {
        // Given التابع (affiliated to), written as تابع's participle with the article, before an attack its sentence tells
        var events = Code("وأعلن مصدر أمني مقتل ثلاثة من الحرس التابع للرئيس اليمني في انفجار عبوة ناسفة قرب عدن.");

        // Then the explosion that killed them is still coded
        events.Should().Contain(e => e.Plover == PloverType.Assault);
    }
}
