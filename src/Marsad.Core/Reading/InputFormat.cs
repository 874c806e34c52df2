namespace Marsad.Core.Reading;

/// <summary>The container format of one input, as sniffed from its first bytes and name.</summary>
internal enum InputFormat
{
    /// <summary>One crawl page as plain text.</summary>
    Text,

    /// <summary>One page of HTML.</summary>
    Html,

    /// <summary>A WARC or WET archive: a sequence of records.</summary>
    Warc,

    /// <summary>JSON Lines: one object a line.</summary>
    JsonLines,

    /// <summary>An RSS 2.0 or Atom feed.</summary>
    Feed,

    /// <summary>A JSON array of record objects, as dataset dumps are published.</summary>
    JsonArray,

    /// <summary>A ZIP archive: each entry is read as an input of its own.</summary>
    Zip,
}
