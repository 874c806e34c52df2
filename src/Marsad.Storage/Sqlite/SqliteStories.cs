using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
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
    /// <summary>
    /// Rebuilds every story and merged event from the stored articles, deterministically (document
    /// frequencies over all of them, then dated articles by date, undated ones after), and writes
    /// the clustering state the next incremental update resumes from; returns the number of stories.
    /// </summary>
    public static int Rebuild(SqliteConnection connection)
    {
        using var transaction = connection.BeginTransaction();
        var articles = LoadArticles(connection, transaction, afterRowid: 0);
        AddMissingFeatures(connection, transaction, articles);
        var frequencies = StoryClusterer.Frequencies(articles.Select(a => a.Article));
        var texts = articles.ToDictionary(a => a.RowId, a => a.Article.Text);
        var clusterer = new StoryClusterer(frequencies, learnFrequencies: false, [], [], [], key => Shingler.Shingles(texts[key]));
        var byId = articles.ToDictionary(a => a.Article.Id, StringComparer.Ordinal);
        var ordered = StoryClusterer.RebuildOrder(articles.Select(a => a.Article)).Select(a => byId[a.Id]).ToList();
        var stories = clusterer.PlaceAll(ordered.Select(a => a.Article).ToList(), ordered.Select(a => a.RowId).ToList());
        var placed = ordered.Select((a, k) => (a, stories[k])).ToList();
        connection.Execute(
            "DELETE FROM stories; DELETE FROM story_articles; DELETE FROM merged_events; DELETE FROM story_terms; DELETE FROM term_frequencies; DELETE FROM dirty_stories; DELETE FROM pending_frequencies;",
            transaction: transaction);
        Persist(connection, transaction, clusterer, placed, ChangedTerms(articles));
        SetState(connection, transaction, "stories_need_rebuild", 0);
        transaction.Commit();
        return clusterer.StoryCount;
    }

    /// <summary>
    /// Places the articles stored since the last update into the stories, in the order they were first
    /// stored (rowid order), resuming the persisted clustering state, and recomputes the summaries and
    /// merged events of the stories that changed (and of the dirty ones); all in one transaction. Rebuilds
    /// instead when the store has no clustering state yet (written before schema 4) or holds frequencies an
    /// earlier version's update during an ingest left pending (<c>pending_frequencies</c>, schema 5: a run of
    /// the removed <c>--stories-every</c> killed before its last update). Returns the number of stories.
    /// </summary>
    public static int Update(SqliteConnection connection)
    {
        if (GetState(connection, null, "stories_need_rebuild") != 0 || HasPendingFrequencies(connection))
        {
            return Rebuild(connection);
        }
        Timings.Mark("start");
        using var transaction = connection.BeginTransaction();
        var through = GetState(connection, transaction, "placed_through");
        var unplaced = connection.ExecuteScalar<long>("SELECT EXISTS (SELECT 1 FROM articles WHERE rowid > @through)", new { through }, transaction) != 0;
        var dirty = connection.Query<string>("SELECT story_id FROM dirty_stories", transaction: transaction).ToList();
        if (!unplaced && dirty.Count == 0)
        {
            return connection.ExecuteScalar<int>("SELECT count(*) FROM stories", transaction: transaction);
        }
        var state = Load(connection, transaction, through);
        Timings.Mark("load");
        var clusterer = state.Clusterer;
        var (placed, changedTerms) = PlaceStreamed(clusterer, connection, transaction, through, state);
        Timings.Mark("place");
        var dirtyNumbers = dirty.Where(state.StoryNumbers.ContainsKey).Select(id => state.StoryNumbers[id]);
        Persist(connection, transaction, clusterer, placed, changedTerms, dirtyNumbers);
        transaction.Commit();
        Timings.Mark("commit");
        return clusterer.StoryCount;
    }

    // Reads the persisted clustering state: frequencies, story snapshots, term index and placed signatures.
    private static ClusteringState Load(SqliteConnection connection, SqliteTransaction transaction, long through)
    {
        var frequencies = new DocumentFrequencies(
            connection.Query<(long Term, int Documents)>("SELECT term, documents FROM term_frequencies", transaction: transaction)
                .Select(r => KeyValuePair.Create((ulong)r.Term, r.Documents)),
            (int)GetState(connection, transaction, "frequency_documents"));
        var snapshots = connection.Query<StoryStateRow>(
            "SELECT id AS Id, title AS Title, first_date AS FirstDate, last_date AS LastDate, article_count AS ArticleCount, centroid AS Centroid, actors AS Actors, event_keys AS EventKeys FROM stories ORDER BY ordinal",
            transaction: transaction).Select(r => r.ToSnapshot()).ToList();
        var storyNumbers = snapshots.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var terms = connection.Query<(long Term, int Story)>("SELECT term, story_ordinal FROM story_terms", transaction: transaction)
            .Select(r => ((ulong)r.Term, r.Story));
        var placedSignatures = connection.Query<(long RowId, byte[] Signature, string StoryId)>(
            """
            SELECT f.article_rowid, f.signature, sa.story_id
            FROM article_features f JOIN articles a ON a.rowid = f.article_rowid JOIN story_articles sa ON sa.article_id = a.id
            WHERE f.signature IS NOT NULL AND f.article_rowid <= @through
            ORDER BY f.article_rowid
            """, new { through }, transaction).Select(r => (r.RowId, PreparedDocument.ReadSignature(r.Signature), storyNumbers[r.StoryId]));
        // Exact verification of a near-duplicate candidate reads its text from the store: only candidates are read.
        var state = new ClusteringState(storyNumbers, connection, transaction);
        state.Clusterer = new StoryClusterer(frequencies, learnFrequencies: true, snapshots, terms, placedSignatures, state.ShinglesOf);
        return state;
    }

    /// <summary>
    /// The clustering state an update resumes from the store, and what its threads share while it places: the
    /// connection (under <see cref="Gate"/>) and the texts of the articles this update read.
    /// </summary>
    private sealed class ClusteringState(Dictionary<string, int> storyNumbers, SqliteConnection connection, SqliteTransaction transaction)
    {
        private readonly ConcurrentDictionary<long, string> _newTexts = [];

        /// <summary>The clusterer, resumed from the store.</summary>
        public StoryClusterer Clusterer { get; set; } = null!;

        /// <summary>Story id → story number, for the stories stored before this update.</summary>
        public Dictionary<string, int> StoryNumbers { get; } = storyNumbers;

        /// <summary>Held by whoever uses the connection during an update: the reader of the new articles and the placing thread.</summary>
        public object Gate { get; } = new();

        /// <summary>Records the text of an article of this update, read before it is placed.</summary>
        public void AddText(long rowid, string text) => _newTexts[rowid] = text;

        /// <summary>The shingles of an article by rowid: this update's articles from memory, earlier ones from the store.</summary>
        public ulong[]? ShinglesOf(long rowid)
        {
            if (_newTexts.TryGetValue(rowid, out var text))
            {
                return Shingler.Shingles(text);
            }
            string? stored;
            lock (Gate)
            {
                stored = connection.QuerySingleOrDefault<string?>("SELECT text FROM articles WHERE rowid = @rowid", new { rowid }, transaction);
            }
            return stored is null ? null : Shingler.Shingles(stored);
        }
    }

    // Places the articles stored after rowid `through` in rowid order while they are read: a task reads them in
    // chunks on the connection (and stores any missing features) while this thread places the chunks read before,
    // so reading them no longer comes before placing. The connection is used under the state's gate (the
    // placing thread reads the text of an earlier update's near-duplicate candidate).
    private static (List<(LoadedArticle Article, int Story)> Placed, HashSet<ulong> Terms) PlaceStreamed(
        StoryClusterer clusterer, SqliteConnection connection, SqliteTransaction transaction, long through, ClusteringState state)
    {
        using var chunks = new BlockingCollection<List<LoadedArticle>>(boundedCapacity: 16);
        using var stop = new CancellationTokenSource();
        var reading = Task.Run(() =>
        {
            try
            {
                for (var after = through; ;)
                {
                    List<LoadedArticle> chunk;
                    lock (state.Gate)
                    {
                        chunk = LoadArticles(connection, transaction, after, PlaceChunk);
                        AddMissingFeatures(connection, transaction, chunk);
                    }
                    if (chunk.Count == 0)
                    {
                        break;
                    }
                    foreach (var article in chunk)
                    {
                        state.AddText(article.RowId, article.Article.Text);
                    }
                    chunks.Add(chunk, stop.Token);
                    after = chunk[^1].RowId;
                }
            }
            finally
            {
                chunks.CompleteAdding();
            }
        });
        (List<(LoadedArticle Article, int Story)> Placed, HashSet<ulong> Terms) result;
        try
        {
            result = PlaceInOrder(clusterer, chunks.GetConsumingEnumerable());
        }
        catch
        {
            // The reader must be off the connection before the transaction is rolled back.
            stop.Cancel();
            try
            {
                reading.Wait();
            }
            catch (AggregateException)
            {
                // The placing's failure is the one to report.
            }
            throw;
        }
        reading.GetAwaiter().GetResult();
        return result;
    }

    // Places the articles in order. Only the placing is sequential: counting an article's key terms reads
    // nothing but its text, so the next chunk's are counted on the other cores while this chunk is placed.
    // Also returns the key terms of the articles in article order, as ChangedTerms gives them.
    private static (List<(LoadedArticle Article, int Story)> Placed, HashSet<ulong> Terms) PlaceInOrder(StoryClusterer clusterer, IEnumerable<List<LoadedArticle>> chunks)
    {
        var placed = new List<(LoadedArticle Article, int Story)>();
        var terms = new HashSet<ulong>();
        static Task<KeyValuePair<ulong, int>[][]> Count(List<LoadedArticle> chunk) =>
            Task.Run(() => chunk.AsParallel().AsOrdered().Select(a => KeyTerms.CountTerms(a.Article.Title, a.Article.Text)).ToArray());
        using var source = chunks.GetEnumerator();
        var (chunk, next) = source.MoveNext() ? (source.Current, Count(source.Current)) : (null, null);
        while (chunk is not null)
        {
            var counts = next!.GetAwaiter().GetResult();
            var current = chunk;
            (chunk, next) = source.MoveNext() ? (source.Current, Count(source.Current)) : (null, null);
            var counted = new List<StoryArticle>(counts.Length);
            for (var k = 0; k < counts.Length; k++)
            {
                foreach (var (term, _) in counts[k])
                {
                    terms.Add(term);
                }
                counted.Add(current[k].Article with { TermCounts = counts[k] });
            }
            var stories = clusterer.PlaceAll(counted, current.Select(a => a.RowId).ToList());
            // Kept without their counts (≈ 70 MB on the whole corpus): the summaries count the terms again.
            for (var k = 0; k < current.Count; k++)
            {
                placed.Add((current[k], stories[k]));
            }
        }
        return (placed, terms);
    }

    // Articles whose key terms are counted in one parallel step, ahead of their placing.
    private const int PlaceChunk = 256;

    // The key terms of the articles, in article order (so the set, and the order its rows are written in, are
    // what a sequential pass gives), computed on all cores.
    private static HashSet<ulong> ChangedTerms(List<LoadedArticle> articles)
    {
        var terms = new HashSet<ulong>();
        foreach (var distinct in articles.AsParallel().AsOrdered().Select(a => KeyTerms.Distinct(a.Article.Title, a.Article.Text)))
        {
            terms.UnionWith(distinct);
        }
        return terms;
    }

    // Phase times of an update on stderr when MARSAD_TIMINGS=1: how the figures in docs/stories.md were taken.
    private static class Timings
    {
        private static readonly bool Enabled = Environment.GetEnvironmentVariable("MARSAD_TIMINGS") == "1";
        private static readonly System.Diagnostics.Stopwatch Clock = System.Diagnostics.Stopwatch.StartNew();
        private static TimeSpan _last;
        private static TimeSpan _lastCpu;

        public static void Mark(string phase)
        {
            if (!Enabled)
            {
                return;
            }
            // CPU time too: on a machine shared with other jobs, wall time mostly measures the others.
            var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            Console.Error.WriteLine(FormattableString.Invariant($"marsad: timings: stories {phase} {(Clock.Elapsed - _last).TotalSeconds:F2} s wall, {(cpu - _lastCpu).TotalSeconds:F2} s CPU"));
            (_last, _lastCpu) = (Clock.Elapsed, cpu);
        }
    }

    // Writes what placing articles changed: the stories touched (state, articles, summary, merged events),
    // new term-index entries, document frequencies of the given terms, and how far articles are placed.
    private static void Persist(
        SqliteConnection connection,
        SqliteTransaction transaction,
        StoryClusterer clusterer,
        List<(LoadedArticle Article, int Story)> placed,
        HashSet<ulong> changedTerms,
        IEnumerable<int>? dirty = null)
    {
        var newByStory = placed.ToLookup(p => p.Story, p => p.Article);
        // Every touched or dirty story is summarized again.
        var recompute = new SortedSet<int>(dirty ?? []);
        recompute.UnionWith(clusterer.Touched);
        var frequencies = clusterer.CurrentFrequencies;
        // Each story's summary and merged events depend only on its articles and on the frequencies (final here):
        // they are computed on all cores while this thread writes the stories' state, then written in story order,
        // so the rows are the same, written in the same order, as one story after another would give. The articles
        // placed now are in memory (text, leads, counted terms, the stored document of those with events); only the
        // members stored before this update are read, before the new members are written.
        var computing = StartSummaries(connection, transaction, clusterer, recompute, newByStory, frequencies);
        // One compiled statement each for all the touched stories (a fresh ingest touches every story),
        // run in the same order as before: story row, then its new members.
        using var upsertStory = new SqliteStatement(connection, """
            INSERT INTO stories (id, ordinal, title, first_date, last_date, summary, article_count, centroid, actors, event_keys)
            VALUES (@Id, @Ordinal, @Title, @FirstDate, @LastDate, '', @ArticleCount, @Centroid, @Actors, @EventKeys)
            ON CONFLICT (id) DO UPDATE SET first_date = excluded.first_date, last_date = excluded.last_date,
                article_count = excluded.article_count, centroid = excluded.centroid, actors = excluded.actors, event_keys = excluded.event_keys
            """);
        using var insertMember = new SqliteStatement(connection, "INSERT INTO story_articles (article_id, story_id, ordinal) VALUES (@ArticleId, @StoryId, @Ordinal)");
        upsertStory.Command.Transaction = insertMember.Command.Transaction = transaction;
        foreach (var story in clusterer.Touched)
        {
            var snapshot = clusterer.Snapshot(story);
            var fresh = newByStory[story].ToList();
            upsertStory.Execute(
                snapshot.Id,
                story,
                snapshot.Title,
                Iso(snapshot.FirstDate),
                Iso(snapshot.LastDate),
                snapshot.ArticleCount,
                snapshot.Centroid.ToBytes(),
                string.Join('\n', snapshot.Actors),
                string.Join('\n', snapshot.EventKeys));
            for (var i = 0; i < fresh.Count; i++)
            {
                insertMember.Execute(fresh[i].Article.Id, snapshot.Id, snapshot.ArticleCount - fresh.Count + i);
            }
        }
        connection.Execute(
            "INSERT INTO story_terms (term, story_ordinal) VALUES (@Term, @Story)",
            clusterer.NewTermEntries.Select(e => new { Term = (long)e.Term, e.Story }),
            transaction);
        connection.Execute(
            "INSERT OR REPLACE INTO term_frequencies (term, documents) VALUES (@Term, @Documents)",
            changedTerms.Select(t => new { Term = (long)t, Documents = frequencies.Frequency(t) }),
            transaction);
        SetState(connection, transaction, "frequency_documents", frequencies.Documents);
        connection.Execute("DELETE FROM dirty_stories", transaction: transaction);
        if (placed.Count > 0)
        {
            SetState(connection, transaction, "placed_through", placed.Max(p => p.Article.RowId));
        }
        Timings.Mark("persist");
        using var writer = new SummaryWriter(connection, transaction);
        foreach (var chunk in computing)
        {
            writer.Write(chunk);
        }
        Timings.Mark("summaries");
    }

    // Starts computing the summaries and merged events of the given stories, in chunks of SummaryChunk stories, in
    // story order, on the thread pool (chunks run two at a time on two cores, each one story after another); returns
    // the chunks' tasks in story order. Reads now, on this thread, what is not in memory: the members of the stories
    // that had articles before this update.
    private static List<Task<List<SummaryOutput>>> StartSummaries(
        SqliteConnection connection,
        SqliteTransaction transaction,
        StoryClusterer clusterer,
        SortedSet<int> recompute,
        ILookup<int, LoadedArticle> newByStory,
        DocumentFrequencies frequencies)
    {
        var inputs = new List<SummaryInput>(recompute.Count);
        foreach (var story in recompute)
        {
            var snapshot = clusterer.Snapshot(story);
            var fresh = newByStory[story].ToList();
            var members = new List<SummaryMember>(snapshot.ArticleCount);
            if (snapshot.ArticleCount > fresh.Count)
            {
                members.AddRange(ReadStoredMembers(connection, transaction, snapshot.Id));
            }
            members.AddRange(fresh.Select(a => new SummaryMember(a.Article, a.Reports)));
            inputs.Add(new SummaryInput(snapshot, members));
        }
        return inputs.Chunk(SummaryChunk)
            .Select(chunk => Task.Run(() => chunk.Select(input => ComputeSummary(input, frequencies)).ToList()))
            .ToList();
    }

    // Stories summarized per parallel step: bounds the article texts held at once.
    private const int SummaryChunk = 64;

    // One story's articles, as its summary and merged events are computed from them, in story order.
    private sealed record SummaryInput(StorySnapshot Snapshot, List<SummaryMember> Members);

    // An article of a story and, when it has events, its stored document (the merger reads the events from it).
    private sealed record SummaryMember(StoryArticle Article, IReadOnlyList<ReportedEvent>? Reports);

    private sealed record SummaryOutput(string StoryId, string Summary, List<object> MergedEvents);

    // A story's members as stored (before this update's new members are written), in story order.
    private static IEnumerable<SummaryMember> ReadStoredMembers(SqliteConnection connection, SqliteTransaction transaction, string storyId) =>
        connection.Query<SummaryRow>(
            """
            SELECT a.id AS Id, a.title AS Title, a.text AS Text, a.published AS Published, a.source AS Source, f.leads AS Leads,
                   CASE WHEN EXISTS (SELECT 1 FROM events v WHERE v.article_id = a.id) THEN CAST(a.document AS BLOB) END AS Document
            FROM story_articles sa JOIN articles a ON a.id = sa.article_id LEFT JOIN article_features f ON f.article_rowid = a.rowid
            WHERE sa.story_id = @storyId ORDER BY sa.ordinal
            """, new { storyId }, transaction).Select(r => new SummaryMember(
            new StoryArticle
            {
                Id = r.Id,
                Title = r.Title,
                Text = r.Text,
                Date = Date(r.Published),
                Source = r.Source,
                Leads = r.Leads is null ? null : PreparedDocument.ReadLeads(r.Leads, r.Text),
            },
            r.Document is null ? null : Reports(r.Document))).ToList();

    // The events of a stored document as the merger takes them, read from the JSON's UTF-8 bytes (the document
    // PreparedDocument.ReadDocument gives): read when the article is, so only the events are held, not the JSON.
    private static List<ReportedEvent> Reports(byte[] json)
    {
        // The events do not depend on the text (which stores before schema 4 also kept in the JSON).
        var document = System.Text.Json.JsonSerializer.Deserialize<Document>(json, DocumentJson.Options)!;
        return document.Events.Select(e => new ReportedEvent(document.Id, document.Source, document.Published, e)).ToList();
    }

    // Recomputes one story's summary and merged events from its articles. Pure: safe on any thread.
    private static SummaryOutput ComputeSummary(SummaryInput input, DocumentFrequencies frequencies)
    {
        var (snapshot, members) = (input.Snapshot, input.Members);
        // The events of the articles that have some, read with the articles.
        var reports = members.Where(m => m.Reports is not null).SelectMany(m => m.Reports!);
        var articles = members.Select(m => m.Article).ToList();
        var story = new Story(snapshot.Id, snapshot.Title, snapshot.FirstDate, snapshot.LastDate, articles.Select(a => a.Id).ToList());
        return new SummaryOutput(snapshot.Id, StorySummarizer.Summarize(articles, frequencies), EventMerger.Merge(story, reports).Select(MergedEventRow.From).ToList());
    }

    // Writes computed summaries and merged events, story after story, in story order; the summary update and the
    // delete of the old merged events are compiled once for all the stories (a fresh ingest recomputes every story).
    private sealed class SummaryWriter : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteTransaction _transaction;
        private readonly SqliteStatement _summary;
        private readonly SqliteStatement _deleteEvents;

        public SummaryWriter(SqliteConnection connection, SqliteTransaction transaction)
        {
            (_connection, _transaction) = (connection, transaction);
            _summary = new SqliteStatement(connection, "UPDATE stories SET summary = @Summary WHERE id = @Id");
            _deleteEvents = new SqliteStatement(connection, "DELETE FROM merged_events WHERE story_id = @Id");
            _summary.Command.Transaction = _deleteEvents.Command.Transaction = transaction;
        }

        public void Write(Task<List<SummaryOutput>> computing)
        {
            foreach (var output in computing.GetAwaiter().GetResult())
            {
                Write(output);
            }
        }

        public void Dispose()
        {
            _summary.Dispose();
            _deleteEvents.Dispose();
        }

        private void Write(SummaryOutput output)
        {
            _summary.Execute(output.Summary, output.StoryId);
            _deleteEvents.Execute(output.StoryId);
            if (output.MergedEvents.Count == 0)
            {
                return;
            }
            _connection.Execute(
                """
                INSERT INTO merged_events (id, story_id, date, source_text, source_name, source_country, source_code,
                    target_text, target_name, target_country, target_code, plover, cameo, quad_class, goldstein, negated,
                    location_name, location_country, lat, lon, num_articles, num_sources, first_seen, example_sentence,
                    evidence_article, evidence_start, evidence_end, article_ids, trigger, trigger_start, trigger_end)
                VALUES (@Id, @StoryId, @Date, @SourceText, @SourceName, @SourceCountry, @SourceCode,
                    @TargetText, @TargetName, @TargetCountry, @TargetCode, @Plover, @Cameo, @QuadClass, @Goldstein, @Negated,
                    @LocationName, @LocationCountry, @Lat, @Lon, @NumArticles, @NumSources, @FirstSeen, @ExampleSentence,
                    @EvidenceArticle, @EvidenceStart, @EvidenceEnd, @ArticleIds, @Trigger, @TriggerStart, @TriggerEnd)
                """,
                output.MergedEvents,
                _transaction);
        }
    }

    // The articles stored after rowid afterRowid, in rowid order (at most limit of them; -1: all), with their actors,
    // event keys and stored features.
    private static List<LoadedArticle> LoadArticles(SqliteConnection connection, SqliteTransaction transaction, long afterRowid, int limit = -1)
    {
        var rows = connection.Query<ArticleRow>(
            """
            SELECT a.rowid AS RowId, a.id AS Id, a.title AS Title, a.text AS Text, a.published AS Published, a.source AS Source,
                   f.article_rowid IS NOT NULL AS HasFeatures, f.signature AS Signature, f.leads AS Leads,
                   CASE WHEN EXISTS (SELECT 1 FROM events v WHERE v.article_id = a.id) THEN CAST(a.document AS BLOB) END AS Document
            FROM articles a LEFT JOIN article_features f ON f.article_rowid = a.rowid
            WHERE a.rowid > @afterRowid ORDER BY a.rowid LIMIT @limit
            """, new { afterRowid, limit }, transaction).ToList();
        if (rows.Count == 0)
        {
            return [];
        }
        var lastRowid = rows[^1].RowId;
        var actors = connection.Query<(string ArticleId, string Key)>(
            """
            SELECT e.article_id, coalesce(e.wikidata_id, e.code, e.country) FROM entities e JOIN articles a ON a.id = e.article_id
            WHERE a.rowid > @afterRowid AND a.rowid <= @lastRowid AND coalesce(e.wikidata_id, e.code, e.country) IS NOT NULL
            """, new { afterRowid, lastRowid }, transaction).ToLookup(r => r.ArticleId, r => r.Key, StringComparer.Ordinal);
        var events = connection.Query<(string ArticleId, string Key)>(
            """
            SELECT v.article_id, coalesce(v.source_code, '') || '|' || coalesce(v.target_code, '') || '|' || v.plover FROM events v JOIN articles a ON a.id = v.article_id
            WHERE a.rowid > @afterRowid AND a.rowid <= @lastRowid
            """, new { afterRowid, lastRowid }, transaction).ToLookup(r => r.ArticleId, r => r.Key, StringComparer.Ordinal);
        return rows.Select(r => new LoadedArticle(r.RowId, r.HasFeatures, r.Document is null ? null : Reports(r.Document), new StoryArticle
        {
            Id = r.Id,
            Title = r.Title,
            Text = r.Text,
            Date = Date(r.Published),
            Source = r.Source,
            Actors = actors[r.Id].Distinct(StringComparer.Ordinal).ToList(),
            EventKeys = events[r.Id].Distinct(StringComparer.Ordinal).ToList(),
            Signature = r.HasFeatures ? PreparedDocument.ReadSignature(r.Signature) : null,
            Leads = r.HasFeatures ? PreparedDocument.ReadLeads(r.Leads ?? "", r.Text) : null,
        })).ToList();
    }

    // Articles stored before schema 4 have no features: computed once, on all cores, and stored.
    private static void AddMissingFeatures(SqliteConnection connection, SqliteTransaction transaction, List<LoadedArticle> articles)
    {
        var missing = articles.Select((a, i) => (a, i)).Where(p => !p.a.HasFeatures).ToList();
        var prepared = missing.AsParallel().AsOrdered()
            .Select(p => (p.i, Features: PreparedDocument.Features(p.a.Article.Text)))
            .ToList();
        foreach (var (i, features) in prepared)
        {
            var a = articles[i];
            connection.Execute(
                "INSERT OR REPLACE INTO article_features (article_rowid, signature, leads) VALUES (@RowId, @Signature, @Leads)",
                new { a.RowId, features.Signature, features.Leads }, transaction);
            articles[i] = a with
            {
                HasFeatures = true,
                Article = a.Article with
                {
                    Signature = PreparedDocument.ReadSignature(features.Signature),
                    Leads = PreparedDocument.ReadLeads(features.Leads, a.Article.Text),
                },
            };
        }
    }

    // Schema 5's table, which only the removed updates during an ingest (--stories-every) wrote.
    private static bool HasPendingFrequencies(SqliteConnection connection) =>
        connection.ExecuteScalar<long>("SELECT EXISTS (SELECT 1 FROM pending_frequencies)") != 0;

    private static long GetState(SqliteConnection connection, SqliteTransaction? transaction, string key) =>
        connection.ExecuteScalar<long?>("SELECT value FROM store_state WHERE key = @key", new { key }, transaction) ?? 0;

    private static void SetState(SqliteConnection connection, SqliteTransaction transaction, string key, long value) =>
        connection.Execute("INSERT OR REPLACE INTO store_state (key, value) VALUES (@key, @value)", new { key, value }, transaction);

    /// <summary>Every stored story, in founding order.</summary>
    public static IReadOnlyList<StoredStory> List(SqliteConnection connection, string? storyId = null) => storyId is null
        ? Load(connection, null, "s.ordinal", null)
        : Load(connection, "SELECT @storyId", "s.ordinal", new { storyId });

    /// <summary>The stories that last had news, newest first (undated last, then by id): <paramref name="limit"/> after <paramref name="offset"/>.</summary>
    public static IReadOnlyList<StoredStory> Recent(SqliteConnection connection, int offset, int limit) => Load(
        connection,
        "SELECT id FROM stories ORDER BY last_date IS NULL, last_date DESC, id LIMIT @limit OFFSET @offset",
        "s.last_date IS NULL, s.last_date DESC, s.id",
        new { offset, limit });

    /// <summary>The actors most often source or target of a merged event, keyed as <see cref="EventFilter.Actor"/> takes them.</summary>
    public static IReadOnlyList<ActorCount> TopActors(SqliteConnection connection, int limit) => connection.Query<(string Key, string Name, long Events)>(
        """
        WITH sides AS (
            SELECT coalesce(source_code, source_country, source_name) AS key, coalesce(source_name, source_text) AS name FROM merged_events
            UNION ALL
            SELECT coalesce(target_code, target_country, target_name), coalesce(target_name, target_text) FROM merged_events)
        SELECT key, min(name), count(*) AS n FROM sides WHERE key IS NOT NULL
        GROUP BY key COLLATE NOCASE ORDER BY n DESC, key LIMIT @limit
        """,
        new { limit }).Select(r => new ActorCount(r.Key, r.Name ?? r.Key, (int)r.Events)).ToList();

    // The stories whose ids `chosen` selects (every story when null), in `order`, with their articles and event ids.
    private static List<StoredStory> Load(SqliteConnection connection, string? chosen, string order, object? parameters)
    {
        var with = chosen is null ? "" : $"WITH chosen AS ({chosen}) ";
        var stories = connection.Query<StoryRow>(
            $"{with}SELECT s.id AS Id, s.title AS Title, s.first_date AS FirstDate, s.last_date AS LastDate, s.summary AS Summary FROM stories s{(chosen is null ? "" : " WHERE s.id IN chosen")} ORDER BY {order}",
            parameters).ToList();
        var articles = connection.Query<StoryArticleRow>(
            $"""
            {with}SELECT sa.story_id AS StoryId, a.id AS Id, a.input AS Input, a.title AS Title, a.source AS Source, a.published AS Published
            FROM story_articles sa JOIN articles a ON a.id = sa.article_id
            {(chosen is null ? "" : "WHERE sa.story_id IN chosen")}
            ORDER BY sa.story_id, sa.ordinal
            """, parameters).ToLookup(r => r.StoryId, StringComparer.Ordinal);
        var events = connection.Query<(string StoryId, string Id)>(
            $"{with}SELECT story_id, id FROM merged_events {(chosen is null ? "" : "WHERE story_id IN chosen")} ORDER BY story_id, date IS NULL, date, id", parameters)
            .ToLookup(r => r.StoryId, r => r.Id, StringComparer.Ordinal);
        return [.. stories.Select(s => new StoredStory(
            s.Id, s.Title, Date(s.FirstDate), Date(s.LastDate), s.Summary,
            articles[s.Id].Select(a => new StoryArticleRef(a.Id, a.Input, a.Title, a.Source, Date(a.Published))).ToList(),
            events[s.Id].ToList()))];
    }

    /// <summary>The merged events that pass <paramref name="filter"/>, by date.</summary>
    public static IReadOnlyList<MergedEvent> Events(SqliteConnection connection, EventFilter filter)
    {
        // The actor filters are narrowed in SQL to rows that may match, then decided exactly by EventFilter.Matches:
        // a busy store hands over the events of one actor, not all of them.
        var actor = filter.Actor is { } a ? Side("source", "@actor") + (filter.Target is null ? " OR " + Side("target", "@actor") : "") : "1";
        var target = filter.Target is null ? "1" : Side("target", "@target");
        var rows = connection.Query<MergedEventRow>(
            $"""
            SELECT * FROM merged_events
            WHERE (@from IS NULL OR date >= @from) AND (@to IS NULL OR date <= @to) AND (@story IS NULL OR story_id = @story)
              AND ({actor}) AND ({target})
            ORDER BY date IS NULL, date, id
            """,
            new
            {
                from = Iso(filter.From),
                to = Iso(filter.To),
                story = filter.StoryId,
                actor = filter.Actor,
                actorLength = filter.Actor?.Length,
                actorWide = filter.Actor is { } x && !Ascii.IsValid(x),
                target = filter.Target,
                targetLength = filter.Target?.Length,
                targetWide = filter.Target is { } y && !Ascii.IsValid(y),
            });
        return rows.Select(r => r.ToMergedEvent()).Where(filter.Matches).ToList();
    }

    // Rows whose code, country or name may equal the key ignoring case (Timeline.Matches, OrdinalIgnoreCase): equal under
    // SQLite's NOCASE, which folds ASCII only, or, where a letter outside ASCII takes part (Ğ is ğ to .NET, not to NOCASE),
    // of the key's length. A superset of the matches, never fewer.
    private static string Side(string side, string key)
    {
        var parts = new[] { "code", "country", "name" }.Select(c =>
            $"{side}_{c} = {key} COLLATE NOCASE OR (length({side}_{c}) = {key}Length AND ({key}Wide OR {side}_{c} GLOB '*[^ -~]*'))");
        return string.Join(" OR ", parts);
    }

    /// <summary>True when articles changed since stories were last built.</summary>
    public static bool AreStale(SqliteConnection connection) =>
        connection.ExecuteScalar<long>("SELECT value FROM store_state WHERE key = 'stories_stale'") != 0;

    /// <summary>The id of the story an article belongs to, or null.</summary>
    public static string? StoryOf(SqliteConnection connection, string articleId) =>
        connection.QuerySingleOrDefault<string?>("SELECT story_id FROM story_articles WHERE article_id = @articleId", new { articleId });

    internal static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static DateOnly? Date(string? iso) => iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // An article to place; Reports are the events of its stored document when it has some (its story's merged events).
    private sealed record LoadedArticle(long RowId, bool HasFeatures, IReadOnlyList<ReportedEvent>? Reports, StoryArticle Article);

    // Settable properties, not constructors: SQLite reports an all-null column's type as BLOB, which breaks constructor matching.
    private sealed class StoryRow
    {
        public string Id { get; set; } = "";

        public string Title { get; set; } = "";

        public string? FirstDate { get; set; }

        public string? LastDate { get; set; }

        public string Summary { get; set; } = "";
    }

    private sealed class ArticleRow
    {
        public long RowId { get; set; }

        public string Id { get; set; } = "";

        public string Title { get; set; } = "";

        public string Text { get; set; } = "";

        public string? Published { get; set; }

        public string? Source { get; set; }

        public bool HasFeatures { get; set; }

        public byte[]? Signature { get; set; }

        public string? Leads { get; set; }

        public byte[]? Document { get; set; }
    }

    private sealed class SummaryRow
    {
        public string Id { get; set; } = "";

        public string Title { get; set; } = "";

        public string Text { get; set; } = "";

        public string? Published { get; set; }

        public string? Source { get; set; }

        public byte[]? Document { get; set; }

        public string? Leads { get; set; }
    }

    private sealed class StoryStateRow
    {
        public string Id { get; set; } = "";

        public string Title { get; set; } = "";

        public string? FirstDate { get; set; }

        public string? LastDate { get; set; }

        public long ArticleCount { get; set; }

        public byte[]? Centroid { get; set; }

        public string Actors { get; set; } = "";

        public string EventKeys { get; set; } = "";

        public StorySnapshot ToSnapshot() => new(
            Id, Title, Date(FirstDate), Date(LastDate), (int)ArticleCount,
            Centroid is null ? TermVector.Empty : TermVector.FromBytes(Centroid),
            Actors.Split('\n', StringSplitOptions.RemoveEmptyEntries),
            EventKeys.Split('\n', StringSplitOptions.RemoveEmptyEntries));
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
