using System.IO.Compression;
using System.Text.Json;

namespace Marsad.Bench;

/// <summary>One SaudiNewsNet article as its JSON holds it; <see cref="Day"/> is the zip's date (the crawl day).</summary>
public sealed record SaudiArticle(string Day, string Source, string Url, string Title, string Content, string DateExtracted);

/// <summary>Reads SaudiNewsNet (../shared/data/saudinewsnet: one zip a day, each one JSON array) in day order.</summary>
public static class SaudiNewsNetCorpus
{
    /// <summary>The corpus folder.</summary>
    public static string Folder => Path.Combine(Corpus.DataRoot, "saudinewsnet");

    /// <summary>Every article, day by day, streamed one zip at a time.</summary>
    public static IEnumerable<SaudiArticle> Read()
    {
        foreach (var zip in Directory.GetFiles(Folder, "*.zip").Order(StringComparer.Ordinal))
        {
            var day = Path.GetFileNameWithoutExtension(zip);
            using var archive = ZipFile.OpenRead(zip);
            using var stream = archive.Entries[0].Open();
            using var json = JsonDocument.Parse(stream);
            foreach (var a in json.RootElement.EnumerateArray())
            {
                yield return new SaudiArticle(day, Get(a, "source"), Get(a, "url"), Get(a, "title"), Get(a, "content"), Get(a, "date_extracted"));
            }
        }
    }

    private static string Get(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";
}
