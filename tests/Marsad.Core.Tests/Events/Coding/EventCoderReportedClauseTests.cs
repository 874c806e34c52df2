using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// Roles, session 12: the speaker of a reported clause (قال الجيش إن هجوما استهدف …) is not the author of the act the clause
/// reports, and the victims of a passive killing (خمسة جنود قتلوا في هجوم) are not its source. Our own sentences.
/// </summary>
public sealed class EventCoderReportedClauseTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static List<(string? Source, string? Target, PloverType Plover)> Code(string text) =>
        EventTriples.Triples(EventCoder.Default.Code(text, Published)).ToList();

    [Fact]
    public void Should_not_make_the_speaker_the_author_of_an_attack_its_clause_reports()
    {
        // Given a ministry reporting an explosion in a city of its own state
        var events = Code("قالت وزارة الداخلية العراقية إن انفجارا استهدف سوقا شعبية في البصرة.");

        // Then the attack is coded without an author, toward the state where it happened
        events.Should().Contain((null, "IRQ", PloverType.Assault));
        events.Should().NotContain(e => e.Plover == PloverType.Assault && e.Source != null);
    }

    [Fact]
    public void Should_read_an_accusative_act_noun_after_the_complementizer_as_the_clause_subject_not_a_purpose()
    {
        // Given an army announcing that an attack (indefinite, accusative after أن) killed soldiers
        var events = Code("أعلن الجيش الباكستاني أن هجوما انتحاريا أدى إلى مقتل ثلاثة جنود في كويتا.");

        // Then the army is not the attacker, and the attack is still told as having happened
        events.Should().NotContain(e => e.Plover == PloverType.Assault && e.Source == "PAK");
        events.Should().Contain(e => e.Plover == PloverType.Assault && e.Source == null);
    }

    [Theory]
    [InlineData("قال الجيش الأردني إنه قصف مواقع لتنظيم داعش في سوريا.", "JOR")]
    [InlineData("أعلن وزير الدفاع التركي أن قواتنا قصفت مواقع المسلحين في العراق.", "TUR")]
    [InlineData("قالت الشرطة العراقية إن مسلحين قتلوا ثلاثة جنود في الموصل.", "IRQ")]
    public void Should_keep_the_author_the_reported_clause_names_or_points_back_to(string sentence, string author)
    {
        // Given a reported clause whose subject is the speaker (إنه، قواتنا) or an actor of its own
        var events = Code(sentence);

        // Then that author stays the source of the attack
        events.Should().Contain(e => e.Plover == PloverType.Assault && e.Source == author);
    }

    [Fact]
    public void Should_keep_the_speaker_as_the_source_of_its_own_statement()
    {
        // Given a president condemning an attack and then reporting an explosion
        var events = Code("ندد الرئيس الفرنسي بالهجوم وقال إن انفجارا استهدف مسجدا في كابول.");

        // Then the condemnation is his, and the explosion is not
        events.Should().Contain(e => e.Plover == PloverType.Accuse && e.Source == "FRA");
        events.Should().NotContain(e => e.Plover == PloverType.Assault && e.Source == "FRA");
    }

    [Theory]
    [InlineData("قال مسؤول عسكري إن خمسة جنود مصريين قتلوا في هجوم بشمال سيناء.", "EGY")]
    [InlineData("أكد المتحدث أن عشرة من عناصر حركة الشباب قتلوا في غارة جوية.", "SOM")]
    public void Should_make_the_killed_the_victims_not_the_source(string sentence, string victims)
    {
        // Given a plural killing verb after its subject with no object, only a place or a cause after it (قُتلوا: passive)
        var events = Code(sentence);

        // Then the killed are the target and no one named is the killer
        events.Should().Contain((null, victims, PloverType.Assault));
        events.Should().NotContain(e => e.Plover == PloverType.Assault && e.Source == victims);
    }

    [Fact]
    public void Should_take_the_author_of_a_passive_killing_from_the_fire_that_follows_it()
    {
        // Given civilians killed "by Israeli fire"
        var events = Code("ذكرت مصادر محلية أن ثلاثة مدنيين قتلوا بنيران إسرائيلية شرق غزة.");

        // Then the owner of the fire is the author
        events.Should().Contain(e => e.Plover == PloverType.Assault && e.Source == "ISR");
    }

    [Fact]
    public void Should_take_the_subject_told_before_an_aside_as_the_victims_of_a_passive_killing()
    {
        // Given fighters of a named group, an aside between commas, then the killing verb with a time word after it
        var events = Code("ذكر مصدر أمني أن ستة عناصر من تنظيم القاعدة، بينهم قائد ميداني، قتلوا ليلا في غارة جوية شرق اليمن.");

        // Then the group is the victim, not the author
        events.Should().Contain(e => e.Plover == PloverType.Assault && e.Target == "IMG");
        events.Should().NotContain(e => e.Plover == PloverType.Assault && e.Source == "IMG");
    }

    [Fact]
    public void Should_make_the_state_a_drone_is_believed_to_belong_to_the_author()
    {
        // Given fighters killed after a drone "believed to be American" fired a missile
        var events = Code("قال مسؤولون محليون إن ثلاثة مسلحين قتلوا بعدما أطلقت طائرة بدون طيار، يعتقد أنها أمريكية، صاروخا على سيارتهم في محافظة مأرب.");

        // Then that state is the author and the killed are the target
        events.Should().Contain(e => e.Plover == PloverType.Assault && e.Source == "USA" && e.Target == "YEM");
        events.Should().NotContain(e => e.Plover == PloverType.Assault && e.Target == "USA");
    }

    [Fact]
    public void Should_not_read_a_belief_about_a_body_as_the_author_of_anything()
    {
        // Given a body believed to be a rebel commander's (لقيادي: a possessor, not a state), and no attack
        var events = Code("قال الطبيب إن جثة، يعتقد أنها لقيادي حوثي، وصلت إلى المستشفى.");

        // Then no attack is coded
        events.Should().NotContain(e => e.Plover == PloverType.Assault);
    }

    [Fact]
    public void Should_read_a_definite_noun_before_the_verb_of_a_reported_clause_as_its_subject()
    {
        // Given a minister saying that "the kingdom" demands something of another state
        var events = Code("قال وزير الخارجية الأردني إن المملكة تطالب إسرائيل بوقف الاستيطان.");

        // Then the state after the verb is the one asked, not the one asking; the speaker's state asks
        events.Should().Contain(("JOR", "ISR", PloverType.Request));
        events.Should().NotContain(e => e.Source == "ISR");
    }

    [Fact]
    public void Should_make_the_actor_after_a_reported_strike_its_victim()
    {
        // Given a source reporting that "the air strikes" hit positions of a group
        var events = Code("أعلن مصدر عسكري أن الغارات استهدفت مواقع لتنظيم داعش قرب الموصل.");

        // Then the group is the target, not the striker
        events.Should().Contain(e => e.Plover == PloverType.Assault && e.Target == "IMG");
        events.Should().NotContain(e => e.Plover == PloverType.Assault && e.Source == "IMG");
    }

    [Fact]
    public void Should_code_a_request_for_any_aid_with_no_counterpart_named()
    {
        // Given a government that asked for no aid at all (أي before the companion word)
        var events = Code("لم تطلب الحكومة التونسية أي مساعدة خارجية بعد الفيضانات.");

        // Then the request is coded, negated, toward no one named
        EventCoder.Default.Code("لم تطلب الحكومة التونسية أي مساعدة خارجية بعد الفيضانات.", Published)
            .Should().Contain(e => e.Plover == PloverType.Request && e.Negated && e.Target == null);
        events.Should().Contain(("TUN", null, PloverType.Request));
    }

    [Fact]
    public void Should_keep_an_active_verb_whose_object_stands_after_a_time_phrase()
    {
        // Given two helicopters (dual, active) that attacked a checkpoint, the time told before the object
        var events = Code("قال حاكم الولاية إن مروحيتين أمريكيتين هاجمتا في الصباح حاجزا للجيش الأفغاني.");

        // Then the helicopters' state is the author, the army the target
        events.Should().Contain(("USA", "AFG", PloverType.Assault));
    }
}
