namespace Marsad.Core.Stories;

/// <summary>A story while clustering runs: its centroid, actors, events and date range.</summary>
internal sealed class StoryState
{
    private readonly List<string> _articles = [];

    public StoryState(string id, string title) => (Id, Title) = (id, title);

    public StoryState(StorySnapshot snapshot)
    {
        Id = snapshot.Id;
        Title = snapshot.Title;
        Centroid = snapshot.Centroid;
        Actors.UnionWith(snapshot.Actors);
        EventKeys.UnionWith(snapshot.EventKeys);
        First = snapshot.FirstDate;
        Last = snapshot.LastDate;
        Count = snapshot.ArticleCount;
    }

    public string Id { get; }

    public string Title { get; }

    public TermVector Centroid { get; private set; } = TermVector.Empty;

    public HashSet<string> Actors { get; } = new(StringComparer.Ordinal);

    public HashSet<string> EventKeys { get; } = new(StringComparer.Ordinal);

    public DateOnly? First { get; private set; }

    public DateOnly? Last { get; private set; }

    /// <summary>How many articles it has, those restored with it included.</summary>
    public int Count { get; private set; }

    /// <summary>True when a dated article falls within the window around the story's dates; undated articles and undated stories always fit.</summary>
    public bool IsWithin(DateOnly? date, int windowDays) =>
        date is not { } d || First is not { } first || Last is not { } last
        || (d.DayNumber >= first.DayNumber - windowDays && d.DayNumber <= last.DayNumber + windowDays);

    public void Absorb(StoryArticle article, TermVector vector)
    {
        _articles.Add(article.Id);
        Count++;
        // The centroid is a running mean: each article weighs the same however many joined before.
        Centroid = Count == 1 ? vector : Centroid.Add(vector, 1f / (Count - 1));
        Actors.UnionWith(article.Actors);
        EventKeys.UnionWith(article.EventKeys);
        if (article.Date is { } d)
        {
            First = First is { } f && f < d ? f : d;
            Last = Last is { } l && l > d ? l : d;
        }
    }

    /// <summary>The story with the articles placed since it was created or restored.</summary>
    public Story ToStory() => new(Id, Title, First, Last, _articles.ToList());

    public StorySnapshot ToSnapshot() => new(Id, Title, First, Last, Count, Centroid,
        Actors.Order(StringComparer.Ordinal).ToList(), EventKeys.Order(StringComparer.Ordinal).ToList());
}

/// <summary>
/// What a clusterer knows of a story, to persist it and resume placing articles later
/// exactly as if it had never stopped (<see cref="StoryClusterer"/>'s restoring constructor).
/// </summary>
/// <param name="Id">The story id (its founding article's id).</param>
/// <param name="Title">The founding article's headline.</param>
/// <param name="FirstDate">The earliest date of its dated articles.</param>
/// <param name="LastDate">The latest date of its dated articles.</param>
/// <param name="ArticleCount">How many articles it has.</param>
/// <param name="Centroid">The running mean of its articles' key-term vectors.</param>
/// <param name="Actors">The actors its articles name.</param>
/// <param name="EventKeys">Its articles' event keys.</param>
public sealed record StorySnapshot(
    string Id,
    string Title,
    DateOnly? FirstDate,
    DateOnly? LastDate,
    int ArticleCount,
    TermVector Centroid,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> EventKeys);
