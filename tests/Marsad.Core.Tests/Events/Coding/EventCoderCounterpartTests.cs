using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// Roles, session 4: coordinated actors the analyzer left joined, verbs that carry their subject or object as a suffix,
/// armed groups named by two words, condemned attacks toward their victim, places as counterparts, outcomes.
/// </summary>
public sealed class EventCoderCounterpartTests
{
    private static readonly DateOnly Published = new(2025, 3, 9);

    private static List<(string? Source, string? Target, PloverType Plover)> Code(string text) =>
        EventTriples.Triples(EventCoder.Default.Code(text, Published)).ToList();

    [Fact]
    public void Should_coordinate_an_actor_whose_conjunction_stayed_on_the_word()
    {
        // Given two parties that negotiate, the second joined by a و the analyzer does not split off (وقوات)
        var events = Code("تفاوض الجيش السوداني وقوات الدعم السريع في جدة على تبادل الأسرى.");

        // Then they meet each other, in both directions
        events.Where(e => e.Plover == PloverType.Consult).Should().HaveCount(2)
            .And.OnlyContain(e => e.Source == "SDN" && e.Target == "SDN");
    }

    [Fact]
    public void Should_not_take_the_object_of_a_verb_carrying_its_plural_subject_as_its_subject()
    {
        // Given a verb in ـوا opening the sentence (they met) and a named official after it
        var events = Code("التقوا رئيس الوزراء الأردني في عمان لبحث الأزمة.");

        // Then the official is not made the one who met
        events.Should().NotContain(e => e.Source == "JOR");
    }

    [Fact]
    public void Should_share_the_previous_subject_with_a_coordinated_verb_carrying_its_plural_subject()
    {
        // Given gunmen who attacked a village "and killed dozens" (وقتلوا العشرات: active, they killed)
        var events = Code("اقتحم مسلحون من حركة الشباب قرية في جنوب الصومال وقتلوا العشرات من سكانها.");

        // Then no killing is coded without its author
        events.Should().Contain(e => e.Plover == PloverType.Assault && e.Source == "SOM");
        events.Should().NotContain(e => e.Plover == PloverType.Assault && e.Source == null);
    }

    [Fact]
    public void Should_code_an_armed_group_named_by_a_noun_and_its_adjective()
    {
        // Given "the armed groups in Libya" as the subject of an agreement
        var events = Code("أعلنت الجماعات المسلحة في ليبيا موافقتها على وقف إطلاق النار.");

        // Then the groups, of the place's state, are the source
        events.Should().Contain(e => e.Plover == PloverType.Agree && e.Source == "LBY");
    }

    [Fact]
    public void Should_code_a_condemned_attack_toward_the_victim_its_phrase_names()
    {
        // Given a state condemning an attack on its own embassy (سفارتها), the attacker unnamed
        var events = Code("أدانت قطر الاعتداء على سفارتها في بيروت.");

        // Then the condemnation goes to no one, and the attack, without author, hit Qatar
        events.Should().Contain(("QAT", null, PloverType.Accuse));
        events.Should().Contain((null, "QAT", PloverType.Assault));
        // And the place's state is not made the victim
        events.Should().NotContain(e => e.Plover == PloverType.Assault && e.Target == "LBN");
    }

    [Fact]
    public void Should_not_make_the_place_the_victim_of_a_condemned_attack_whose_phrase_names_none()
    {
        // Given a condemnation of an attack whose victim is not named, in a named place
        var events = Code("أدانت الكويت الهجوم الذي وقع في بغداد أمس.");

        // Then no attack is coded against the place's state
        events.Should().NotContain(e => e.Plover == PloverType.Assault && e.Target == "IRQ");
    }

    [Theory]
    // a host receiving "her" (واستقبلها): a meeting with someone the sentence does not name
    [InlineData("واستقبلها الرئيس المصري في قصر الاتحادية.", "EGY", PloverType.Consult)]
    // police detaining "them" at an airport: not a detention of the airport's state
    [InlineData("فاحتجزتهم الشرطة التونسية في مطار قرطاج.", "TUN", PloverType.Coerce)]
    public void Should_give_a_verb_with_an_object_pronoun_an_unnamed_target(string sentence, string source, PloverType type)
    {
        // When the sentence is coded
        var events = Code(sentence);

        // Then the act is kept, toward no one named
        events.Should().Contain((source, null, type));
        events.Should().NotContain(e => e.Plover == type && e.Target != null);
    }

    [Theory]
    // a refusal of "any foreign interference" in a named foreign place: not a refusal aimed at that state
    [InlineData("أكد وزير الخارجية المغربي أن الرباط ترفض أي تدخل أجنبي في مالي.", "MAR", PloverType.Reject, "MLI")]
    // "did not accuse any party": not an accusation of the state where the bombing was
    [InlineData("لم تتهم الحكومة الباكستانية أي جهة بتنفيذ التفجير في لاهور.", "PAK", PloverType.Accuse, "PAK")]
    public void Should_leave_the_target_unnamed_when_the_object_opens_with_any(string sentence, string source, PloverType type, string place)
    {
        // When the sentence is coded
        var events = Code(sentence);

        // Then the act is kept toward no one named, and not toward the place's state
        events.Should().Contain((source, null, type));
        events.Should().NotContain((source, place, type));
    }

