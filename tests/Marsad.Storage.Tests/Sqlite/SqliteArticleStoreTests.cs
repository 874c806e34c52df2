using Dapper;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Marsad.Core.Documents;
using Marsad.Storage.Sqlite;
using Marsad.Testing;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage.Tests.Sqlite;

public sealed class SqliteArticleStoreTests
{
    public sealed class Open
    {
        [Fact]
        public void Should_create_the_schema_at_the_latest_version()
        {
            // Given an empty folder
            using var temp = new TempFolder();

            // When a store is opened in it
            using (SqliteArticleStore.Open(temp.Sub("data")))
            {
            }

            // Then the file holds every table, at the latest schema version, in WAL mode
            using var connection = Connect(temp.Sub("data"));
            connection.ExecuteScalar<int>("PRAGMA user_version").Should().Be(SchemaMigrations.Latest);
            connection.ExecuteScalar<string>("PRAGMA journal_mode").Should().Be("wal");
            connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table'").Should()
                .Contain(["articles", "entities", "quotes", "events", "inputs"]);
        }

        [Fact]
        public void Should_number_migration_scripts_from_one_without_gaps() =>
            SchemaMigrations.Scripts.Select(s => s.Version).Should().Equal(Enumerable.Range(1, SchemaMigrations.Scripts.Count));

        [Fact]
        public void Should_refuse_a_store_written_by_a_newer_schema()
        {
            // Given a store whose schema version is ahead of this code
            using var temp = new TempFolder();
            using (SqliteArticleStore.Open(temp.Path))
            {
            }
            using (var connection = Connect(temp.Path))
            {
                connection.Execute("PRAGMA user_version = 999");
            }

            // When it is opened
            var open = () => SqliteArticleStore.Open(temp.Path);

            // Then the user is told in one line, without damage
            open.Should().Throw<StoreException>().WithMessage("*schema version 999*upgrade marsad*");
        }

        [Fact]
        public void Should_refuse_a_file_that_is_not_a_database()
        {
            // Given a folder whose marsad.db is not SQLite
            using var temp = new TempFolder();
            File.WriteAllText(Path.Combine(temp.Path, SqliteArticleStore.FileName), new string('x', 4096));

            // When it is opened
            var open = () => SqliteArticleStore.Open(temp.Path);

            // Then it is a store error naming the file
            open.Should().Throw<StoreException>().WithMessage($"*{SqliteArticleStore.FileName}*");
        }
    }

    public sealed class WriteAsync
    {
        [Fact]
        public async Task Should_give_back_the_document_with_all_its_parts()
        {
            // Given a document with entities, a quote and an event
            using var temp = new TempFolder();
            using var store = SqliteArticleStore.Open(temp.Path);
            var document = SampleDocuments.Meeting();

            // When it is written and read back
            var written = await store.WriteAsync(SampleDocuments.Entries(document));
            var back = await store.GetArticleAsync(document.Id);

            // Then it is the same document, and its parts are rows with offsets
            written.Should().Be(new StoreWriteResult(1, 0, 0));
            back.Should().BeEquivalentTo(document);
            using var connection = Connect(temp.Path);
            connection.Query<(string, long, long)>("SELECT type, start_offset, end_offset FROM entities ORDER BY ordinal").Should()
                .Equal(("GPE", 22L, 27L), ("GPE", 51L, 56L));
            connection.QuerySingle<(string, string, string, long)>("SELECT plover, cameo, source_code, negated FROM events").Should()
                .Be(("CONSULT", "043", "RUSGOV", 0L));
            connection.QuerySingle<string>("SELECT published_from FROM articles").Should().Be("url");
        }

        [Fact]
        public async Task Should_store_nothing_new_when_the_same_documents_come_again()
        {
            // Given a store with a batch in it
            using var temp = new TempFolder();
            using var store = SqliteArticleStore.Open(temp.Path);
            Document[] batch = [SampleDocuments.Meeting(), SampleDocuments.Numbered(1), SampleDocuments.Numbered(2)];
            await store.WriteAsync(SampleDocuments.Entries(batch));
            var before = StoreRows.Dump(temp.Path, StoreRows.ArticleTables);

            // When the same batch is written again
            var again = await store.WriteAsync(SampleDocuments.Entries(batch));

            // Then every row is as it was
            again.Should().Be(new StoreWriteResult(0, 0, 3));
            StoreRows.Dump(temp.Path, StoreRows.ArticleTables).Should().Equal(before);
        }

