using System.Text.Json.Serialization;

namespace Marsad.Core.Extraction;

/// <summary>Where an article's publication date was found, most trusted first.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DateSource>))]
public enum DateSource
{
    /// <summary>Given with the input: <c>--date</c>, a feed item's date, a JSON Lines field.</summary>
    [JsonStringEnumMemberName("input")] Input,

    /// <summary>From the page's metadata: JSON-LD, Open Graph, meta tags, <c>&lt;time&gt;</c>.</summary>
    [JsonStringEnumMemberName("meta")] Meta,

    /// <summary>From the URL path (<c>/2015/11/23/</c>).</summary>
    [JsonStringEnumMemberName("url")] Url,

    /// <summary>From the article's own text: its dateline or first explicit date.</summary>
    [JsonStringEnumMemberName("text")] Text,

    /// <summary>The crawler's fetch date: a last resort, not a publication date.</summary>
    [JsonStringEnumMemberName("crawl")] Crawl,
}
