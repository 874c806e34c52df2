using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Marsad.Core.Reading;

namespace Marsad.Bench;

/// <summary>One SaudiNewsNet article for the story harnesses: the crawl day (its zip's name) and its fields.</summary>
public sealed record SaudiArticle(string Day, string Source, string Title, string Content, DateOnly? Fetched)
{
    /// <summary>The corpus folder.</summary>
    public static string Folder => Path.Combine(Corpus.DataRoot, "saudinewsnet");

    /// <summary>
    /// The corpus's raw JSON records in file order with their file's crawl day, from the first
    /// <paramref name="maxFiles"/> daily zips. A record is valid only during its own iteration.
    /// </summary>
    public static IEnumerable<(DateOnly Day, JsonElement Record)> Records(int maxFiles = int.MaxValue)
    {
        foreach (var zip in Directory.GetFiles(Folder, "*.zip").Order(StringComparer.Ordinal).Take(maxFiles))
        {
            var day = DateOnly.ParseExact(Path.GetFileNameWithoutExtension(zip), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            using var archive = ZipFile.OpenRead(zip);
            foreach (var entry in archive.Entries.Where(e => e.Length > 0))
            {
                using var stream = entry.Open();
                using var json = JsonDocument.Parse(stream);
                foreach (var record in json.RootElement.EnumerateArray())
                {
                    yield return (day, record);
                }
            }
        }
    }

    /// <summary>The non-empty contents of <see cref="Records"/>.</summary>
    public static IEnumerable<(DateOnly Day, string Content)> Contents(int maxFiles = int.MaxValue) =>
        Records(maxFiles).Select(r => (r.Day, Content: r.Record.TryGetProperty("content", out var c) ? c.GetString() : null))
            .Where(r => !string.IsNullOrEmpty(r.Content))
            .Select(r => (r.Day, r.Content!));

    /// <summary>
    /// The first <paramref name="count"/> records with content, numbered from 0, with their crawl day and url (the
    /// knowledge-base harnesses read articles this way: the url gives the outlet's state).
    /// </summary>
    public static IEnumerable<(int Index, DateOnly Day, string Content, string? Url)> Pages(int count)
    {
        var index = 0;
        foreach (var (day, record) in Records())
        {
            if (index == count)
            {
                yield break;
            }
            var content = record.TryGetProperty("content", out var c) ? c.GetString() : null;
            if (string.IsNullOrEmpty(content))
            {
                continue;
            }
            yield return (index++, day, content, record.TryGetProperty("url", out var u) ? u.GetString() : null);
        }
    }

    /// <summary>Every article with content, day by day.</summary>
    public static IEnumerable<SaudiArticle> ReadAll() =>
        NewsCorpusReader.Read(Folder).Select(r => r.Page).OfType<RawPage>().Select(p => new SaudiArticle(
            Day: p.Origin[(p.Origin.IndexOf('/', StringComparison.Ordinal) + 1)..p.Origin.IndexOf(".zip", StringComparison.Ordinal)],
            Source: p.Source ?? "",
            Title: p.Title ?? "",
            Content: p.Content[(p.Content.IndexOf('\n', StringComparison.Ordinal) + 1)..],
            Fetched: p.FetchDate is { } f ? DateOnly.FromDateTime(f.UtcDateTime) : null));
}
