namespace Marsad.Core.Reading;

/// <summary>
/// What the user says about the inputs on the command line; applied by the readers to
/// every page they produce.
/// </summary>
public sealed record ReadOptions
{
    /// <summary>The default: nothing given.</summary>
    public static ReadOptions Default { get; } = new();

    /// <summary><c>--url</c>: the page's URL when the input has none.</summary>
    public string? Url { get; init; }

    /// <summary><c>--date</c>: the publication date; wins over any date in the page.</summary>
    public DateOnly? Date { get; init; }

    /// <summary><c>--source</c>: the outlet name when the input has none.</summary>
    public string? Source { get; init; }

    /// <summary><c>--as-article</c>: the text is already the article; skip boilerplate removal.</summary>
    public bool AsArticle { get; init; }

    /// <summary>
    /// The page with the user's options applied: <c>--url</c> and <c>--source</c> fill what
    /// the record lacks, <c>--date</c> wins over the record's date, <c>--as-article</c> is set.
    /// </summary>
    internal RawPage Apply(RawPage page) => page with
    {
        Url = page.Url ?? Url,
        Source = page.Source ?? Source,
        Date = Date ?? page.Date,
        IsArticle = AsArticle,
    };
}
