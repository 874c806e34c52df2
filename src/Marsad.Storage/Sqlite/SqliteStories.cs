using System.Globalization;
using Dapper;
using Marsad.Core.Documents;
using Marsad.Core.Stories;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// Stories and merged events in the store (schema 3): rebuilt as a whole from the stored
/// documents in one transaction, and read back for <c>stories</c>, <c>events</c> and the web.
/// </summary>
internal static class SqliteStories
{
    /// <summary>Rebuilds every story and merged event from the stored documents; returns the number of stories.</summary>
    public static int Rebuild(SqliteConnection connection)
    {
        var documents = connection.Query<string>("SELECT document FROM articles ORDER BY id")
            .Select(json => DocumentJson.Deserialize(json)!)
            .ToList();
        var articles = documents.Select(d => new StoryArticle
        {
            Id = d.Id,
            Date = d.Published,
            Source = d.Source,
            Title = d.Title,
            Text = d.Text,
            Actors = d.Entities.Select(e => e.Id ?? e.Code ?? e.Country).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
            EventKeys = d.Events.Select(e => $"{e.Source?.Code}|{e.Target?.Code}|{e.Plover}").Distinct(StringComparer.Ordinal).ToList(),
        }).ToList();
        var reports = documents.SelectMany(d => d.Events.Select(e => new ReportedEvent(d.Id, d.Source, d.Published, e)));
        var stories = StoryBuilder.Build(articles, reports);

        using var transaction = connection.BeginTransaction();
        connection.Execute("DELETE FROM stories; DELETE FROM story_articles; DELETE FROM merged_events;", transaction: transaction);
        connection.Execute(
            "INSERT INTO stories (id, ordinal, title, first_date, last_date, summary) VALUES (@Id, @Ordinal, @Title, @FirstDate, @LastDate, @Summary)",
            stories.Select((s, i) => new { s.Story.Id, Ordinal = i, s.Story.Title, FirstDate = Iso(s.Story.FirstDate), LastDate = Iso(s.Story.LastDate), s.Summary }),
            transaction);
        connection.Execute(
            "INSERT INTO story_articles (article_id, story_id, ordinal) VALUES (@ArticleId, @StoryId, @Ordinal)",
            stories.SelectMany(s => s.Story.ArticleIds.Select((a, i) => new { ArticleId = a, StoryId = s.Story.Id, Ordinal = i })),
            transaction);
        connection.Execute(
            """
            INSERT INTO merged_events (id, story_id, date, source_text, source_name, source_country, source_code,
                target_text, target_name, target_country, target_code, plover, cameo, quad_class, goldstein, negated,
                location_name, location_country, lat, lon, num_articles, num_sources, first_seen, example_sentence,
                evidence_article, evidence_start, evidence_end, article_ids)
            VALUES (@Id, @StoryId, @Date, @SourceText, @SourceName, @SourceCountry, @SourceCode,
                @TargetText, @TargetName, @TargetCountry, @TargetCode, @Plover, @Cameo, @QuadClass, @Goldstein, @Negated,
                @LocationName, @LocationCountry, @Lat, @Lon, @NumArticles, @NumSources, @FirstSeen, @ExampleSentence,
                @EvidenceArticle, @EvidenceStart, @EvidenceEnd, @ArticleIds)
            """,
            stories.SelectMany(s => s.Events).Select(MergedEventRow.From),
            transaction);
        transaction.Commit();
        return stories.Count;
    }

    /// <summary>Every stored story, in founding order.</summary>
    public static IReadOnlyList<StoredStory> List(SqliteConnection connection, string? storyId = null)
    {
        var where = storyId is null ? "" : " WHERE s.id = @storyId";
        var stories = connection.Query<StoryRow>($"SELECT id AS Id, title AS Title, first_date AS FirstDate, last_date AS LastDate, summary AS Summary FROM stories s{where} ORDER BY ordinal", new { storyId }).ToList();
        var articles = connection.Query<StoryArticleRow>(
            $"""
            SELECT sa.story_id AS StoryId, a.id AS Id, a.input AS Input, a.title AS Title, a.source AS Source, a.published AS Published
            FROM story_articles sa JOIN articles a ON a.id = sa.article_id
            {(storyId is null ? "" : "WHERE sa.story_id = @storyId")}
            ORDER BY sa.story_id, sa.ordinal
            """, new { storyId }).ToLookup(r => r.StoryId, StringComparer.Ordinal);
        var events = connection.Query<(string StoryId, string Id)>(
            $"SELECT story_id, id FROM merged_events {(storyId is null ? "" : "WHERE story_id = @storyId")} ORDER BY story_id, date IS NULL, date, id", new { storyId })
            .ToLookup(r => r.StoryId, r => r.Id, StringComparer.Ordinal);
        return stories.Select(s => new StoredStory(
            s.Id, s.Title, Date(s.FirstDate), Date(s.LastDate), s.Summary,
            articles[s.Id].Select(a => new StoryArticleRef(a.Id, a.Input, a.Title, a.Source, Date(a.Published))).ToList(),
            events[s.Id].ToList())).ToList();
    }

    /// <summary>The merged events that pass <paramref name="filter"/>, by date.</summary>
    public static IReadOnlyList<MergedEvent> Events(SqliteConnection connection, EventFilter filter)
    {
        var rows = connection.Query<MergedEventRow>(
            """
            SELECT * FROM merged_events
            WHERE (@from IS NULL OR date >= @from) AND (@to IS NULL OR date <= @to)
            ORDER BY date IS NULL, date, id
            """,
            new { from = Iso(filter.From), to = Iso(filter.To) });
        return rows.Select(r => r.ToMergedEvent()).Where(filter.Matches).ToList();
    }

    /// <summary>True when articles changed since stories were last built.</summary>
    public static bool AreStale(SqliteConnection connection) =>
        connection.ExecuteScalar<long>("SELECT value FROM store_state WHERE key = 'stories_stale'") != 0;

    /// <summary>The id of the story an article belongs to, or null.</summary>
    public static string? StoryOf(SqliteConnection connection, string articleId) =>
        connection.QuerySingleOrDefault<string?>("SELECT story_id FROM story_articles WHERE article_id = @articleId", new { articleId });

    internal static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static DateOnly? Date(string? iso) => iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Settable properties, not constructors: SQLite reports an all-null column's type as BLOB, which breaks constructor matching.
    private sealed class StoryRow
    {
        public string Id { get; set; } = "";

        public string Title { get; set; } = "";

        public string? FirstDate { get; set; }

        public string? LastDate { get; set; }

        public string Summary { get; set; } = "";
    }

    private sealed class StoryArticleRow
    {
        public string StoryId { get; set; } = "";

        public string Id { get; set; } = "";

        public string Input { get; set; } = "";

        public string Title { get; set; } = "";

        public string? Source { get; set; }

        public string? Published { get; set; }
    }
}
