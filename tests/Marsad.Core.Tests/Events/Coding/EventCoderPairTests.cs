using Marsad.Core.Events;
using Marsad.Core.Reading;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// "The two countries / sides" (البلدان، الجانبان، الطرفان) as an act's subject are the two states of the text's last event
/// between two states, each acting toward the other. Sentences written for these tests.
/// </summary>
public sealed class EventCoderPairTests
{
    private const string Visit = "استقبل الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني في القاهرة اليوم.";

    private static IReadOnlyList<Event> Code(params string[] sentences) =>
        new Pipeline().Process(new RawPage
        {
            Origin = "visit.txt",
            Content = "قمة ثنائية\n" + string.Join('\n', sentences),
            Kind = ContentKind.Text,
            Date = new DateOnly(2019, 5, 13),
            IsArticle = true,
        }).Events;

    [Theory]
    // after the verb; before it, in a reported clause
    [InlineData("ووقع الجانبان اتفاقية للتعاون في مجال الطاقة.", "ووقع")]
    [InlineData("وأعلن المتحدث أن البلدين سيوقعان الشهر المقبل مذكرة تفاهم في مجال الطاقة.", "سيوقعان")]
    public void Should_code_the_two_sides_as_the_two_states_of_the_last_event(string sentence, string trigger)
    {
        var events = Code(Visit, sentence).Where(e => e.Trigger == trigger).ToList();

        events.Select(e => (e.Source!.Country, e.Target!.Country)).Should().BeEquivalentTo([("EGY", "JOR"), ("JOR", "EGY")]);
    }

    [Fact]
    public void Should_not_code_the_two_sides_without_an_event_between_two_states_before()
    {
        Code("ووقع الجانبان اتفاقية للتعاون في مجال الطاقة.").Should().NotContain(e => e.Trigger == "ووقع" && e.Source != null);
    }

    [Fact]
    public void Should_not_take_the_two_sides_after_a_preposition_as_the_subject()
    {
        // في الجانبين locates the attackers; they are not the two states
        var events = Code(Visit, "وقالت المصادر إن المسلحين في الجانبين هاجموا مراكز للشرطة.");

        events.Should().NotContain(e => e.Plover == PloverType.Assault && e.Source != null && e.Source.Country == "EGY" && e.Target != null && e.Target.Country == "JOR");
    }
    [Fact]
    public void Should_count_the_two_sides_once_when_they_go_on_telling_the_meeting_of_their_sentence()
    {
        // the meeting is told by التقى and again by بحث الجانبان: one happening, one event
        var events = Code(Visit, "والتقى وزير الخارجية المصري نظيره الأردني في القاهرة، وبحث الجانبان العلاقات الثنائية.");

        events.Should().NotContain(e => e.Trigger == "وبحث");
        events.Should().ContainSingle(e => e.Trigger == "والتقى" && e.Source!.Country == "EGY" && e.Target!.Country == "JOR");
    }

    [Fact]
    public void Should_code_the_two_sides_in_a_sentence_of_their_own_after_a_meeting()
    {
        // a sentence of its own with another type: a new act of both states
        var events = Code(Visit, "والتقى وزير الخارجية المصري نظيره الأردني في القاهرة.", "ووقع الجانبان اتفاقية للتعاون في مجال الطاقة.");

        events.Where(e => e.Trigger == "ووقع").Select(e => (e.Source!.Country, e.Target!.Country)).Should().BeEquivalentTo([("EGY", "JOR"), ("JOR", "EGY")]);
    }
}
