using Marsad.Core.Events;
using Marsad.Core.Events.Coding;
using static Marsad.Core.Tests.Events.Coding.EventTriples;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// Attacks told by who suffered them (تعرض ل…) and protests told by a verb whose subject names no actor: events with no
/// author named, or with the author named after the attack (من قبل، على يد).
/// </summary>
public sealed class EventCoderSufferedTests
{
    private static readonly DateOnly Published = new(2026, 3, 9);

    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, Published);

    [Theory]
    // the one who suffered it between the verb and the attack noun
    [InlineData("تعرضت دورية للجيش العراقي لهجوم قرب مدينة الموصل أمس.", "IRQ")]
    // the one who suffered it right before the verb, in a reported clause
    [InlineData("قالت الشرطة إن القوات التركية تعرضت لهجوم في ولاية هكاري.", "TUR")]
    public void Should_code_a_suffered_attack_without_author_toward_who_suffered_it(string sentence, string victim)
    {
        // Given a sentence telling that someone suffered an attack whose author it does not name
        // When it is coded
        var assaults = Code(sentence).Where(e => e.Plover == PloverType.Assault).ToList();

        // Then the attack is an event with no source, aimed at the one who suffered it
        assaults.Should().ContainSingle();
        assaults[0].Source.Should().BeNull();
        GoldScore.Country(assaults[0].Target).Should().Be(victim);
    }

    [Theory]
    [InlineData("تعرض مخيم للاجئين لقصف من قبل الجيش السوري صباح اليوم.", "SYR")]
    [InlineData("وتعرضت سيارة الوزير لإطلاق نار على يد مسلحين في ضواحي العاصمة الليبية طرابلس.", "LBY")]
    public void Should_take_the_author_named_after_a_suffered_attack_as_its_source(string sentence, string author)
    {
        // Given a suffered attack whose author follows it (من قبل X، على يد X)
        // When it is coded
        var assaults = Code(sentence).Where(e => e.Plover == PloverType.Assault).ToList();

        // Then that author is the source, not left out
        assaults.Should().NotBeEmpty();
        assaults.Should().OnlyContain(e => GoldScore.Country(e.Source) == author);
    }

    [Theory]
    // the present: what a place may be exposed to
    [InlineData("يخشى السكان أن تتعرض القرية لهجوم جديد.")]
    // the verbal noun after a word of fear
    [InlineData("يعيش الصحفيون في خوف دائم خشية من تعرضهم للاغتيال.")]
    public void Should_not_code_an_attack_only_feared(string sentence)
    {
        // Given an attack someone may suffer, not one suffered
        // When it is coded
        var events = Code(sentence);

        // Then no attack is coded
        events.Should().NotContain(e => e.Plover == PloverType.Assault);
    }

    [Fact]
    public void Should_code_a_protest_verb_whose_subject_names_no_actor_as_the_place_s_civilians()
    {
        // Given a protest verb in a relative clause whose antecedent is no known actor, with a place named
        var events = Code("ويبدو أن أبناء الأحياء الفقيرة الذين تظاهروا أمس في البصرة لن يتراجعوا.");

        // Then the protest is coded, by the civilians of the place's state
        Triples(events).Should().Contain(t => t.Source == "IRQ" && t.Plover == PloverType.Protest);
    }

    [Fact]
    public void Should_not_code_organized_protests_by_an_unknown_organizer()
    {
        // Given a verb that organizes protests (its companion noun), its subject no known actor, told as a habit
        var events = Code("ونظمت الجمعية عدة مظاهرات في القاهرة خلال السنوات الماضية.");

        // Then no protest is coded on the organizing verb
        events.Should().NotContain(e => e.Plover == PloverType.Protest);
    }
}
