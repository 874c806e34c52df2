using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// A dateline that opens a line (a reporter, an outlet or agency and a place joined by dashes before a colon, or a name, a dash and a
/// place) names where the news comes from: its place and outlet are no actors of the events told after it (evpraise30).
/// </summary>
public sealed class EventCoderDatelineTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, Published);

    [Theory]
    [InlineData("ماجد العنزي- سبق- جدة: دعت وزارة الصحة المواطنين إلى التطعيم قبل السفر.", "جدة")]
    [InlineData("واس - الرياض: دعت وزارة الداخلية المواطنين إلى عدم التعامل مع المخالفين.", "الرياض")]
    [InlineData("القاهرة - «الشرق الأوسط»: دعت منظمة العفو الدولية الحكومة إلى الإفراج عن الصحافيين.", "القاهرة")]
    [InlineData("سلمان الشهري – حائل هاجم أحد المواطنين هيئة الهلال الأحمر في المحافظة.", "حائل")]
    public void Should_not_take_the_dateline_place_as_an_actor(string text, string place)
    {
        // When an article's line opens with a dateline
        var events = Code(text);

        // Then its place is neither the source nor the target of an event told after it
        events.Should().NotContain(e => (e.Source != null && e.Source.Text == place) || (e.Target != null && e.Target.Text == place));
    }

    [Fact]
    public void Should_find_the_real_subject_after_the_dateline()
    {
        // When a reception is told after an agency's dateline
        var events = Code("واس - جدة: استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز اليوم وزير الدفاع الأمريكي.");

        // Then the king is the host, the American minister the guest
        events.Should().Contain(e => e.Source != null && e.Source.Code == "SAUGOV" && e.Target != null && e.Target.Code == "USAGOV");
    }

    [Fact]
    public void Should_keep_the_dateline_place_as_the_country_of_an_unnamed_group()
    {
        // When the police act with no state named in the sentence but the dateline's city
        var events = Code("خالد الغامدي- سبق- مكة المكرمة: داهمت الشرطة وكرا لعمالة باكستانية مخالفة.");

        // Then the police are still the Saudi police (the dateline's state), not the Pakistani workers' state
        events.Should().Contain(e => e.Source != null && e.Source.Code == "SAUCOP");
    }

    [Theory]
    [InlineData("2014 - بريطانيا تطرد السفير الإيراني من لندن.", "GBR")]
    [InlineData("وقال وزير الخارجية المصري - في القاهرة -: إن بلاده تدين الهجوم على السفارة.", "EGY")]
    public void Should_not_read_a_year_or_a_speakers_aside_as_a_dateline(string text, string country)
    {
        // When a chronology's year or a speaker's aside stands before a dash
        var events = Code(text);

        // Then the actor there still acts
        events.Should().Contain(e => e.Source != null && e.Source.Country == country);
    }

    [Fact]
    public void Should_read_a_dash_inside_a_line_as_no_dateline()
    {
        // When the dateline shape stands in the middle of a line, after other words
        var text = "وأضاف المصدر أن الشرطة اعتقلت المتهم، سعد الحربي - الرياض: دعت وزارة الداخلية المواطنين إلى الحذر.";

        // Then no dateline is read there
        SentenceFrame.DatelineEnd(text, text.IndexOf("سعد", StringComparison.Ordinal), text.Length, []).Should().Be(-1);
    }
}
