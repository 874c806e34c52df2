using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// Real news, session 19 (evreal21): a first-person verb inside a quotation (ندين، تفاوضنا) with no subject of its own is the
/// act of the quotation's speaker, named in another sentence or before the quotation. Our own sentences.
/// </summary>
public sealed class EventCoderQuotedSpeakerTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static List<(string? Source, string? Target, PloverType Plover)> Code(string text) =>
        EventTriples.Triples(EventCoder.Default.Code(text, Published)).ToList();

    [Fact]
    public void Should_take_the_speaker_named_before_as_the_source_of_a_we_verb()
    {
        // Given a minister named in full in one sentence, then quoted by his surname alone condemning in the first person
        var events = Code("التقى وزير الخارجية القطري خالد العطية نظيره التركي في الدوحة أمس. وقال العطية للصحافيين: «ندين بشدة الهجوم على المدنيين».");

        // Then the condemnation is Qatar's
        events.Should().Contain(e => e.Source == "QAT" && e.Plover == PloverType.Accuse);
    }

    [Fact]
    public void Should_read_the_actor_after_a_past_we_verb_as_its_counterpart()
    {
        // Given a quotation of Kerry, named in the sentence before, with a past verb in ـنا and a state after it
        var events = Code("وصل وزير الخارجية الأمريكي جون كيري إلى القاهرة أمس. وقال كيري: «لقد تفاوضنا مع تركيا طويلا حول هذا الملف».");

        // Then the United States negotiated with Turkey, not Turkey with itself
        events.Should().Contain(e => e.Source == "USA" && e.Target == "TUR" && e.Plover == PloverType.Consult);
        events.Should().NotContain(e => e.Source == "TUR");
    }

    [Fact]
    public void Should_not_take_the_actor_after_a_we_verb_as_its_subject_when_the_speaker_is_no_actor()
    {
        // Given a private person's quotation: "we negotiated with Turkey"
        var events = Code("وقال أحد سكان القرية: «تفاوضنا مع تركيا طويلا».");

        // Then Turkey is not the one who negotiated
        events.Should().NotContain(e => e.Source == "TUR");
    }

    [Fact]
    public void Should_keep_a_verbal_noun_in_a_that_reads_like_a_dual_past()
    {
        // Given تعاونا "cooperation" (accusative), which the lexicon also reads as a dual past, inside a quotation
        var events = Code("وقال السفير الأردني: «إن هناك تعاونا دائما بين الأردن والسعودية في مكافحة الإرهاب».");

        // Then the cooperation between the two states is still coded
        events.Should().Contain(e => e.Source == "JOR" && e.Target == "SAU" && e.Plover == PloverType.Cooperate);
    }
}
