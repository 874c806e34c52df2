using System.Globalization;
using System.Text;
using Dapper;
using Marsad.Core.Documents;
using Marsad.Core.Events;
using Marsad.Storage.Search;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Sqlite;

/// <summary>
/// The FTS5 index of stored articles (table <c>search</c>, schema 2): written in the
/// same transaction as the article, ranked with BM25 (title weighs 3, body 1, names 1.5).
/// </summary>
internal static class SqliteSearchIndex
{
    /// <summary>Indexes (or re-indexes) a stored article, in the transaction that stored it.</summary>
    public static void Index(SqliteConnection connection, SqliteTransaction transaction, Document document)
    {
        var rowid = connection.ExecuteScalar<long>("SELECT rowid FROM articles WHERE id = @Id", new { document.Id }, transaction);
        var title = SearchTerms.Index(document.Title);
        var body = SearchTerms.Index(document.Text);
        connection.Execute(
            "INSERT OR REPLACE INTO search (rowid, title, body, names) VALUES (@rowid, @title, @body, @names)",
            new { rowid, title = title.Stems, body = body.Stems, names = title.Names + body.Names },
            transaction);
    }

    /// <summary>Runs a search.</summary>
    public static SearchResults Search(SqliteConnection connection, SearchRequest request)
    {
        var query = FtsQuery.Parse(request.Query);
        if (query.Match is null)
        {
            return request.Actor is { Length: > 0 } ? Mentions(connection, request) : new SearchResults(0, []);
        }
        var (where, parameters) = Filters(request);
        parameters.Add("match", query.Match);
        // Without filters the count needs no article row at all.
        var total = connection.ExecuteScalar<int>(
            where.Length == 0
                ? "SELECT count(*) FROM search WHERE search MATCH @match"
                : $"SELECT count(*) FROM search JOIN articles a ON a.rowid = search.rowid WHERE search MATCH @match{where}",
            parameters);
        parameters.Add("rank", query.Rank);
        parameters.Add("limit", Math.Clamp(request.Limit, 1, 1000));
        parameters.Add("offset", Math.Max(0, request.Offset));
        // Rank every match on its score and id alone (the id leads the article's record, so its text is not
        // read), then fetch the texts of the page's rows only: sorting whole rows of common words cost most.
        var rows = connection.Query<HitRow>(
            $"""
            SELECT a.id AS Id, a.title AS Title, a.source AS Source, a.published AS Published, a.text AS Text, t.Score AS Score
            FROM (SELECT search.rowid AS Row, -bm25(search, 3.0, 1.0, 1.5) AS Score, a.id AS Key
                  FROM search JOIN articles a ON a.rowid = search.rowid
                  WHERE search MATCH @rank{where}
                  ORDER BY Score DESC, Key
                  LIMIT @limit OFFSET @offset) t
            JOIN articles a ON a.rowid = t.Row
            ORDER BY t.Score DESC, t.Key
            """,
            parameters);
        return new SearchResults(total, [.. rows.Select(r => Hit(r, query.Stems))]);
    }

    // No words but an actor: every article mentioning it (entities, event arguments), newest first (undated last: NULL
    // sorts lowest), with its opening as snippet.
    // The actor's articles are gathered from the entities and events tables (small rows) rather than by testing every
    // article row, which would read the whole articles table, texts included: 0.5 s instead of 5 s for Iran on SaudiNewsNet.
    private static SearchResults Mentions(SqliteConnection connection, SearchRequest request)
    {
        var (filters, parameters) = Filters(request with { Actor = null });
        var where = """
             AND a.id IN (SELECT e.article_id FROM entities e WHERE e.code = @actor OR e.country = @actor OR e.wikidata_id = @actor OR e.name = @actor COLLATE NOCASE
                UNION SELECT v.article_id FROM events v WHERE v.source_code = @actor OR v.target_code = @actor OR v.source_country = @actor
                OR v.target_country = @actor OR v.source_name = @actor COLLATE NOCASE OR v.target_name = @actor COLLATE NOCASE)
            """ + filters;
        parameters.Add("actor", request.Actor);
        var total = connection.ExecuteScalar<int>($"SELECT count(*) FROM articles a WHERE 1 = 1{where}", parameters);
        parameters.Add("limit", Math.Clamp(request.Limit, 1, 1000));
        parameters.Add("offset", Math.Max(0, request.Offset));
        var rows = connection.Query<HitRow>(
            $"""
            SELECT a.id AS Id, a.title AS Title, a.source AS Source, a.published AS Published, a.text AS Text, 0.0 AS Score
            FROM (SELECT a.rowid AS Row, a.published AS Day, a.id AS Key FROM articles a
                  WHERE 1 = 1{where}
                  ORDER BY a.published DESC, a.id
                  LIMIT @limit OFFSET @offset) t
            JOIN articles a ON a.rowid = t.Row
            ORDER BY t.Day DESC, t.Key
            """,
            parameters);
        var none = new HashSet<string>(StringComparer.Ordinal);
        return new SearchResults(total, [.. rows.Select(r => Hit(r, none))]);
    }

    private static SearchHit Hit(HitRow r, IReadOnlySet<string> stems)
    {
        var (snippet, highlights) = Snippets.Build(r.Text, stems);
        var published = r.Published is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
        return new SearchHit(r.Id, r.Title, r.Source, published, snippet, Math.Round(r.Score, 4), highlights);
    }

    private static (string Where, DynamicParameters Parameters) Filters(SearchRequest request)
    {
        var where = new StringBuilder();
        var parameters = new DynamicParameters();
        if (request.Actor is { Length: > 0 } actor)
        {
            // Mentioned: an entity linked to the actor, or an event argument coded as it (the coder links
            // arguments the entity tagger may have left unlinked, such as نظيره الإيراني).
            where.Append(" AND (EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND (e.code = @actor OR e.country = @actor OR e.wikidata_id = @actor OR e.name = @actor COLLATE NOCASE))")
                .Append(" OR EXISTS (SELECT 1 FROM events v WHERE v.article_id = a.id AND (v.source_code = @actor OR v.target_code = @actor")
                .Append(" OR v.source_country = @actor OR v.target_country = @actor OR v.source_name = @actor COLLATE NOCASE OR v.target_name = @actor COLLATE NOCASE)))");
            parameters.Add("actor", actor);
        }
        if (request.Outlet is { Length: > 0 } outlet)
        {
            where.Append(" AND a.source = @outlet COLLATE NOCASE");
            parameters.Add("outlet", outlet);
        }
        if (request.From is { } from)
        {
            where.Append(" AND a.published >= @from");
            parameters.Add("from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (request.To is { } to)
        {
            where.Append(" AND a.published <= @to");
            parameters.Add("to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (request.EventType is { } type)
        {
            where.Append(" AND EXISTS (SELECT 1 FROM events v WHERE v.article_id = a.id AND v.plover = @plover)");
            parameters.Add("plover", type.ToName());
        }
        return (where.ToString(), parameters);
    }

    private sealed class HitRow
    {
        public string Id { get; set; } = "";

        public string Title { get; set; } = "";

        public string? Source { get; set; }

        public string? Published { get; set; }

        public string Text { get; set; } = "";

        public double Score { get; set; }
    }
}
