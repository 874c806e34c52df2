using Marsad.Core.Events;
using Marsad.Core.Reading;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// An event takes the date its sentence gives nearest after its trigger, else the nearest before it: not the sentence's
/// first date, which is often a deadline's or another act's. Sentences written for these tests.
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
}