        [Fact]
        public async Task Should_keep_the_copy_whose_input_sorts_first_whichever_comes_first()
        {
            // Given two inputs with the same text (same id) but different titles and no parts on the later one
            var first = SampleDocuments.Meeting("a/wire.txt", "العنوان الأول");
            var later = SampleDocuments.Meeting("b/copy.txt", "العنوان المنقول") with { Entities = [], Events = [], Quotes = [] };
            using var temp = new TempFolder();

            // When they are written in both orders into two stores
            using (var store = SqliteArticleStore.Open(temp.Sub("one")))
            {
                await store.WriteAsync(SampleDocuments.Entries(first));
                await store.WriteAsync(SampleDocuments.Entries(later));
            }
            StoreWriteResult replaced;
            using (var store = SqliteArticleStore.Open(temp.Sub("two")))
            {
                await store.WriteAsync(SampleDocuments.Entries(later));
                replaced = await store.WriteAsync(SampleDocuments.Entries(first));
            }

            // Then both stores hold the first input's row and parts, and both inputs are recorded
            replaced.Should().Be(new StoreWriteResult(0, 1, 0));
            var rows = StoreRows.Dump(temp.Sub("one"), StoreRows.ArticleTables);
            rows.Should().Equal(StoreRows.Dump(temp.Sub("two"), StoreRows.ArticleTables));
            rows.Should().Contain(r => r.StartsWith("articles|", StringComparison.Ordinal) && r.Contains("|a/wire.txt|", StringComparison.Ordinal));
            rows.Count(r => r.StartsWith("entities|", StringComparison.Ordinal)).Should().Be(2);
            rows.Count(r => r.StartsWith("inputs|", StringComparison.Ordinal)).Should().Be(2);
        }

        [Property(MaxTest = 15)]
        public Property Should_hold_the_same_rows_whatever_the_order_and_batching() =>
            Prop.ForAll(Arb.From(Gen.Choose(0, int.MaxValue)), seed =>
            {
                // Given documents, some sharing a text under different inputs
                List<Document> documents =
                [
                    .. Enumerable.Range(1, 12).Select(n => SampleDocuments.Numbered(n, n % 3 == 0 ? "Okaz" : "Al Riyadh")),
                    SampleDocuments.Numbered(4) with { Input = "mirror/0004.txt", Title = "منقول" },
                    SampleDocuments.Numbered(7) with { Input = "0-first/0007.txt" },
                    SampleDocuments.Meeting(),
                ];
                using var temp = new TempFolder();
                WriteAll(temp.Sub("sorted"), documents, batchSize: documents.Count);

                // When they are written shuffled, in random batches, some twice
                var random = new Random(seed);
                var shuffled = documents.Concat(documents.Take(random.Next(documents.Count))).OrderBy(_ => random.Next()).ToList();
                WriteAll(temp.Sub("shuffled"), shuffled, batchSize: random.Next(1, 6));

                // Then the two stores hold the same rows
                return StoreRows.Dump(temp.Sub("shuffled"), StoreRows.ArticleTables).SequenceEqual(StoreRows.Dump(temp.Sub("sorted"), StoreRows.ArticleTables));
            });

        private static void WriteAll(string folder, List<Document> documents, int batchSize)
        {
            using var store = SqliteArticleStore.Open(folder);
            foreach (var batch in documents.Chunk(batchSize))
            {
                store.WriteAsync(SampleDocuments.Entries(batch)).GetAwaiter().GetResult();
            }
        }
    }

    public sealed class HasInput
    {
        [Fact]
        public async Task Should_know_an_input_only_with_the_page_it_was_stored_from()
        {
            // Given a store with one document written from a page
            using var temp = new TempFolder();
            using var store = SqliteArticleStore.Open(temp.Path);
            await store.WriteAsync([new StoreEntry(SampleDocuments.Numbered(1), "fingerprint-1")]);

            // Then that input with that page is known; the same input with another page (an
            // edited file, another stdin) is not, nor is another input
            store.HasInput("series/0001.txt", "fingerprint-1").Should().BeTrue();
            store.HasInput("series/0001.txt", "fingerprint-2").Should().BeFalse();
            store.HasInput("series/0002.txt", "fingerprint-1").Should().BeFalse();
        }
    }

    public sealed class GetStatsAsync
    {
        [Fact]
        public async Task Should_count_articles_sources_parts_and_the_date_range()
        {
            // Given articles from two outlets over three days, one undated, one with parts
            using var temp = new TempFolder();
            using var store = SqliteArticleStore.Open(temp.Path);
            await store.WriteAsync(SampleDocuments.Entries(
            [
                SampleDocuments.Numbered(1, "Okaz", new DateOnly(2015, 7, 21)),
                SampleDocuments.Numbered(2, "Okaz", new DateOnly(2015, 8, 11)),
                SampleDocuments.Numbered(3, "Al Riyadh"),
                SampleDocuments.Meeting() with { Source = null, Published = new DateOnly(2015, 7, 30) },
            ]));

            // When the stats are read
            var stats = await store.GetStatsAsync();

            // Then they count what was stored
            stats.Should().BeEquivalentTo(new
            {
                Articles = 4L,
                Sources = 2L,
                Entities = 2L,
                Events = 1L,
                Stories = 0L,
                FirstDate = new DateOnly(2015, 7, 21),
                LastDate = new DateOnly(2015, 8, 11),
            });
            stats.Bytes.Should().BeGreaterThan(0);
        }

        [Fact]
        public async Task Should_have_no_dates_when_the_store_is_empty()
        {
            using var temp = new TempFolder();
            using var store = SqliteArticleStore.Open(temp.Path);

            var stats = await store.GetStatsAsync();

            stats.Articles.Should().Be(0);
            stats.FirstDate.Should().BeNull();
            stats.LastDate.Should().BeNull();
        }
    }

    private static SqliteConnection Connect(string folder)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(folder, SqliteArticleStore.FileName)};Pooling=False");
        connection.Open();
        return connection;
    }
}
