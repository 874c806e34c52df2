using Marsad.Core.Stories;

namespace Marsad.Storage;

/// <summary>A stored story as <c>marsad stories</c> and <c>/api/stories</c> give it.</summary>
/// <param name="Id">The story's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="FirstDate">The earliest date of its dated articles, or null.</param>
/// <param name="LastDate">The latest date of its dated articles, or null.</param>
/// <param name="Summary">Its extractive summary.</param>
/// <param name="Articles">Its articles, in story order.</param>
/// <param name="Events">The ids of its merged events, by date.</param>
public sealed record StoredStory(string Id, string Title, DateOnly? FirstDate, DateOnly? LastDate, string Summary, IReadOnlyList<StoryArticleRef> Articles, IReadOnlyList<string> Events);

/// <summary>An article of a story, as the story lists it.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Input">The input it was read from.</param>
/// <param name="Title">Its headline.</param>
/// <param name="Source">Its outlet, or null.</param>
/// <param name="Published">Its publication date, or null.</param>
public sealed record StoryArticleRef(string Id, string Input, string Title, string? Source, DateOnly? Published);

/// <summary>Which merged events to list: every filter given must hold.</summary>
public sealed record EventFilter
{
    /// <summary>No filter: every event.</summary>
    public static EventFilter All { get; } = new();

    /// <summary>The source actor, by CAMEO code, country, or canonical name (case-insensitive); with no <see cref="Target"/>, either side.</summary>
    public string? Actor { get; init; }

    /// <summary>The target actor, by CAMEO code, country, or canonical name.</summary>
    public string? Target { get; init; }

    /// <summary>The PLOVER type.</summary>
    public Core.Events.PloverType? Type { get; init; }

    /// <summary>The story the events belong to.</summary>
    public string? StoryId { get; init; }

    /// <summary>Events on or after this date.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Events on or before this date.</summary>
    public DateOnly? To { get; init; }

    /// <summary>True when <paramref name="e"/> passes every filter.</summary>
    public bool Matches(MergedEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var actorOk = Actor is null || Timeline.Matches(e.Source, Actor) || (Target is null && Timeline.Matches(e.Target, Actor));
        return actorOk
            && (Target is null || Timeline.Matches(e.Target, Target))
            && (Type is null || e.Plover == Type)
            && (StoryId is null || string.Equals(e.StoryId, StoryId, StringComparison.Ordinal))
            && (From is null || (e.Date is { } d1 && d1 >= From))
            && (To is null || (e.Date is { } d2 && d2 <= To));
    }
}

/// <summary>An actor and how many merged events it takes part in.</summary>
/// <param name="Key">Its CAMEO code, else country, else name: what <see cref="EventFilter.Actor"/> takes.</param>
/// <param name="Name">Its canonical name (or the text that named it), for display.</param>
/// <param name="Events">How many merged events it is the source or target of (an event between an actor and itself counts twice).</param>
public sealed record ActorCount(string Key, string Name, int Events);
