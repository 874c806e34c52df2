namespace Marsad.Core.Reading;

/// <summary>The kind of content a <see cref="RawPage"/> carries.</summary>
public enum ContentKind
{
    /// <summary>HTML markup of a whole page (or a feed item's content).</summary>
    Html,

    /// <summary>Plain text: a crawl dump (title on the first line, then the page) or a clean article.</summary>
    Text,
}
