using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// Roles, evreal18: an actor the entry's own preposition marks (غارات على العراق وسوريا) is the target, never the subject of a verb
/// whose subject is no actor; a first-person verb (نستنكر، نؤيد) carries its subject, the actor after it is no subject; a clause
/// of و + هو/هي describing a noun (، وهي الحليف الاستراتيجي لواشنطن) names no counterpart. Sentences written for these tests.
/// </summary>
public sealed class EventCoderMarkedTargetTests
{
    private static readonly DateOnly Published = new(2015, 8, 2);

    private static List<(string? Source, string? Target, PloverType Plover)> Code(string text) =>
        EventTriples.Triples(EventCoder.Default.Code(text, Published)).ToList();

    [Fact]
    public void Should_not_read_coordinated_targets_after_their_preposition_as_sources()
    {
        // Given strikes by an unlinked coalition on two states
        var events = Code("ويشن التحالف منذ أشهر غارات على ليبيا وتشاد المجاورة.");

        // Then neither state is the author of the strikes
        events.Should().NotContain(e => e.Source == "LBY" || e.Source == "TCD");
    }

    [Fact]
    public void Should_keep_both_of_coordinated_subjects_after_kull_min()
    {
        // Given "both X and Y" recalling their ambassadors from a capital
        var events = Code("استدعت كل من الكويت والإمارات سفيريهما من طهران.");

        // Then both states are sources
        events.Should().Contain(e => e.Source == "KWT").And.Contain(e => e.Source == "ARE");
    }

    [Fact]
    public void Should_not_take_the_actor_after_a_first_person_verb_as_its_subject()
    {
        // Given a quotation in the first person with the speaker outside the sentence
        var events = Code("ونحن نطالب الحكومة اللبنانية بطرد السفير الإيراني.");

        // Then the government asked is not the one asking
        events.Should().NotContain(e => e.Source == "LBN" && e.Plover == PloverType.Request);
    }

    [Fact]
    public void Should_keep_the_speaker_of_a_first_person_quotation_named_before_it()
    {
        // Given a named speaker and his appeal in the first person
        var events = Code("وقال وزير الخارجية الأردني: «ندعو إسرائيل إلى وقف الاستيطان».");

        // Then the speaker's state appeals to Israel
        events.Should().Contain(("JOR", "ISR", PloverType.Request));
    }

    [Fact]
    public void Should_read_a_state_after_a_verb_of_visiting_as_the_place_visited()
    {
        // Given a tour told without its subject: a stop, then a visit to a state
        var events = Code("ويتوقف أولا في لندن لحضور المؤتمر، ثم يزور النرويج يومين.");

        // Then Norway is not the visitor
        events.Should().NotContain(e => e.Source == "NOR");
    }

    [Fact]
    public void Should_keep_the_visitor_named_after_the_verb()
    {
        // Given a visit whose visitor, a president, is named after the verb
        var events = Code("ويزور الرئيس الفرنسي المغرب الأسبوع المقبل.");

        // Then France visits Morocco
        events.Should().Contain(("FRA", "MAR", PloverType.Consult));
    }

    [Fact]
    public void Should_not_take_a_counterpart_from_a_clause_describing_a_noun()
    {
        // Given a meeting and, after و + هي, what the host group is to another state
        var events = Code("وتجتمع منظمة التعاون الإسلامي هذا الشهر في جدة، وهي الشريك الأقرب لإندونيسيا في ملفات كثيرة.");

        // Then Indonesia is not the meeting's counterpart
        events.Should().NotContain(e => e.Target == "IDN");
    }
}
