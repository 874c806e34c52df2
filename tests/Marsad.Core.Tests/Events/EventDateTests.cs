using Marsad.Core.Events;
using Marsad.Core.Reading;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// An event takes the date its sentence gives nearest after its trigger, else the nearest before it: not the sentence's
/// first date, which is often a deadline's or another act's; a date after the trigger of an act of another type is that act's.
/// Sentences written for these tests.
/// </summary>
public sealed class EventDateTests
{
    private const string Article = """
        مفاوضات السد
        حددت إثيوبيا الأول من ديسمبر موعدا نهائيا للمفاوضات، بعدما اتفقت مصر مع السودان في العاشر من يوليو على تنسيق المواقف.
        وفي الثامن عشر من يوليو، هاجم مسلحون من حركة الشباب قاعدة للجيش الصومالي في مقديشو.
        """;

    private static IReadOnlyList<Event> Events() =>
        new Pipeline().Process(new RawPage { Origin = "dam.txt", Content = Article, Kind = ContentKind.Text, Date = new DateOnly(2015, 7, 21) }).Events;

    [Fact]
    public void Should_date_an_act_by_the_date_after_its_verb_not_by_a_deadline_before_it()
    {
        // Given a deadline (1 December) named before the agreement, and the agreement's own day (10 July) after it
        // Then the agreement is dated 10 July
        Events().Should().Contain(e => e.Plover == PloverType.Agree && e.Trigger == "اتفقت")
            .Which.Date.Should().Be(new DateOnly(2015, 7, 10));
    }

    [Fact]
    public void Should_date_an_act_by_the_date_that_opens_its_sentence_when_none_follows()
    {
        // Given a sentence that opens with its date (18 July) and names none after the attack
        // Then the attack is dated 18 July
        Events().Should().Contain(e => e.Plover == PloverType.Assault)
            .Which.Date.Should().Be(new DateOnly(2015, 7, 18));
    }
    private static IReadOnlyList<Event> EventsOf(string sentence) =>
        new Pipeline().Process(new RawPage
        {
            Origin = "condemn.txt",
            Content = "إدانة عربية\n" + sentence,
            Kind = ContentKind.Text,
            Date = new DateOnly(2015, 7, 21),
        }).Events;

    [Fact]
    public void Should_leave_a_date_after_an_act_of_another_type_to_that_act()
    {
        // Given a condemnation of an attack the sentence dates (yesterday) after the attack's word
        var events = EventsOf("ندد وزير الخارجية الأردني بالهجوم الذي استهدف مسجدا في مدينة الكويت أمس.");

        // Then yesterday is not the condemnation's date: it takes the article's
        events.Should().Contain(e => e.Plover == PloverType.Accuse).Which.Date.Should().Be(new DateOnly(2015, 7, 21));
    }

    [Fact]
    public void Should_date_an_act_by_a_date_after_a_second_word_of_the_same_act()
    {
        // Given a meeting told by a verb and, after it, a verbal noun of the same type, then the day
        var events = EventsOf("التقى وزير الخارجية المصري نظيره الأردني في لقاء مطول بالقاهرة أمس.");

        // Then the meeting is dated yesterday
        events.Should().Contain(e => e.Trigger == "التقى").Which.Date.Should().Be(new DateOnly(2015, 7, 20));
    }
}
