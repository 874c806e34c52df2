using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>Attacks told from their victim: the grammatical subject is the target, the author comes later or as a nisba.</summary>
public sealed class EventCoderVictimTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static IEnumerable<(string? Source, string? Target, PloverType Plover)> Assaults(string text) =>
        EventCoder.Default.Code(text, Published).Where(e => e.Plover == PloverType.Assault)
            .Select(e => (GoldScore.Country(e.Source), GoldScore.Country(e.Target), e.Plover));

    [Theory]
    // تعرض لـ + act noun, the author named by a later claim (تبنته، نفذه، نسب إلى)
    [InlineData("تعرضت قاعدة للجيش الأمريكي لهجوم في الصومال، وقد تبنته حركة الشباب.", "SOM", "USA")]
    [InlineData("تعرض مقر السفارة التركية في مقديشو أمس إلى هجوم بقذائف الهاون نفذته حركة الشباب الصومالية.", "SOM", "TUR")]
    public void Should_take_the_subject_of_taarrada_as_the_target(string sentence, string author, string victim)
    {
        // Given an attack told from its victim, the subject of تعرض
        // When it is coded
        var assaults = Assaults(sentence).ToList();

        // Then the victim is the target and the claimant the source
        assaults.Should().Contain((author, victim, PloverType.Assault));
        // And the victim is never the attacker
        assaults.Should().NotContain(a => a.Source == victim);
    }

    [Fact]
    public void Should_not_make_the_victim_the_author_when_no_author_is_named()
    {
        // Given an attack told from its victim, with no author anywhere in the sentence
        var assaults = Assaults("تعرضت قافلة للجيش الأمريكي لهجوم في منطقة غاو شمال البلاد.").ToList();

        // Then the victim is not coded as the attacker
        assaults.Should().NotContain(a => a.Source == "USA");
    }

    [Fact]
    public void Should_take_the_author_of_a_killing_from_the_nisba_of_its_cause()
    {
        // Given people killed "as a result of" a strike whose author is a nisba after an adjective (ضربة جوية فرنسية)
        var assaults = Assaults("قتل خمسة مسلحين من تنظيم داعش في العراق جراء ضربة جوية فرنسية.").ToList();

        // Then the strike's author is the source, not the victims
        assaults.Should().Contain(a => a.Source == "FRA");
        assaults.Should().NotContain(a => a.Target == "FRA");
    }

    [Fact]
    public void Should_take_the_author_of_a_killing_in_an_air_strike_from_its_nisba()
    {
        // Given people killed "in" an air strike whose nisba names its author, the victims' nisba before it
        var assaults = Assaults("قتل ثلاثة مدنيين سوريين في غارة روسية على ريف إدلب.").ToList();

        // Then the strike's author attacks the victims, and no event makes the victims attack themselves
        assaults.Should().Contain(("RUS", "SYR", PloverType.Assault));
        assaults.Should().NotContain(a => a.Source == "SYR");
    }

    [Fact]
    public void Should_read_the_author_of_an_act_noun_through_an_adjective()
    {
        // Given an act noun, an adjective and the author's nisba (غارات جوية تركية)
        var assaults = Assaults("شنت غارات جوية تركية أمس على مواقع في شمال العراق.").ToList();

        // Then the nisba is the author
        assaults.Should().Contain(a => a.Source == "TUR");
    }

    [Fact]
    public void Should_take_the_author_of_an_attack_from_a_later_claim_of_responsibility()
    {
        // Given a passive killing in an attack, the claim of responsibility at the end of the sentence
        var assaults = Assaults("قتل أربعة جنود أمريكيين في هجوم انتحاري قرب مقديشو، وأعلنت حركة الشباب مسؤوليتها عنه.").ToList();

        // Then the claimant is the author of the killing, the soldiers its target
        assaults.Should().Contain(("SOM", "USA", PloverType.Assault));
        // And the soldiers are never the attackers
        assaults.Should().NotContain(a => a.Source == "USA");
    }
}

/// <summary>Unnamed groups named by their own origin keep it, whatever place or state the sentence names first.</summary>
public sealed class EventCoderOriginTests
{
    [Theory]
    [InlineData("قالت وزارة الخارجية المصرية إن مستوطنين هاجموا مزارعين قرب مدينة الخليل.")]
    [InlineData("هاجم عشرات المستوطنين منازل في قرية قرب رام الله أمس.")]
    public void Should_give_settlers_their_own_state(string sentence)
    {
        // Given settlers attacking, in a sentence whose first actor or place is of another state
        var events = EventCoder.Default.Code(sentence, new DateOnly(2025, 6, 2));

        // Then the attack is coded with the settlers as Israeli civilians
        events.Should().Contain(e => e.Plover == PloverType.Assault && e.Source != null && e.Source.Code == "ISRCVL");
        // And never with the place's or the first actor's state as the settlers' own
        events.Should().NotContain(e => e.Plover == PloverType.Assault && e.Source != null && (e.Source.Code == "EGYCVL" || e.Source.Code == "PSECVL"));
    }

