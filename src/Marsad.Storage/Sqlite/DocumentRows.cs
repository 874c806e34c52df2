using System.Data;
using System.Globalization;
using System.Text.Json;
using Dapper;
using Marsad.Core.Documents;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>Writes one document as rows: the article, and its entities, quotes and events by ordinal.</summary>
internal static class DocumentRows
{
    private const string UpsertArticle = """
        INSERT INTO articles (id, input, url, source, title, published, published_from, language, text, document)
        VALUES (@Id, @Input, @Url, @Source, @Title, @Published, @PublishedFrom, @Language, @Text, @Document)
        ON CONFLICT (id) DO UPDATE SET
            input = excluded.input, url = excluded.url, source = excluded.source, title = excluded.title,
            published = excluded.published, published_from = excluded.published_from, language = excluded.language,
            text = excluded.text, document = excluded.document
        WHERE excluded.input < articles.input
        """;

    private const string InsertEntity = """
        INSERT INTO entities (article_id, ordinal, text, start_offset, end_offset, type, name, wikidata_id, country, code)
        VALUES (@ArticleId, @Ordinal, @Text, @Start, @End, @Type, @Name, @WikidataId, @Country, @Code)
        """;

    private const string InsertQuote = """
        INSERT INTO quotes (article_id, ordinal, speaker, speaker_text, text, start_offset, end_offset)
        VALUES (@ArticleId, @Ordinal, @Speaker, @SpeakerText, @Text, @Start, @End)
        """;

    private const string InsertEvent = """
        INSERT INTO events (article_id, ordinal, source_text, source_name, source_country, source_code,
            target_text, target_name, target_country, target_code, plover, cameo, quad_class, goldstein, negated, mode,
            date, location_name, location_country, lat, lon, trigger, sentence, start_offset, end_offset)
        VALUES (@ArticleId, @Ordinal, @SourceText, @SourceName, @SourceCountry, @SourceCode,
            @TargetText, @TargetName, @TargetCountry, @TargetCode, @Plover, @Cameo, @QuadClass, @Goldstein, @Negated, @Mode,
            @Date, @LocationName, @LocationCountry, @Lat, @Lon, @Trigger, @Sentence, @Start, @End)
        """;

    /// <summary>
    /// Inserts the document, or replaces the stored one with its id when this one's input
    /// sorts first (SQLite's binary order of UTF-8, i.e. code-point order); returns what it did.
    /// </summary>
    public static WriteOutcome Write(SqliteConnection connection, SqliteTransaction transaction, StoreEntry entry)
    {
        var document = entry.Document;
        var prepared = entry.Prepared ?? PreparedDocument.Of(document);
        var existing = connection.QuerySingleOrDefault<long?>("SELECT rowid FROM articles WHERE id = @Id", new { document.Id }, transaction);
        var changed = connection.Execute(UpsertArticle, new
        {
            document.Id,
            document.Input,
            document.Url,
            document.Source,
            document.Title,
            Published = IsoDate(document.Published),
            PublishedFrom = JsonName(document.PublishedFrom),
            document.Language,
            document.Text,
            Document = prepared.Json,
        }, transaction) > 0;
        if (changed)
        {
            if (existing is { } rowid)
            {
                foreach (var table in (string[])["entities", "quotes", "events"])
                {
                    connection.Execute($"DELETE FROM {table} WHERE article_id = @Id", new { document.Id }, transaction);
                }
                // Its story keeps it, but the story's merged events must be recomputed with the new events.
                connection.Execute(
                    "INSERT OR IGNORE INTO dirty_stories (story_id) SELECT story_id FROM story_articles WHERE article_id = @Id",
                    new { document.Id }, transaction);
                WriteIndexed(connection, transaction, rowid, prepared);
            }
            else
            {
                WriteIndexed(connection, transaction, connection.ExecuteScalar<long>("SELECT last_insert_rowid()", transaction: transaction), prepared);
            }
            WriteParts(connection, transaction, document);
        }
        connection.Execute(
            """
            INSERT INTO inputs (input, article_id, page_fingerprint) VALUES (@Input, @Id, @PageFingerprint)
            ON CONFLICT (input) DO UPDATE SET article_id = excluded.article_id, page_fingerprint = excluded.page_fingerprint
            """,
            new { document.Input, document.Id, entry.PageFingerprint },
            transaction);
        return !changed ? WriteOutcome.Unchanged : existing is not null ? WriteOutcome.Replaced : WriteOutcome.Added;
    }

    // The search row (as SqliteSearchIndex.Index writes it, with the terms computed ahead) and the story features.
    private static void WriteIndexed(SqliteConnection connection, SqliteTransaction transaction, long rowid, PreparedDocument prepared)
    {
        connection.Execute(
            "INSERT OR REPLACE INTO search (rowid, title, body, names) VALUES (@rowid, @title, @body, @names)",
            new { rowid, title = prepared.TitleStems, body = prepared.BodyStems, names = prepared.Names },
            transaction);
        connection.Execute(
            "INSERT OR REPLACE INTO article_features (article_rowid, signature, leads) VALUES (@rowid, @Signature, @Leads)",
            new { rowid, prepared.Signature, prepared.Leads },
            transaction);
    }

    private static void WriteParts(IDbConnection connection, IDbTransaction transaction, Document document)
    {
        connection.Execute(InsertEntity, document.Entities.Select((e, i) => new
        {
            ArticleId = document.Id,
            Ordinal = i,
            e.Text,
            e.Start,
            e.End,
            Type = JsonName(e.Type),
            e.Name,
            WikidataId = e.Id,
            e.Country,
            e.Code,
        }), transaction);
        connection.Execute(InsertQuote, document.Quotes.Select((q, i) => new
        {
            ArticleId = document.Id,
            Ordinal = i,
            q.Speaker,
            q.SpeakerText,
            q.Text,
            q.Start,
            q.End,
        }), transaction);
        connection.Execute(InsertEvent, document.Events.Select((e, i) => new
        {
            ArticleId = document.Id,
            Ordinal = i,
            SourceText = e.Source?.Text,
            SourceName = e.Source?.Name,
            SourceCountry = e.Source?.Country,
            SourceCode = e.Source?.Code,
            TargetText = e.Target?.Text,
            TargetName = e.Target?.Name,
            TargetCountry = e.Target?.Country,
            TargetCode = e.Target?.Code,
            Plover = JsonName(e.Plover),
            e.Cameo,
            e.QuadClass,
            e.Goldstein,
            Negated = e.Negated ? 1 : 0,
            e.Mode,
            Date = IsoDate(e.Date),
            LocationName = e.Location?.Name,
            LocationCountry = e.Location?.Country,
            e.Location?.Lat,
            e.Location?.Lon,
            e.Trigger,
            e.Sentence,
            e.Start,
            e.End,
        }), transaction);
    }

    private static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // The stored spelling of an enum is the contract's JSON spelling (PERSON, CONSULT, crawl).
    private static string? JsonName<T>(T? value) where T : struct, Enum =>
        value is { } v ? JsonSerializer.Serialize(v, DocumentJson.Options).Trim('"') : null;

    private static string JsonName<T>(T value) where T : struct, Enum =>
        JsonSerializer.Serialize(value, DocumentJson.Options).Trim('"');
}

/// <summary>What writing one document did to the store.</summary>
internal enum WriteOutcome
{
    /// <summary>A new id.</summary>
    Added,

    /// <summary>An id already stored under an input that sorts later: this one replaced it.</summary>
    Replaced,

    /// <summary>An id already stored under an input that sorts first (or the same input): nothing changed.</summary>
    Unchanged,
}
