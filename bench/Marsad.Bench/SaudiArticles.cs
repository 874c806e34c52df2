using Marsad.Core.Reading;

namespace Marsad.Bench;

/// <summary>One SaudiNewsNet article for the story harnesses: the crawl day (its zip's name) and its fields.</summary>
public sealed record SaudiArticle(string Day, string Source, string Title, string Content, DateOnly? Fetched)
{
    /// <summary>The corpus folder.</summary>
    public static string Folder => Path.Combine(Corpus.DataRoot, "saudinewsnet");

    /// <summary>Every article with content, day by day.</summary>
    public static IEnumerable<SaudiArticle> ReadAll() =>
        NewsCorpusReader.Read(Folder).Select(r => r.Page).OfType<RawPage>().Select(p => new SaudiArticle(
            Day: p.Origin[(p.Origin.IndexOf('/', StringComparison.Ordinal) + 1)..p.Origin.IndexOf(".zip", StringComparison.Ordinal)],
            Source: p.Source ?? "",
            Title: p.Title ?? "",
            Content: p.Content[(p.Content.IndexOf('\n', StringComparison.Ordinal) + 1)..],
            Fetched: p.FetchDate is { } f ? DateOnly.FromDateTime(f.UtcDateTime) : null));
}
