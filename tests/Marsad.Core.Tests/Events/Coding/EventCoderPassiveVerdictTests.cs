using Marsad.Core.Events;
using Marsad.Core.Events.Coding;
using static Marsad.Core.Tests.Events.Coding.EventTriples;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// A verdict told in the passive (وحكم بالسجن … على X: the penalty right after the verb, no subject): the court the sentence or the
/// text before named is the source, the convicted after على the target (session 16, real news; CAMEO 116 as the README codes it).
/// </summary>
public sealed class EventCoderPassiveVerdictTests
{
    private static readonly DateOnly Published = new(2017, 4, 3);

    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, Published);

    [Fact]
    public void Should_take_the_court_named_before_as_the_source_of_a_passive_verdict()
    {
        // Given a court named in one sentence and its verdict told in the passive in the next
        var events = Code("أجلت محكمة تركية أمس النظر في قضية ثلاثة مدونين. وحكم بالسجن خمس سنوات على الصحفي الألماني المتهم بالتجسس.");

        // Then the verdict goes from the court's state to the convicted, not from the convicted
        Triples(events).Should().Contain(("TUR", "DEU", PloverType.Accuse));
        Triples(events).Should().NotContain(t => t.Source == "DEU" && t.Plover == PloverType.Accuse);
    }

    [Fact]
    public void Should_not_make_the_convicted_the_source_when_no_court_is_named()
    {
        // Given a passive verdict in a text that names no court
        var events = Code("وحكم بالسجن عشر سنوات على المعارض الروسي في موسكو.");

        // Then the convicted is not coded as the author of the verdict
        events.Where(e => e.Plover == PloverType.Accuse).Should().OnlyContain(e => GoldScore.Country(e.Source) != "RUS" || e.Source!.Code!.EndsWith("JUD", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_leave_an_active_verdict_to_its_subject()
    {
        // Given a court as the subject of the verdict verb (the active voice: the court stands between the verb and the penalty)
        var events = Code("قضت محكمة مصرية أمس بسجن الناشط الإيطالي ثلاث سنوات.");

        // Then the court's state is still the source
        Triples(events).Should().Contain(("EGY", "ITA", PloverType.Accuse));
    }
}
