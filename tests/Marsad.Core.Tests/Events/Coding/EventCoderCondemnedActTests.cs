using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// Roles, session 11: the role errors found on real news — a condemnation whose subject carries a locative phrase, the
/// attack verb of a relative clause after the act noun, a denial of accusations, the organization an arrested group belongs to, a verbal noun after دون.
/// </summary>
public sealed class EventCoderCondemnedActTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static List<(string? Source, string? Target, PloverType Plover)> Code(string text) =>
        EventTriples.Triples(EventCoder.Default.Code(text, Published)).ToList();

    [Fact]
    public void Should_aim_a_condemnation_at_the_unnamed_author_when_the_subject_carries_a_place()
    {
        // Given officials of a region condemning a bombing whose author goes unnamed, in a town of their own state
        var events = Code("استنكر مسؤولون في المنطقة الشرقية التفجيرات الآثمة التي وقعت في جامع بمدينة الدمام.");

        // Then the condemnation goes to no one, and the condemners are not the bombers
        events.Should().Contain(("SAU", null, PloverType.Accuse));
        events.Should().NotContain(e => e.Plover == PloverType.Accuse && e.Target == "SAU");
        events.Should().NotContain(e => e.Plover == PloverType.Assault && e.Source == "SAU");
    }

    [Fact]
    public void Should_not_make_the_victims_force_the_attacker_in_a_relative_clause()
    {
        // Given a condemned explosion, an adjective and a relative clause naming the force it hit
        var events = Code("أدان علماء ومسؤولون في محافظة جدة التفجير الجبان الذي استهدف مقر قوات الأمن في الطائف.");

        // Then the attack has no author and the force is its victim, never its source
        events.Should().Contain(e => e.Plover == PloverType.Assault && e.Source == null && e.Target == "SAU");
        events.Should().NotContain(e => e.Plover == PloverType.Assault && e.Source != null);
        events.Should().Contain(("SAU", null, PloverType.Accuse));
    }

    [Fact]
    public void Should_take_the_actor_after_a_relative_verb_with_a_resumptive_pronoun_as_its_author()
    {
        // Given sites the rebels destroyed, told in a relative clause whose verb carries the pronoun of the sites
        var events = Code("زار وزير الخارجية اليمني المواقع التي دمرتها ميليشيات الحوثي في عدن.");

        // Then the militia is still the author of the destruction
        events.Should().Contain(e => e.Plover == PloverType.Assault && e.Source == "YEM");
    }

    [Theory]
    [InlineData("ينفي مسؤولو الاتحاد الأوروبي الاتهامات بالتقصير ويقولون إن إيطاليا تأخرت في الإصلاح.")]
    [InlineData("نفت الحكومة المصرية الاتهامات التي وجهتها لها منظمات حقوقية.")]
    public void Should_not_code_accusations_that_a_denial_verb_takes_as_its_object(string sentence)
    {
        // Given a body denying the accusations against it
        var events = Code(sentence);

        // Then the denier is not coded as accusing anyone
        events.Should().NotContain(e => e.Plover == PloverType.Accuse);
    }

    [Fact]
    public void Should_still_code_an_accusation_that_no_denial_governs()
    {
        // Given an accusation stated outright
        var events = Code("جددت مصر اتهاماتها لقطر بدعم الإرهاب.");

        // Then it stays an accusation
        events.Should().Contain(e => e.Plover == PloverType.Accuse && e.Source == "EGY" && e.Target == "QAT");
    }

    [Theory]
    [InlineData("اعتقلت الشرطة المصرية خمسة أشخاص يشتبه في انتمائهم إلى تنظيم القاعدة في سيناء.", "EGY")]
    [InlineData("احتجزت قوات الأمن العراقية عشرة مسلحين ينتمون لتنظيم القاعدة.", "IRQ")]
    public void Should_take_the_organization_an_unnamed_group_belongs_to_as_the_target(string sentence, string source)
    {
        // Given an arrest of people told as belonging to a named organization
        var events = Code(sentence);

        // Then the arrest is aimed at the organization, not at civilians of the source's own state
        events.Should().Contain(e => e.Plover == PloverType.Coerce && e.Source == source && e.Target == "IMG");
        events.Should().NotContain(e => e.Plover == PloverType.Coerce && e.Target == source);
    }

    [Fact]
    public void Should_keep_the_group_as_target_when_no_organization_follows_the_word_of_belonging()
    {
        // Given an arrest of people whose belonging is told without naming an organization
        var events = Code("اعتقلت الشرطة المصرية خمسة أشخاص بسبب انتمائهم السياسي.");

        // Then the arrest stays aimed at them
        events.Should().Contain(e => e.Plover == PloverType.Coerce && e.Source == "EGY" && e.Target == "EGY");
    }

    [Fact]
    public void Should_not_code_a_verbal_noun_after_without_as_an_act()
    {
        // Given a refusal whose condition is told by "without" and a verbal noun
        var events = Code("رفض البرلمان العراقي أي اتفاق مع تركيا دون موافقة الحكومة.");

        // Then the refusal is coded and the consent it lacks is no event, not even a negated one
        events.Should().Contain(e => e.Plover == PloverType.Reject && e.Source == "IRQ");
        events.Should().NotContain(e => e.Plover == PloverType.Agree);
    }
}
