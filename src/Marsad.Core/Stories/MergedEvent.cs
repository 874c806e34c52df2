using Marsad.Core.Events;

namespace Marsad.Core.Stories;

/// <summary>
/// One happening counted once: the events of a story's articles that share source,
/// target, type and negation and fall within a day of each other.
/// </summary>
public sealed record MergedEvent
{
    /// <summary>Stable id: a hash of the story and the merge key, hex.</summary>
    public required string Id { get; init; }

    /// <summary>The story the event belongs to.</summary>
    public required string StoryId { get; init; }

    /// <summary>When it happened: the earliest date its reports give; null when none does.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The source actor, as most reports name it.</summary>
    public EventActor? Source { get; init; }

    /// <summary>The target actor, as most reports name it.</summary>
    public EventActor? Target { get; init; }

    /// <summary>The PLOVER type.</summary>
    public required PloverType Plover { get; init; }

    /// <summary>The CAMEO code most reports gave.</summary>
    public required string Cameo { get; init; }

    /// <summary>The CAMEO quad class of <see cref="Cameo"/>.</summary>
    public required int QuadClass { get; init; }

    /// <summary>The Goldstein score of <see cref="Cameo"/>.</summary>
    public required double Goldstein { get; init; }

    /// <summary>True when the reports say it did not happen.</summary>
    public bool Negated { get; init; }

    /// <summary>Where it happened, as the first report that says so.</summary>
    public EventLocation? Location { get; init; }

    /// <summary>How many articles report it.</summary>
    public required int NumArticles { get; init; }

    /// <summary>How many outlets report it (articles without an outlet count as one each).</summary>
    public required int NumSources { get; init; }

    /// <summary>The earliest publication date among its articles; null when none is dated.</summary>
    public DateOnly? FirstSeen { get; init; }

    /// <summary>A sentence that proves it, from its first report.</summary>
    public required string ExampleSentence { get; init; }

    /// <summary>The word of <see cref="ExampleSentence"/> that signals the event; null in stores written before it was kept.</summary>
    public string? Trigger { get; init; }

    /// <summary>The article and offsets of <see cref="ExampleSentence"/> and of its <see cref="Trigger"/>.</summary>
    public required EventEvidence Evidence { get; init; }

    /// <summary>The ids of the articles that report it.</summary>
    public required IReadOnlyList<string> ArticleIds { get; init; }
}

/// <summary>Where a merged event's example sentence is: an article, the sentence's offsets in its text and the trigger's.</summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="Start">Offset of the sentence in the article text.</param>
/// <param name="End">Offset just past the sentence.</param>
/// <param name="TriggerStart">Offset of the trigger word in the article text; null where the store did not keep it.</param>
/// <param name="TriggerEnd">Offset just past the trigger word; null with <paramref name="TriggerStart"/>.</param>
public sealed record EventEvidence(string ArticleId, int Start, int End, int? TriggerStart = null, int? TriggerEnd = null);
