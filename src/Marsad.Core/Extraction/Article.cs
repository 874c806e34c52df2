namespace Marsad.Core.Extraction;

/// <summary>
/// The article a page holds, without its boilerplate: the output of the Extraction
/// stage. Offsets of every later stage point into <see cref="Text"/>.
/// </summary>
public sealed record Article
{
    /// <summary>The input it came from, as in <see cref="Reading.RawPage.Origin"/>.</summary>
    public required string Origin { get; init; }

    /// <summary>The page's URL, or null when unknown.</summary>
    public string? Url { get; init; }

    /// <summary>The outlet's name (site name, host or the user's <c>--source</c>), or null when unknown.</summary>
    public string? Source { get; init; }

    /// <summary>The headline, without the site name; empty when the page has none.</summary>
    public required string Title { get; init; }

    /// <summary>The main text only: paragraphs separated by <c>\n</c>.</summary>
    public required string Text { get; init; }

    /// <summary>The publication date, or null when the page does not say.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Where <see cref="Published"/> came from; null exactly when it is null.</summary>
    public DateSource? PublishedFrom { get; init; }

    /// <summary>News report or opinion piece (<see cref="GenreClassifier"/>).</summary>
    public ArticleGenre Genre { get; init; }

    /// <summary>
    /// The date relative expressions (أمس، الخميس الماضي) are resolved against: the
    /// publication date, else the crawl date, else null.
    /// </summary>
    public DateOnly? ReferenceDate { get; init; }
}
