using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// Targets in a relative clause, session 22 (evreal24): an actor after الذي/التي past the act is its counterpart only as the
/// author of the act's own object (the relative word right after the object, the actor right after the relative clause's verb),
/// or as the victim an attack's own relative clause names; a name right after a noun of accord (اتفاق، ميثاق) names the accord,
/// not a party. Our own sentences.
/// </summary>
public sealed class EventCoderRelativeTargetTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static List<(string? Source, string? Target, PloverType Plover)> Code(string text) =>
        EventTriples.Triples(EventCoder.Default.Code(text, Published)).ToList();

    [Theory]
    [InlineData("دعا وزير الخارجية المصري إلى وقف القتال في المدينة الحدودية التي تقع على بعد عشرين كيلومترا من الأراضي الليبية.", "LBY")]
    [InlineData("أشاد الرئيس التونسي بالجهود الكبيرة التي تبذلها الأجهزة الأمنية لحماية الحدود مع الجزائر.", "DZA")]
    [InlineData("انتقد وزير المالية المغربي ارتفاع الطلب على المواد الخام التي تصدرها البرازيل.", "BRA")]
    public void Should_not_take_an_actor_of_a_relative_clause_describing_another_noun_as_the_target(string sentence, string state)
    {
        // Given an act followed, farther on, by a relative clause that names a state while describing another noun
        var events = Code(sentence);

        // Then that state is not the act's counterpart
        events.Should().NotContain(e => e.Target == state);
    }

    [Fact]
    public void Should_keep_the_author_of_the_acts_object_named_in_its_relative_clause()
    {
        // Given a condemnation of statements that the relative clause says a foreign minister made
        var events = Code("استنكرت الجامعة العربية التصريحات التي أدلى بها وزير الخارجية الإيراني.");

        // Then the minister who made them is the counterpart
        events.Should().Contain(("IGO", "IRN", PloverType.Accuse));
    }

    [Fact]
    public void Should_keep_the_proposals_author_as_the_counterpart_of_a_refusal()
    {
        // Given a refusal of a proposal that the relative clause says an ambassador made
        var events = Code("رفضت الحكومة العراقية الاقتراح الذي قدمه السفير الأمريكي أمس.");

        // Then the ambassador's government is the counterpart
        events.Should().Contain(("IRQ", "USA", PloverType.Reject));
    }

    [Fact]
    public void Should_keep_the_victim_an_attacks_own_relative_clause_names()
    {
        // Given an attack whose relative clause tells what it struck, a state's nisba at the end of that clause
        var events = Code("تبنت الجماعة المسلحة الهجوم الانتحاري الذي استهدف أمس قافلة عسكرية في مدينة حدودية تركية.");

        // Then the attack is still against that state
        events.Should().Contain(e => e.Plover == PloverType.Assault && e.Target == "TUR");
    }

    [Theory]
    [InlineData("دعا وزير الخارجية المغربي إلى احترام ميثاق الأمم المتحدة.", "IGO")]
    [InlineData("أيدت الحكومة الأردنية تطبيق اتفاق الدوحة بين الفصائل.", "QAT")]
    public void Should_not_take_the_name_of_an_accord_as_a_party(string sentence, string named)
    {
        // Given an act about an accord or charter named after a city or an organisation
        var events = Code(sentence);

        // Then the name is not the act's counterpart
        events.Should().NotContain(e => e.Target == named);
    }

    [Fact]
    public void Should_keep_a_party_to_an_agreement_with_another()
    {
        // Given a welcome of one state's agreement with another
        var events = Code("رحب الرئيس التونسي باتفاق الجزائر مع المغرب على فتح الحدود.");

        // Then the state that agreed is still the counterpart
        events.Should().Contain(("TUN", "DZA", PloverType.Support));
    }
}
