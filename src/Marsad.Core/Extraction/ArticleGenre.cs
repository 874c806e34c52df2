using System.Text.Json.Serialization;

namespace Marsad.Core.Extraction;

/// <summary>What kind of text an article is: a report of news, or a writer's own opinion.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ArticleGenre>))]
public enum ArticleGenre
{
    /// <summary>A report: news story, wire report, feature, announcement, market report (the default).</summary>
    [JsonStringEnumMemberName("news")] News,

    /// <summary>A column, op-ed, editorial, essay or analysis in the writer's own voice.</summary>
    [JsonStringEnumMemberName("opinion")] Opinion,
}
