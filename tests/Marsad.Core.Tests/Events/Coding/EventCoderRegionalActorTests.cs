using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// Roles, session 7: collectives of states are counterparts and authors (IRQ>EUR, not the meeting place), and a purpose
/// noun (للهجوم) does not take an actor after a preposition (من دول غربية) as its author.
/// </summary>
public sealed class EventCoderRegionalActorTests
{
    private static readonly DateOnly Published = new(2025, 3, 9);

    private static List<(string? Source, string? Target, PloverType Plover)> Code(string text) =>
        EventTriples.Triples(EventCoder.Default.Code(text, Published)).ToList();

    [Fact]
    public void Should_take_the_collective_as_the_counterpart_rather_than_the_meeting_place()
    {
        // Given an agreement "with the European states in Brussels"
        var events = Code("اتفقت الحكومة العراقية مع الدول الأوروبية في بروكسل على خطة لإعادة اللاجئين.");

        // Then the counterpart is Europe (EUR), not Belgium
        events.Should().Contain((("IRQ", "EUR", PloverType.Agree)));
        events.Should().NotContain(e => e.Target == "BEL");
    }

    [Theory]
    [InlineData("اتهمت طهران الدول الغربية بالتدخل في شؤونها الداخلية.", "IRN", "WST", PloverType.Accuse)]
    [InlineData("التقى وزير الخارجية الكويتي نظراءه من دول الخليج في الرياض.", "KWT", "PGS", PloverType.Consult)]
    [InlineData("دعت الدول العربية مجلس الأمن إلى عقد جلسة طارئة.", "ARB", "IGO", PloverType.Request)]
    [InlineData("قصفت طائرات التحالف العربي مواقع للحوثيين في محافظة الحديدة.", "SAU", "YEM", PloverType.Assault)]
    public void Should_code_a_collective_as_either_party(string text, string source, string target, PloverType plover)
    {
        // Given a sentence with a collective of states as author or counterpart
        // When it is coded
        var events = Code(text);

        // Then the collective's code stands where a state would
        events.Should().Contain((source, target, plover));
    }

    [Fact]
    public void Should_not_make_an_actor_after_a_preposition_the_author_of_a_purpose_noun()
    {
        // Given condemnations "from Western states of the attack": the states condemn, they did not attack
        var events = Code("صدرت بيانات تنديد من دول غربية للهجوم الذي استهدف السفارة.");

        // Then no attack is credited to them
        events.Should().NotContain(e => e.Plover == PloverType.Assault && e.Source == "WST");
    }

    [Fact]
    public void Should_keep_the_subject_as_the_author_of_a_purpose_noun()
    {
        // Given protesters who travel "to protest" (the subject is unmarked)
        var events = Code("سافر المتظاهرون المغاربة إلى العاصمة للاحتجاج على رفع الأسعار.");

        // Then the protest is theirs
        events.Should().Contain(e => e.Plover == PloverType.Protest && e.Source == "MAR");
    }
}
