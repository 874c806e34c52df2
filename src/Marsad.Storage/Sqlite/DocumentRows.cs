using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Marsad.Core.Documents;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// Writes one document as rows: the article, and its entities, quotes and events by ordinal.
/// One instance per writer connection holds its statements prepared once: compiling the SQL
/// and creating a command per row (what a micro-ORM call does) cost more than the inserts.
/// </summary>
internal sealed class DocumentRows : IDisposable
{
    private const string UpsertArticleSql = """
        INSERT INTO articles (id, input, url, source, title, published, published_from, language, text, document)
        VALUES (@Id, @Input, @Url, @Source, @Title, @Published, @PublishedFrom, @Language, @Text, @Document)
        ON CONFLICT (id) DO UPDATE SET
            input = excluded.input, url = excluded.url, source = excluded.source, title = excluded.title,
            published = excluded.published, published_from = excluded.published_from, language = excluded.language,
            text = excluded.text, document = excluded.document
        WHERE excluded.input < articles.input
        """;

    private const string InsertEntitySql = """
        INSERT INTO entities (article_id, ordinal, text, start_offset, end_offset, type, name, wikidata_id, country, code)
        VALUES (@ArticleId, @Ordinal, @Text, @Start, @End, @Type, @Name, @WikidataId, @Country, @Code)
        """;

    private const string InsertQuoteSql = """
        INSERT INTO quotes (article_id, ordinal, speaker, speaker_text, text, start_offset, end_offset)
        VALUES (@ArticleId, @Ordinal, @Speaker, @SpeakerText, @Text, @Start, @End)
        """;

    private const string InsertEventSql = """
        INSERT INTO events (article_id, ordinal, source_text, source_name, source_country, source_code,
            target_text, target_name, target_country, target_code, plover, cameo, quad_class, goldstein, negated, mode,
            date, location_name, location_country, lat, lon, trigger, sentence, start_offset, end_offset)
        VALUES (@ArticleId, @Ordinal, @SourceText, @SourceName, @SourceCountry, @SourceCode,
            @TargetText, @TargetName, @TargetCountry, @TargetCode, @Plover, @Cameo, @QuadClass, @Goldstein, @Negated, @Mode,
            @Date, @LocationName, @LocationCountry, @Lat, @Lon, @Trigger, @Sentence, @Start, @End)
        """;

    private const string UpsertInputSql = """
        INSERT INTO inputs (input, article_id, page_fingerprint) VALUES (@Input, @Id, @PageFingerprint)
        ON CONFLICT (input) DO UPDATE SET article_id = excluded.article_id, page_fingerprint = excluded.page_fingerprint
        """;

    private readonly SqliteStatement _findArticle;
    private readonly SqliteStatement _upsertArticle;
    private readonly SqliteStatement _lastRowid;
    private readonly SqliteStatement[] _deleteParts;
    private readonly SqliteStatement _markDirty;
    private readonly SqliteStatement _search;
    private readonly SqliteStatement _features;
    private readonly SqliteStatement _entity;
    private readonly SqliteStatement _quote;
    private readonly SqliteStatement _event;
    private readonly SqliteStatement _input;
    private readonly SqliteStatement[] _all;

    /// <summary>Prepares the statements on <paramref name="connection"/> (the store's single writer).</summary>
    public DocumentRows(SqliteConnection connection)
    {
        _findArticle = new(connection, "SELECT rowid FROM articles WHERE id = @Id");
        _upsertArticle = new(connection, UpsertArticleSql);
        _lastRowid = new(connection, "SELECT last_insert_rowid()");
        _deleteParts = [.. ((string[])["entities", "quotes", "events"]).Select(table => new SqliteStatement(connection, $"DELETE FROM {table} WHERE article_id = @Id"))];
        _markDirty = new(connection, "INSERT OR IGNORE INTO dirty_stories (story_id) SELECT story_id FROM story_articles WHERE article_id = @Id");
        _search = new(connection, "INSERT OR REPLACE INTO search (rowid, title, body, names) VALUES (@rowid, @title, @body, @names)");
        _features = new(connection, "INSERT OR REPLACE INTO article_features (article_rowid, signature, leads) VALUES (@rowid, @Signature, @Leads)");
        _entity = new(connection, InsertEntitySql);
        _quote = new(connection, InsertQuoteSql);
        _event = new(connection, InsertEventSql);
        _input = new(connection, UpsertInputSql);
        _all = [_findArticle, _upsertArticle, _lastRowid, .. _deleteParts, _markDirty, _search, _features, _entity, _quote, _event, _input];
    }