    [Fact]
    public void Should_aim_aid_at_each_of_two_coordinated_foreign_places()
    {
        // Given aid sent to those affected "in Lebanon and Jordan"
        var events = Code("أرسلت قطر مساعدات طبية إلى المتضررين في لبنان والأردن.");

        // Then each state receives it
        events.Should().Contain(("QAT", "LBN", PloverType.Aid)).And.Contain(("QAT", "JOR", PloverType.Aid));
    }

    [Fact]
    public void Should_aim_an_alert_at_the_place_named_but_not_a_display_of_force()
    {
        // Given an alert raised in a city of the source's own state
        Code("رفعت وزارة الدفاع العراقية حالة التأهب في البصرة.").Should().Contain(("IRQ", "IRQ", PloverType.Mobilize));

        // And military exercises held at home (CAMEO 150): no counterpart
        Code("أجرى الجيش المصري مناورات عسكرية في القاهرة.").Should().Contain(("EGY", null, PloverType.Mobilize))
            .And.NotContain(("EGY", "EGY", PloverType.Mobilize));
    }

    [Fact]
    public void Should_not_code_the_outcome_of_an_attack_when_its_subject_stands_between()
    {
        // Given "the Russian air shelling of a village … resulted in the death of five civilians" (أسفر X عن مقتل)
        var events = Code("أسفر القصف الجوي الروسي على قرية في ريف حماة عن مقتل خمسة مدنيين.");

        // Then the shelling is the one attack coded; the deaths are its outcome
        events.Where(e => e.Plover == PloverType.Assault).Should().ContainSingle().Which.Source.Should().Be("RUS");
    }

    [Fact]
    public void Should_take_a_sound_plural_with_its_nisba_as_the_object()
    {
        // Given a denial that the government arrested French journalists (صحفيين فرنسيين after the verb)
        var events = EventCoder.Default.Code("نفت الحكومة الجزائرية أن تكون قد اعتقلت صحفيين فرنسيين في العاصمة.", Published);

        // Then the government is the one that (did not) arrest, the journalists its object
        events.Should().Contain(e => e.Plover == PloverType.Coerce && e.Negated
            && GoldScore.Country(e.Source) == "DZA" && GoldScore.Country(e.Target) == "FRA");
    }

    [Fact]
    public void Should_take_the_author_from_a_claim_verb_that_kept_its_pronoun()
    {
        // Given soldiers killed "in an attack that X launched" (شنته: the analyzer leaves the pronoun on the word)
        var events = Code("قتل أربعة جنود في هجوم شنته حركة الشباب على قاعدة عسكرية في الصومال.");

        // Then the claimed author is the source of the killing
        events.Should().Contain(e => e.Plover == PloverType.Assault && e.Source == "SOM" && e.Target == "SOM");
        events.Should().NotContain(e => e.Plover == PloverType.Assault && e.Source == null);
    }

    [Fact]
    public void Should_leave_a_suppression_told_as_a_cause_and_its_object_in_the_background()
    {
        // Given a suspension "because of the suppression of demonstrations" (بسبب قمع: the finder reads قمع as a past verb)
        var events = Code("علقت الجامعة العربية عضوية ليبيا بسبب قمع المظاهرات.");

        // Then only the suspension is coded: neither the suppression nor the demonstrations it names
        events.Should().ContainSingle().Which.Plover.Should().Be(PloverType.Sanction);
    }

    [Fact]
    public void Should_not_code_an_accusative_verbal_noun_of_purpose_read_as_a_dual_past()
    {
        // Given demonstrators marching "in solidarity" (تضامنا, which the finder also reads as "the two showed solidarity")
        var events = Code("تظاهر مئات الأردنيين في عمان تضامنا مع الشعب السوداني.");

        // Then the protest is coded and the solidarity is its aim, not a second event
        events.Should().Contain(e => e.Plover == PloverType.Protest);
        events.Should().NotContain(e => e.Plover == PloverType.Support);
    }

    [Fact]
    public void Should_open_a_clause_at_an_irregular_verb_form_and_share_the_subject()
    {
        // Given police who arrested journalists "and confiscated" (وصادرت: a form the lexicon lists as written) their equipment
        var events = Code("اعتقلت الشرطة الإيرانية صحفيين فرنسيين وصادرت معداتهم.");

        // Then the journalists are not made the ones who confiscated
        events.Should().Contain(("IRN", "FRA", PloverType.Coerce));
        events.Should().NotContain(e => e.Source == "FRA");
    }

    [Fact]
    public void Should_read_the_bare_past_of_congratulate()
    {
        // Given a president who congratulated (هنأ) his counterpart
        var events = Code("هنأ الرئيس التركي نظيره الإيراني بفوزه في الانتخابات.");

        // Then it is an endorsement toward the counterpart's state
        events.Should().Contain(("TUR", "IRN", PloverType.Support));
    }
}
