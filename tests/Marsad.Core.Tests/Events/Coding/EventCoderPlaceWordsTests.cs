using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// Roles, session 10: names that only say where — an envoy's destination (المبعوث الخاص إلى ليبيا), a landmark that
/// locates a town (القريبة من سوريا), the actors of a purpose clause (لتعزيز الجناح الشرقي لحلف الأطلسي) — are not the
/// event's counterpart; an aim of opposing (لمواجهة) still names whom the act is aimed at.
/// </summary>
public sealed class EventCoderPlaceWordsTests
{
    private static readonly DateOnly Published = new(2025, 3, 9);

    private static List<(string? Source, string? Target, PloverType Plover)> Code(string text, DateOnly? date) =>
        EventTriples.Triples(EventCoder.Default.Code(text, date)).ToList();

    [Fact]
    public void Should_not_take_an_envoys_destination_as_the_counterpart()
    {
        // Given a state's envoy named with the state he is sent to, meeting a third state's minister
        var events = Code("التقى المبعوث الأمريكي الخاص إلى ليبيا وزير الخارجية المصري في القاهرة.", Published);

        // Then the meeting is between the envoy's state and the minister's, not with the destination
        events.Should().Contain(("USA", "EGY", PloverType.Consult));
        events.Should().NotContain(e => e.Target == "LBY" || e.Source == "LBY");
    }

    [Fact]
    public void Should_code_a_un_envoy_title_without_its_holder_as_the_united_nations()
    {
        // Given the UN envoy's title with no date to name its holder
        var events = Code("اجتمع المبعوث الأممي إلى اليمن مع وفد من الحكومة اليمنية في مسقط.", null);

        // Then the envoy acts for the UN, not for the state he is sent to
        events.Should().Contain(("IGO", "YEM", PloverType.Consult));
        events.Should().NotContain(e => e.Source == "YEM");
    }

    [Fact]
    public void Should_not_take_a_landmark_state_as_actor_or_scene()
    {
        // Given an arrest in a town located by the state it is near
        var events = Code("اعتقلت الشرطة عشرة أشخاص في مدينة كيليس القريبة من سوريا.", Published);

        // Then the state that only locates the town gives the event no country
        events.Should().ContainSingle(e => e.Plover == PloverType.Coerce);
        events.Should().NotContain(e => e.Source == "SYR" || e.Target == "SYR");
    }

    [Fact]
    public void Should_not_take_the_actor_of_a_purpose_clause_as_the_target()
    {
        // Given a deployment in a foreign state whose aim names an alliance
        var events = Code("ستنشر فرنسا كتيبة مدرعة في رومانيا لتعزيز الجناح الشرقي لحلف الأطلسي.", Published);

        // Then the deployment is aimed at the state where it happens
        events.Should().Contain(("FRA", "ROU", PloverType.Mobilize));
        events.Should().NotContain(e => e.Target == "IGO");
    }

    [Fact]
    public void Should_keep_the_adversary_named_by_an_aim_of_opposing()
    {
        // Given a deployment whose aim is to confront another state's threats
        var events = Code("ستنشر اليابان منظومات صاروخية في جزيرة أوكيناوا لمواجهة التهديدات الكورية الشمالية.", Published);

        // Then that state is the target
        events.Should().Contain(("JPN", "PRK", PloverType.Mobilize));
    }

    [Fact]
    public void Should_know_the_indian_prime_minister_by_his_short_name()
    {
        // Given the Indian prime minister named by his surname alone, receiving a minister
        var events = Code("استقبل مودي وزير الخارجية السعودي في نيودلهي.", Published);

        // Then he is the host, India's
        events.Should().Contain(("IND", "SAU", PloverType.Consult));
    }
}