    /// <summary>
    /// Inserts the document, or replaces the stored one with its id when this one's input
    /// sorts first (SQLite's binary order of UTF-8, i.e. code-point order); returns what it did.
    /// </summary>
    public WriteOutcome Write(SqliteTransaction transaction, StoreEntry entry)
    {
        foreach (var statement in _all)
        {
            statement.Command.Transaction = transaction;
        }
        var document = entry.Document;
        var prepared = entry.Prepared ?? PreparedDocument.Of(document);
        var existing = _findArticle.Scalar(document.Id) is long found ? found : (long?)null;
        var changed = _upsertArticle.Execute(
            document.Id,
            document.Input,
            document.Url,
            document.Source,
            document.Title,
            IsoDate(document.Published),
            JsonName(document.PublishedFrom),
            document.Language,
            document.Text,
            prepared.Json) > 0;
        if (changed)
        {
            if (existing is { } rowid)
            {
                foreach (var delete in _deleteParts)
                {
                    delete.Execute(document.Id);
                }
                // Its story keeps it, but the story's merged events must be recomputed with the new events.
                _markDirty.Execute(document.Id);
                WriteIndexed(rowid, prepared);
            }
            else
            {
                WriteIndexed((long)_lastRowid.Scalar()!, prepared);
            }
            WriteParts(document);
        }
        _input.Execute(document.Input, document.Id, entry.PageFingerprint);
        return !changed ? WriteOutcome.Unchanged : existing is not null ? WriteOutcome.Replaced : WriteOutcome.Added;
    }

    /// <summary>Disposes the prepared statements.</summary>
    public void Dispose()
    {
        foreach (var statement in _all)
        {
            statement.Command.Dispose();
        }
    }

    // The search row (as SqliteSearchIndex.Index writes it, with the terms computed ahead) and the story features.
    private void WriteIndexed(long rowid, PreparedDocument prepared)
    {
        _search.Execute(rowid, prepared.TitleStems, prepared.BodyStems, prepared.Names);
        _features.Execute(rowid, prepared.Signature, prepared.Leads);
    }

    private void WriteParts(Document document)
    {
        for (var i = 0; i < document.Entities.Count; i++)
        {
            var e = document.Entities[i];
            _entity.Execute(document.Id, i, e.Text, e.Start, e.End, JsonName(e.Type), e.Name, e.Id, e.Country, e.Code);
        }
        for (var i = 0; i < document.Quotes.Count; i++)
        {
            var q = document.Quotes[i];
            _quote.Execute(document.Id, i, q.Speaker, q.SpeakerText, q.Text, q.Start, q.End);
        }
        for (var i = 0; i < document.Events.Count; i++)
        {
            var e = document.Events[i];
            _event.Execute(
                document.Id,
                i,
                e.Source?.Text,
                e.Source?.Name,
                e.Source?.Country,
                e.Source?.Code,
                e.Target?.Text,
                e.Target?.Name,
                e.Target?.Country,
                e.Target?.Code,
                JsonName(e.Plover),
                e.Cameo,
                e.QuadClass,
                e.Goldstein,
                e.Negated ? 1 : 0,
                e.Mode,
                IsoDate(e.Date),
                e.Location?.Name,
                e.Location?.Country,
                e.Location?.Lat,
                e.Location?.Lon,
                e.Trigger,
                e.Sentence,
                e.Start,
                e.End);
        }
    }

    private static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // The stored spelling of an enum is the contract's JSON spelling (PERSON, CONSULT, crawl).
    private static string? JsonName<T>(T? value) where T : struct, Enum =>
        value is { } v ? JsonName(v) : null;

    private static string JsonName<T>(T value) where T : struct, Enum => EnumNames<T>.Names[value];

    // Serializing an enum value per row is a measurable cost: each value's spelling is computed once per type.
    private static class EnumNames<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> Names = Enum.GetValues<T>()
            .ToFrozenDictionary(v => v, v => JsonSerializer.Serialize(v, DocumentJson.Options).Trim('"'));
    }

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
