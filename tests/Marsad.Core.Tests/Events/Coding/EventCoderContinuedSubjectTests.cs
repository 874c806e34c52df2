using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// A sentence that opens with a verbal act (past tense) and leaves its subject out (a preposition or أن right after the
/// verb) goes on with the subject of the sentence before it in the same paragraph, when the knowledge base links that
/// subject (<see cref="ContinuedSubject"/>). Not when the sentence names a subject of its own, not across a paragraph,
/// not for a passive whose patient is counted after it. Sentences written for these tests.
/// </summary>
public sealed class EventCoderContinuedSubjectTests
{
    private static readonly DateOnly Published = new(2024, 5, 2);

    private const string Meeting = "التقى وزير الخارجية السعودي عادل الجبير نظيره الأمريكي جون كيري في الدوحة.";

    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, Published);

    [Fact]
    public void Should_take_the_previous_sentences_subject_for_a_verb_without_one()
    {
        // Given a praise whose subject is the minister of the sentence before
        var events = Code(Meeting + " وأشاد بدعم الولايات المتحدة لليمن.");

        // Then the praise is the Saudi minister's, toward the United States, and not the United States' own
        events.Should().Contain(e => e.Trigger == "وأشاد" && e.Source != null && e.Source.Country == "SAU" && e.Target != null && e.Target.Country == "USA");
        events.Should().NotContain(e => e.Trigger == "وأشاد" && e.Source != null && e.Source.Country == "USA");
    }

    [Fact]
    public void Should_continue_after_kama()
    {
        // Given كما before the verb
        var events = Code(Meeting + " كما رحب بقرار الحكومة الأردنية.");

        // Then the welcome is still the Saudi minister's
        events.Should().Contain(e => e.Trigger == "رحب" && e.Source != null && e.Source.Country == "SAU" && e.Target != null && e.Target.Country == "JOR");
    }

    [Fact]
    public void Should_continue_an_actor_that_opens_the_sentence_before()
    {
        // Given a sentence opening with a verb in no list (أعرب) and its linked subject
        var events = Code("وأعرب الرئيس التركي رجب طيب أردوغان عن قلقه من الأوضاع. وأشاد بموقف الحكومة الأردنية.");

        // Then the praise is the Turkish president's
        events.Should().Contain(e => e.Trigger == "وأشاد" && e.Source != null && e.Source.Country == "TUR" && e.Target != null && e.Target.Country == "JOR");
    }

    [Fact]
    public void Should_keep_a_subject_the_sentence_names()
    {
        // Given a second sentence with a subject of its own
        var events = Code(Meeting + " وأشاد رئيس الوزراء العراقي حيدر العبادي بدعم الولايات المتحدة.");

        // Then the praise is the Iraqi prime minister's, not the Saudi minister's
        events.Should().Contain(e => e.Trigger == "وأشاد" && e.Source != null && e.Source.Country == "IRQ");
        events.Should().NotContain(e => e.Trigger == "وأشاد" && e.Source != null && e.Source.Country == "SAU");
    }

    [Fact]
    public void Should_not_continue_across_a_paragraph()
    {
        // Given the same praise in a new paragraph
        var events = Code(Meeting + "\nوأشاد بدعم الولايات المتحدة لليمن.");

        // Then the Saudi minister is not taken as its subject
        events.Should().NotContain(e => e.Trigger == "وأشاد" && e.Source != null && e.Source.Country == "SAU");
    }

    [Fact]
    public void Should_not_give_a_passive_the_previous_subject()
    {
        // Given a passive accusation whose patients are counted after it (اتُّهم … ثلاثة موظفين), with no agent
        var events = Code(Meeting + " واتهم بالفساد ثلاثة موظفين في السفارة الأمريكية.");

        // Then the Saudi minister is not made the accuser
        events.Should().NotContain(e => e.Plover == PloverType.Accuse && e.Source != null && e.Source.Country == "SAU");
    }
}
