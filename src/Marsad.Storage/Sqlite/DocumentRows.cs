using System.Collections.Frozen;
using System.Diagnostics;
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

    private readonly NativeStatement _findArticle;
    private readonly NativeStatement _upsertArticle;
    private readonly NativeStatement _lastRowid;
    private readonly NativeStatement[] _deleteParts;
    private readonly NativeStatement _markDirty;
    private readonly NativeStatement _search;
    private readonly NativeStatement _features;
    private readonly NativeStatement _entity;
    private readonly NativeStatement _quote;
    private readonly NativeStatement _event;
    private readonly NativeStatement _input;
    private readonly NativeStatement[] _all;

    /// <summary>Prepares the statements on <paramref name="connection"/> (the store's single writer), which must be open.</summary>
    public DocumentRows(SqliteConnection connection)
    {
        _findArticle = new(connection, "SELECT rowid FROM articles WHERE id = @Id");
        _upsertArticle = new(connection, UpsertArticleSql);
        _lastRowid = new(connection, "SELECT last_insert_rowid()");
        _deleteParts = [.. ((string[])["entities", "quotes", "events"]).Select(table => new NativeStatement(connection, $"DELETE FROM {table} WHERE article_id = @Id"))];
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
    /// Runs in the connection's open transaction (the batch's).
    /// </summary>
    public WriteOutcome Write(StoreEntry entry)
    {
        var document = entry.Document;
        var prepared = entry.Prepared ?? PreparedDocument.Of(document);
        var probe = WriteProbe.Enabled;
        var since = probe ? Stopwatch.GetTimestamp() : 0;
        var existing = _findArticle.Text(1, document.Id).Int64();
        Mark(probe, WriteProbe.Kind.Find, ref since);
        var changed = _upsertArticle
            .Text(1, document.Id)
            .Text(2, document.Input)
            .Text(3, document.Url)
            .Text(4, document.Source)
            .Text(5, document.Title)
            .Text(6, IsoDate(document.Published))
            .Text(7, JsonName(document.PublishedFrom))
            .Text(8, document.Language)
            .Text(9, document.Text)
            .Text(10, prepared.Json)
            .Execute() > 0;
        Mark(probe, WriteProbe.Kind.Article, ref since);
        if (changed)
        {
            if (existing is { } rowid)
            {
                foreach (var delete in _deleteParts)
                {
                    delete.Text(1, document.Id).Execute();
                }
                // Its story keeps it, but the story's merged events must be recomputed with the new events.
                _markDirty.Text(1, document.Id).Execute();
                Mark(probe, WriteProbe.Kind.Replace, ref since);
                WriteIndexed(rowid, prepared, probe, ref since);
            }
            else
            {
                var newRowid = _lastRowid.Int64()!.Value;
                Mark(probe, WriteProbe.Kind.Rowid, ref since);
                WriteIndexed(newRowid, prepared, probe, ref since);
            }
            WriteParts(document, probe, ref since);
        }
        _input.Text(1, document.Input).Text(2, document.Id).Text(3, entry.PageFingerprint).Execute();
        Mark(probe, WriteProbe.Kind.Input, ref since);
        return !changed ? WriteOutcome.Unchanged : existing is not null ? WriteOutcome.Replaced : WriteOutcome.Added;
    }

    /// <summary>Finalizes the statements (before the connection closes).</summary>
    public void Dispose()
    {
        foreach (var statement in _all)
        {
            statement.Dispose();
        }
    }

    // The search row (as SqliteSearchIndex.Index writes it, with the terms computed ahead) and the story features.
    private void WriteIndexed(long rowid, PreparedDocument prepared, bool probe, ref long since)
    {
        _search.Integer(1, rowid).Text(2, prepared.TitleStems).Text(3, prepared.BodyStems).Text(4, prepared.Names).Execute();
        Mark(probe, WriteProbe.Kind.Search, ref since);
        _features.Integer(1, rowid).Blob(2, prepared.Signature).Text(3, prepared.Leads).Execute();
        Mark(probe, WriteProbe.Kind.Features, ref since);
    }

    // With the probe on, counts the time since the last mark to kind.
    private static void Mark(bool probe, WriteProbe.Kind kind, ref long since)
    {
        if (probe)
        {
            WriteProbe.Add(kind, since);
            since = Stopwatch.GetTimestamp();
        }
    }

    private void WriteParts(Document document, bool probe, ref long since)
    {
        for (var i = 0; i < document.Entities.Count; i++)
        {
            var e = document.Entities[i];
            _entity.Text(1, document.Id).Integer(2, i).Text(3, e.Text).Integer(4, e.Start).Integer(5, e.End)
                .Text(6, JsonName(e.Type)).Text(7, e.Name).Text(8, e.Id).Text(9, e.Country).Text(10, e.Code).Execute();
        }
        Mark(probe, WriteProbe.Kind.Entities, ref since);
        for (var i = 0; i < document.Quotes.Count; i++)
        {
            var q = document.Quotes[i];
            _quote.Text(1, document.Id).Integer(2, i).Text(3, q.Speaker).Text(4, q.SpeakerText).Text(5, q.Text)
                .Integer(6, q.Start).Integer(7, q.End).Execute();
        }
        Mark(probe, WriteProbe.Kind.Quotes, ref since);
        for (var i = 0; i < document.Events.Count; i++)
        {
            var e = document.Events[i];
            _event
                .Text(1, document.Id)
                .Integer(2, i)
                .Text(3, e.Source?.Text)
                .Text(4, e.Source?.Name)
                .Text(5, e.Source?.Country)
                .Text(6, e.Source?.Code)
                .Text(7, e.Target?.Text)
                .Text(8, e.Target?.Name)
                .Text(9, e.Target?.Country)
                .Text(10, e.Target?.Code)
                .Text(11, JsonName(e.Plover))
                .Text(12, e.Cameo)
                .Integer(13, e.QuadClass)
                .Real(14, e.Goldstein)
                .Integer(15, e.Negated ? 1 : 0)
                .Text(16, e.Mode)
                .Text(17, IsoDate(e.Date))
                .Text(18, e.Location?.Name)
                .Text(19, e.Location?.Country)
                .Real(20, e.Location?.Lat)
                .Real(21, e.Location?.Lon)
                .Text(22, e.Trigger)
                .Text(23, e.Sentence)
                .Integer(24, e.Start)
                .Integer(25, e.End)
                .Execute();
        }
        Mark(probe, WriteProbe.Kind.Events, ref since);
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
