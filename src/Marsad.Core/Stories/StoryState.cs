namespace Marsad.Core.Stories;

/// <summary>A story while clustering runs: its centroid, actors, events and date range.</summary>
internal sealed class StoryState(string id, string title)
{
    private readonly List<string> _articles = [];

    public string Id { get; } = id;

    public string Title { get; } = title;

    public TermVector Centroid { get; private set; } = TermVector.Empty;

    public HashSet<string> Actors { get; } = new(StringComparer.Ordinal);

    public HashSet<string> EventKeys { get; } = new(StringComparer.Ordinal);

    public DateOnly? First { get; private set; }

    public DateOnly? Last { get; private set; }

    /// <summary>True when a dated article falls within the window around the story's dates; undated articles and undated stories always fit.</summary>
    public bool IsWithin(DateOnly? date, int windowDays) =>
        date is not { } d || First is not { } first || Last is not { } last
        || (d.DayNumber >= first.DayNumber - windowDays && d.DayNumber <= last.DayNumber + windowDays);

    public void Absorb(StoryArticle article, TermVector vector)
    {
        _articles.Add(article.Id);
        // The centroid is a running mean: each article weighs the same however many joined before.
        Centroid = _articles.Count == 1 ? vector : Centroid.Add(vector, 1f / (_articles.Count - 1));
        Actors.UnionWith(article.Actors);
        EventKeys.UnionWith(article.EventKeys);
        if (article.Date is { } d)
        {
            First = First is { } f && f < d ? f : d;
            Last = Last is { } l && l > d ? l : d;
        }
    }

    public Story ToStory() => new(Id, Title, First, Last, _articles.ToList());
}
