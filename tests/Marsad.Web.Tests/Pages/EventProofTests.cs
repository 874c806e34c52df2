using Marsad.Core.Events;
using Marsad.Core.Stories;
using Marsad.Web.Pages;

namespace Marsad.Web.Tests.Pages;

/// <summary>Which words of a merged event's example sentence the events table marks (<see cref="EventsHtml.Proof"/>).</summary>
public sealed class EventProofTests
{
    private const string Sentence = "وقال البيان إن الجيش قصف مواقع المسلحين، وإن الجيش قصف أيضا مخازن السلاح.";

    private static MergedEvent Shelling(int? triggerStart, int? triggerEnd, string? trigger = "قصف", string target = "المسلحين") => new()
    {
        Id = "e1",
        StoryId = "s1",
        Source = new EventActor("الجيش", null, "SYR", "SYRMIL"),
        Target = new EventActor(target, null, "SYR", "SYRREB"),
        Plover = PloverType.Assault,
        Cameo = "195",
        QuadClass = 4,
        Goldstein = -10,
        NumArticles = 1,
        NumSources = 1,
        ExampleSentence = Sentence,
        Trigger = trigger,
        // The sentence starts at offset 100 of its article.
        Evidence = new EventEvidence("a1", 100, 100 + Sentence.Length, triggerStart, triggerEnd),
        ArticleIds = ["a1"],
    };

    [Fact]
    public void Should_mark_the_trigger_at_its_offset_not_at_its_first_occurrence()
    {
        // Given the second of two shellings in one sentence, its trigger's offsets kept
        var second = Sentence.LastIndexOf("قصف", StringComparison.Ordinal);

        // When its proof is read
        var trigger = EventsHtml.Proof(Shelling(100 + second, 100 + second + 3)).Single(s => s.Class == "trig");

        // Then the second قصف is marked, with the event's type
        (trigger.Start, trigger.End, trigger.Title).Should().Be((second, second + 3, "ASSAULT 195"));
    }

    [Fact]
    public void Should_fall_back_to_the_first_occurrence_where_the_store_kept_no_offsets()
    {
        // Given an event of an older store: its trigger word, no offsets
        var proof = EventsHtml.Proof(Shelling(null, null)).Single(s => s.Class == "trig");

        // Then the first قصف is marked
        proof.Start.Should().Be(Sentence.IndexOf("قصف", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_mark_only_the_actors_the_sentence_names()
    {
        // Given a target named in another sentence of the article, and an event with no trigger kept at all
        var proof = EventsHtml.Proof(Shelling(null, null, trigger: null, target: "الفصائل")).ToList();

        // Then only the source's words are marked
        proof.Should().ContainSingle().Which.Should().Be(new MarkedSpan(Sentence.IndexOf("الجيش", StringComparison.Ordinal), Sentence.IndexOf("الجيش", StringComparison.Ordinal) + 5, "b", null, "الفاعل"));
    }
}
