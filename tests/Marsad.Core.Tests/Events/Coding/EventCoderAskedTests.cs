using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// Requests told with من (evrole33): after the verb طلب the actor right after a bare من is the one asked, never the one who asks;
/// after the noun طلب without the article (بطلب من X، بناء على طلب من X) X is the one who asks and the actor of the noun's clause
/// the one asked.
/// </summary>
public sealed class EventCoderAskedTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, Published);

    private static bool Request(Event e, string sourceCountry, string targetCountry) =>
        e.Cameo.StartsWith("02", StringComparison.Ordinal) && e.Source?.Country == sourceCountry && e.Target?.Country == targetCountry;

    private static bool Asks(Event e, string sourceCountry, string targetCode) =>
        e.Cameo.StartsWith("02", StringComparison.Ordinal) && e.Source?.Country == sourceCountry
        && e.Target?.Code is { } code && code.StartsWith(targetCode, StringComparison.Ordinal);

    [Theory]
    [InlineData("وطلب من البرلمان الكويتي تفويضا بمواجهة المتمردين في الجنوب.", "KWT")]
    [InlineData("وقال إنه لم يطلب من الحكومة المغربية تقديم أي مساعدة.", "MAR")]
    public void Should_not_take_the_one_asked_as_the_one_who_asks(string sentence, string asked)
    {
        // When a verb of asking with no subject of its own is followed by من and an actor
        var events = Code(sentence);

        // Then that actor is not the author of the request
        events.Should().NotContain(e => e.Cameo.StartsWith("02", StringComparison.Ordinal) && e.Source != null && e.Source.Country == asked);
    }

    [Fact]
    public void Should_keep_the_subject_before_the_verb()
    {
        // When the subject stands before the verb of asking
        var events = Code("وكان وزير الخارجية الفرنسي طلب من الحكومة الجزائرية تسليم المطلوبين.");

        // Then the subject asks the actor after من
        events.Should().Contain(e => Request(e, "FRA", "DZA"));
    }

    [Theory]
    [InlineData("وأوضح المصدر أن الجيش المصري تدخل بناء على طلب من الحكومة الليبية.", "LBY", "EGY")]
    [InlineData("وقرر مجلس الأمن تأجيل التصويت على القرار بطلب من روسيا.", "RUS", "IGO")]
    public void Should_take_the_actor_after_the_noun_and_min_as_the_one_who_asks(string sentence, string source, string target)
    {
        // When the noun طلب without the article is followed by من and an actor
        var events = Code(sentence);

        // Then that actor asks, and the actor of the clause is the one asked
        events.Should().Contain(e => Asks(e, source, target));
        events.Should().NotContain(e => e.Cameo.StartsWith("02", StringComparison.Ordinal) && e.Target != null && e.Target.Country == source);
    }
}
