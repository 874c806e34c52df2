using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using Marsad.Core.Reading;

namespace Marsad.Bench;

/// <summary>
/// SaudiNewsNet (../shared/data/saudinewsnet: zips of one JSON array each) as the Reading
/// stage would yield it: one crawl-text page per article, streamed, never a whole file in memory.
/// </summary>
/// <remarks>
/// Each page is the title line then the article, as a crawl stores it, so extraction runs;
/// <c>date_extracted</c> is when the crawler fetched it, hence <see cref="RawPage.FetchDate"/>.
/// </remarks>
public static class NewsCorpusReader
{
    /// <summary>The pages of every zip in <paramref name="folder"/>, in file order, at most <paramref name="limit"/>.</summary>
    public static IEnumerable<ReadResult> Read(string folder, int limit = int.MaxValue)
    {
        var count = 0;
        foreach (var zipPath in Directory.EnumerateFiles(folder, "*.zip").Order(StringComparer.Ordinal))
        {
            using var zip = ZipFile.OpenRead(zipPath);
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                var record = 0;
                foreach (var article in JsonSerializer.DeserializeAsyncEnumerable<SaudiNewsNetArticle>(stream).ToBlockingEnumerable())
                {
                    record++;
                    if (count++ >= limit)
                    {
                        yield break;
                    }
                    var origin = $"saudinewsnet/{Path.GetFileName(zipPath)}#{record}";
                    yield return article is { Content: not null }
                        ? ReadResult.Ok(ToPage(article, origin))
                        : ReadResult.Fail(origin, "record without content");
                }
            }
        }
    }

    private static RawPage ToPage(SaudiNewsNetArticle article, string origin) => new()
    {
        Origin = origin,
        Content = $"{article.Title}\n{article.Content}",
        Kind = ContentKind.Text,
        Url = article.Url,
        Title = article.Title,
        Source = article.Source,
        FetchDate = DateTimeOffset.TryParseExact(article.DateExtracted, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var fetched)
            ? fetched
            : null,
        IsArticle = false,
    };

    /// <summary>One record of the corpus, as its JSON holds it.</summary>
    public sealed record SaudiNewsNetArticle(
        [property: JsonPropertyName("source")] string? Source,
        [property: JsonPropertyName("url")] string? Url,
        [property: JsonPropertyName("date_extracted")] string? DateExtracted,
        [property: JsonPropertyName("title")] string? Title,
        [property: JsonPropertyName("author")] string? Author,
        [property: JsonPropertyName("content")] string? Content);
}
