using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// A reported clause with a subject of its own (ذكرت X أن + a definite noun no actor covers, a demonstrative or هناك + the verb):
/// the reporter before the complementizer is no author of the reported act, and an actor after the verb is its object
/// (roles.tsv kinds speaker and pointer, <c>ArgumentRoles.DefiniteSubject</c>; evrole26, issue #6).
/// </summary>
public sealed class EventCoderReportedSubjectTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static List<Event> Code(string text) => EventCoder.Default.Code(text, Published).ToList();

    [Theory]
    [InlineData("وذكرت وزارة الخارجية الفرنسية أن العبوة الناسفة انفجرت قرب السفارة الأمريكية في باريس.", "FRA")]
    [InlineData("وقال رئيس الوزراء التركي إن الانفجار دمر مقر حزب العمال الكردستاني.", "TUR")]
    [InlineData("وأعلن وزير الداخلية المصري أن هذه العملية استهدفت الجنود الإسرائيليين.", "EGY")]
    [InlineData("ونقلت رويترز عن الرئيس الفرنسي أن المهربين اعتدوا على الشرطة الإيطالية.", "FRA")]
    public void Should_not_take_the_reporter_for_the_author_of_the_reported_act(string sentence, string reporter)
    {
        // Given a reporter and a reported clause that opens with its own subject, no actor
        var events = Code(sentence);

        // Then the reporter is the source of no event
        events.Should().NotContain(e => GoldScore.Country(e.Source) == reporter);
    }

    [Fact]
    public void Should_take_no_actor_after_the_verb_of_such_a_clause_for_its_subject()
    {
        // Given a definite subject, no actor, before the verb and an actor after it
        var events = Code("وأفاد مصدر محلي أن الطائرات المسيرة قصفت معسكرا لحركة الشباب الصومالية.");

        // Then the actor after the verb is not the author of the strike
        events.Should().NotContain(e => e.Plover == PloverType.Assault && e.Source != null && e.Source.Text.Contains("الشباب", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وقال وزير الخارجية السعودي إن المملكة ترفض التدخل الإيراني في شؤون البحرين.", "SAU", "IRN", PloverType.Reject)]
    [InlineData("وقال رئيس البرلمان الأردني إن البرلمان وافق على خطة قدمتها الحكومة المصرية.", "JOR", "EGY", PloverType.Agree)]
    [InlineData("وقال وزير الخارجية الأمريكي إن إيران ترفض المقترح الروسي.", "IRN", "RUS", PloverType.Reject)]
    public void Should_keep_a_subject_that_stands_for_the_speaker_or_names_an_actor(string sentence, string source, string target, PloverType plover)
    {
        // Given a clause whose subject is the speaker's own body (المملكة، البرلمان of رئيس البرلمان) or an actor
        var events = Code(sentence);

        // Then the event keeps that subject as its source
        EventTriples.Triples(events).Should().Contain((source, target, plover));
    }
}