    [Fact]
    public void Should_accept_a_country_with_the_role_only_for_agents()
    {
        // Given a word list where an anaphor carries a country (only agents may)
        var load = () => RoleWords.Load(new StringReader("anaphor\tبلاد\tISRGOV\tcountry\n"), "test.tsv");

        // Then loading fails with the file's name
        load.Should().Throw<EventResourceException>().WithMessage("*test.tsv*");
        // And an agent with its origin loads
        RoleWords.Load(new StringReader("agent\tمستوطنون\tISRCVL\tsettlers\n"), "test.tsv").SectorOf("مستوطنون").Should().Be("ISRCVL");
    }
}

/// <summary>Verbal nouns qualified by "next", "coming" or "awaited" are not told as happened.</summary>
public sealed class EventCoderUpcomingTests
{
    [Theory]
    [InlineData("تستعد تونس للقمة المقبلة مع الجزائر.", "قمة")]
    [InlineData("أعلنت الرئاسة التونسية عن القمة الثلاثية المقبلة مع الجزائر وليبيا.", "قمة")]
    public void Should_mark_a_verbal_noun_before_next_or_coming_as_future(string sentence, string noun)
    {
        // Given a verbal noun qualified by المقبلة/القادمة, right after it or after an adjective
        var events = EventCoder.Default.Code(sentence, new DateOnly(2025, 6, 2));

        // Then any event the noun triggers is in the future mode
        var ofNoun = events.Where(e => e.Trigger.Contains(noun, StringComparison.Ordinal)).ToList();
        ofNoun.Should().NotBeEmpty();
        ofNoun.Should().OnlyContain(e => e.Mode == EventMode.Future.ToModeString());
    }

    [Fact]
    public void Should_leave_a_verbal_noun_before_a_past_date_as_happened()
    {
        // Given the same kind of noun with no "next" after it
        var events = EventCoder.Default.Code("أعلنت الرئاسة التونسية عن القمة الثلاثية الأخيرة مع الجزائر وليبيا.", new DateOnly(2025, 6, 2));

        // Then its events are coded and none is future
        events.Should().NotBeEmpty();
        events.Should().NotContain(e => e.Mode == EventMode.Future.ToModeString());
    }
}

/// <summary>Protests and attacks told by a noun that a past verb of happening reports, with no author named.</summary>
public sealed class EventCoderHappeningTests
{
    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, new DateOnly(2025, 6, 2));

    [Fact]
    public void Should_code_protests_that_broke_out_as_the_place_civilians_protest()
    {
        // Given protests reported by اندلعت, with a place and no organizer named
        var events = Code("اندلعت مظاهرات غاضبة في مدينة الدار البيضاء احتجاجا على غلاء الأسعار.");

        // Then a protest of Moroccan civilians is coded
        events.Should().Contain(e => e.Plover == PloverType.Protest && e.Source != null && e.Source.Code == "MARCVL");
    }

    [Fact]
    public void Should_code_an_attack_that_took_place()
    {
        // Given an attack reported by وقع, with no author named
        var events = Code("وقع هجوم على مقر للشرطة في مدينة بنغازي الليبية.");

        // Then an attack is coded, without an author, on the police
        events.Should().Contain(e => e.Plover == PloverType.Assault && e.Source == null && e.Target != null && e.Target.Code == "LBYCOP");
    }

    [Theory]
    // in the background after بعد
    [InlineData("عاد الهدوء إلى مدينة الدار البيضاء بعد أن اندلعت مظاهرات غاضبة فيها.")]
    // a present verb of happening (a forecast, not a report)
    [InlineData("يخشى مراقبون أن تندلع مظاهرات غاضبة في مدينة الدار البيضاء.")]
    public void Should_not_code_a_protest_noun_outside_a_past_report(string sentence)
    {
        // Given a protest noun in the background or after a present verb of happening
        var events = Code(sentence);

        // Then no protest is coded from it
        events.Should().NotContain(e => e.Plover == PloverType.Protest);
    }
}

/// <summary>A present verb describing an earlier noun through a resumptive pronoun (زيارة يلتقي خلالها).</summary>
public sealed class EventCoderResumptiveTests
{
    [Fact]
    public void Should_take_the_visitor_as_the_subject_of_a_meeting_during_the_visit()
    {
        // Given a visit whose meetings are told by يلتقي خلالها, the host named after the verb
        var events = EventCoder.Default.Code("توجه وزير الخارجية المصري إلى تونس في زيارة يلتقي خلالها الرئيس التونسي لبحث الأوضاع في ليبيا.", new DateOnly(2025, 6, 2));
        var consults = events.Where(e => e.Plover == PloverType.Consult).Select(e => (GoldScore.Country(e.Source), GoldScore.Country(e.Target))).ToList();

        // Then the Egyptian minister meets the Tunisian president, not the other way round
        consults.Should().Contain(("EGY", "TUN"));
        consults.Should().NotContain(("TUN", "EGY"));
    }
}
