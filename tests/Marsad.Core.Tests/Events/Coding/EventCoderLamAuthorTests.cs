using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// The actor carrying ل right after an act noun: the author after an attack noun (هجوم لتنظيم داعش) or after a visit by a person
/// (زيارة لوزير الخارجية), the object or host after any other noun (الانتقادات للحكومة، زيارة لمصر، زيارته لإسرائيل)
/// (roles.tsv kinds doer and visit; evrole25).
/// </summary>
public sealed class EventCoderLamAuthorTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static List<Event> Code(string text) => EventCoder.Default.Code(text, Published).ToList();

    [Theory]
    [InlineData("وشهدت مدينة حلب أمس هجوما لتنظيم داعش على مواقع الجيش السوري.", "IMG", "SYR")]
    [InlineData("وقتل عشرة جنود أتراك في هجمات لحزب العمال الكردستاني قرب الحدود.", "TURREB", "TURMIL")]
    [InlineData("وقتل ثلاثة جنود سوريين بكمين لتنظيم داعش في ريف حمص.", "IMG", "SYRMIL")]
    [InlineData("وصدت القوات النيجيرية هجوما لجماعة بوكو حرام قرب مايدوغوري.", "NGAREB", "NGAMIL")]
    public void Should_take_the_actor_after_an_attack_nouns_lam_for_its_author(string sentence, string authorCode, string notAuthorCode)
    {
        // Given an attack noun whose ل-phrase names who attacked
        var events = Code(sentence).Where(e => e.Plover == PloverType.Assault).ToList();

        // Then that actor is the source, and the actor before the noun (the scene, the victims, the defenders) is not
        events.Should().Contain(e => e.Source != null && e.Source.Code != null && e.Source.Code.StartsWith(authorCode, StringComparison.Ordinal));
        events.Should().NotContain(e => e.Source != null && e.Source.Code == notAuthorCode);
    }

    [Fact]
    public void Should_take_a_person_after_a_visit_nouns_lam_for_the_visitor()
    {
        // Given a visit whose ل-phrase names a minister and whose إلى names the host
        var events = Code("وبدأت أمس زيارة لوزير الخارجية الإيراني إلى القاهرة تستمر يومين.");

        // Then the minister's state visits Egypt
        EventTriples.Triples(events).Should().Contain(("IRN", "EGY", PloverType.Consult));
    }

    [Fact]
    public void Should_not_take_the_scene_before_a_visit_for_the_visitor()
    {
        // Given a visit told by the city that sees it, the visitor in its ل-phrase
        var events = Code("وشهدت القاهرة أمس زيارة لوزير الخارجية الإيراني استمرت يومين.");

        // Then Egypt is not the visitor
        events.Should().NotContain(e => GoldScore.Country(e.Source) == "EGY");
    }

    [Fact]
    public void Should_take_a_state_after_a_visit_nouns_lam_for_the_host()
    {
        // Given a visit whose ل-phrase names a state
        var events = Code("بدأ وزير الخارجية الإيراني زيارة لمصر تستمر يومين.");

        // Then the state is visited, not visiting
        EventTriples.Triples(events).Should().Contain(("IRN", "EGY", PloverType.Consult));
        events.Should().NotContain(e => GoldScore.Country(e.Source) == "EGY");
    }

    [Theory]
    [InlineData("وتصاعدت الانتقادات للحكومة العراقية في البرلمان أمس.", "IRQ")]
    [InlineData("وتزايدت الاتهامات لتركيا بدعم المسلحين في سوريا.", "TUR")]
    [InlineData("واختتم وزير الدفاع الأمريكي، زيارته لإسرائيل، أمس الخميس.", "ISR")]
    [InlineData("وختم وزير الخارجية الفرنسي، زيارته للعراق، أمس، بلقاء مع الرئيس العراقي.", "IRQ")]
    [InlineData("وأكد المتحدث أن المساعدات لليمن ستصل الأسبوع المقبل.", "YEM")]
    public void Should_not_take_the_object_after_another_nouns_lam_for_its_author(string sentence, string objectCountry)
    {
        // Given a noun whose ل-phrase is what it is about or whom it is for (or a noun whose pronoun is its author)
        var events = Code(sentence);

        // Then the actor after ل is not the source
        events.Should().NotContain(e => GoldScore.Country(e.Source) == objectCountry);
    }
}
