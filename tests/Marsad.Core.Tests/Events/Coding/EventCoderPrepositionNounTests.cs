using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// Session 8: a bare three-letter "past verb" right after a preposition (في قصف، على قتل) is its verbal noun; no finite verb
/// stands there, so the victims before it are not its subject.
/// </summary>
public sealed class EventCoderPrepositionNounTests
{
    private static readonly DateOnly Published = new(2025, 3, 9);

    [Fact]
    public void Should_read_the_act_after_a_preposition_as_a_noun()
    {
        // Given soldiers killed "in a shelling" whose author the coder cannot name
        var candidates = TriggerFinder.Default.Find(WordSplitter.Split("قتل ثلاثة جنود سوريين في قصف على ريف حلب."));

        // Then the shelling is a verbal noun, not a verb
        candidates.Should().Contain(c => c.Stem == "قصف" && c.Form == WordForm.Noun);
    }

    [Fact]
    public void Should_not_make_the_victims_the_authors_of_the_shelling()
    {
        // Given soldiers killed in a shelling
        var events = EventTriples.Triples(EventCoder.Default.Code("قتل ثلاثة جنود سوريين في قصف على ريف حلب.", Published));

        // Then the soldiers are the victims only, never the attackers
        events.Should().NotContain(e => e.Source == "SYR");
        events.Should().Contain((null, "SYR", PloverType.Assault));
    }
}
