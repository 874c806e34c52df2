namespace Marsad.Core.Reading;

/// <summary>
/// One page as an input holds it, decoded to text, before any extraction: the
/// output of the Reading stage and the input of Extraction.
/// </summary>
public sealed record RawPage
{
    /// <summary>Where the page came from: the path as given, with <c>#N</c> for the N-th record (1-based) of an archive, feed or JSON Lines file.</summary>
    public required string Origin { get; init; }

    /// <summary>The decoded content: HTML markup or plain text, as <see cref="Kind"/> says.</summary>
    public required string Content { get; init; }

    /// <summary>What <see cref="Content"/> holds.</summary>
    public required ContentKind Kind { get; init; }

    /// <summary>The page's URL when the input names it (WARC target URI, feed link, JSONL <c>url</c>, <c>--url</c>).</summary>
    public string? Url { get; init; }

    /// <summary>A title the record itself carries (feed item, JSONL <c>title</c>), else null.</summary>
    public string? Title { get; init; }

    /// <summary>The outlet name the record or the user gives (JSONL <c>source</c>, <c>--source</c>), else null.</summary>
    public string? Source { get; init; }

    /// <summary>A publication date the record or the user gives (<c>--date</c>, feed item date, JSONL date): it wins over dates found in the page.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>When a crawler fetched the page (WARC-Date): never a publication date, only a last resort and the reference for relative dates.</summary>
    public DateTimeOffset? FetchDate { get; init; }

    /// <summary>True when the text is already the article (<c>--as-article</c>): extraction keeps it verbatim.</summary>
    public bool IsArticle { get; init; }
}
