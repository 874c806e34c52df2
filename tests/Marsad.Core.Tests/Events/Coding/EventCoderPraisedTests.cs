using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// The author of praise, thanks, a welcome or a congratulation (CAMEO 051) stands before the complement its preposition marks
/// (أشاد X بـ، رحب X بـ): an actor inside that complement is the praised, never the author, also when the author is a person the
/// knowledge base does not know (evpraise30).
/// </summary>
public sealed class EventCoderPraisedTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, Published);

    [Theory]
    [InlineData("وأشاد الدكتور سالم العمري رئيس الجمعية الخيرية بما حققته كوريا الجنوبية من تقدم في الصناعة.", "KOR")]
    [InlineData("ورحب الدكتور خالد الحربي خلال اللقاء بالوفد الكويتي الزائر.", "KWT")]
    [InlineData("ورحب المتحدث رودس بالغارات التركية على تنظيم داعش في سوريا.", "TUR")]
    public void Should_not_take_the_praised_as_the_author(string sentence, string praised)
    {
        // When an unknown person praises or welcomes someone named after بـ
        var events = Code(sentence);

        // Then the praised is not the author of the praise
        events.Should().NotContain(e => e.Cameo == "051" && e.Source != null && e.Source.Country == praised);
    }

    [Fact]
    public void Should_keep_a_named_author_before_the_complement()
    {
        // When the author is named before بـ
        var events = Code("وأشاد وزير الخارجية الأمريكي بجهود المملكة العربية السعودية في مكافحة الإرهاب.");

        // Then the praise goes from him to the praised
        events.Should().Contain(e => e.Cameo == "051" && e.Source != null && e.Source.Code == "USAGOV" && e.Target != null && e.Target.Country == "SAU");
    }
}
