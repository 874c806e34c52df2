using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Marsad.Storage.Search;
using Marsad.Storage.Sqlite;
using LuceneArabic = Lucene.Net.Analysis.Ar.ArabicAnalyzer;
using MarsadAnalyzer = Marsad.Core.Language.ArabicAnalyzer;

namespace Marsad.Bench.SearchEval;

/// <summary>One article as the evaluation indexes it.</summary>
/// <param name="Id">Marsad's document id.</param>
/// <param name="Url">The corpus url.</param>
/// <param name="Title">The headline.</param>
/// <param name="Text">The article text.</param>
public sealed record EvalDoc(string Id, string? Url, string Title, string Text);

/// <summary>A search system under evaluation: a query in, article ids out, best first.</summary>
public interface ISearchSystem : IDisposable
{
    /// <summary>Its name in the tables.</summary>
    string Name { get; }

    /// <summary>The ids of the best <paramref name="k"/> articles for <paramref name="query"/>.</summary>
    IReadOnlyList<string> Search(string query, int k);
}

/// <summary>A query cut into words and "quoted phrases" (also «…» and “…”), as <see cref="FtsQuery"/> reads it.</summary>
public static class QueryParts
{
    /// <summary>The parts: (true, phrase) or (false, free words).</summary>
    public static List<(bool Phrase, string Text)> Split(string query)
    {
        var parts = new List<(bool, string)>();
        var i = 0;
        while (i < query.Length)
        {
            var close = query[i] switch { '"' => '"', '«' => '»', '“' => '”', _ => '\0' };
            var end = close == '\0' ? -1 : query.IndexOf(close, i + 1);
            if (end > i)
            {
                parts.Add((true, query[(i + 1)..end]));
                i = end + 1;
                continue;
            }
            var next = query.IndexOfAny(['"', '«', '“'], i + 1);
            next = next < 0 ? query.Length : next;
            parts.Add((false, query[i..next]));
            i = next;
        }
        return parts;
    }
}

/// <summary>Marsad's store: SQLite FTS5 over our own terms, through <see cref="SqliteArticleStore.SearchAsync"/> (snippets included).</summary>
public sealed class FtsSystem(SqliteArticleStore store) : ISearchSystem
{
    /// <inheritdoc/>
    public string Name => "fts5 (ours)";

    /// <inheritdoc/>
    public IReadOnlyList<string> Search(string query, int k) =>
        [.. store.SearchAsync(new SearchRequest { Query = query, Limit = k }).GetAwaiter().GetResult().Results.Select(r => r.Id)];

    /// <inheritdoc/>
    public void Dispose() => store.Dispose();
}

/// <summary>
/// A Lucene.Net 4.8 index (BM25, title boosted 3) over the same articles, in one of two readings:
/// Lucene's own <c>ArabicAnalyzer</c> (normalization, stopwords, light stemming), or Marsad's
/// terms (the stems and unstemmed names that FTS5 indexes, split on spaces). Queries have the
/// same meaning as in FTS5: every word (or phrase) must match, in the title or body (or, with
/// our terms, unstemmed in names).
/// </summary>
public sealed class LuceneSystem : ISearchSystem
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly FSDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Analyzer _analyzer;
    private readonly bool _ourTerms;
    private readonly bool _anyWord;

    private LuceneSystem(string name, FSDirectory directory, Analyzer analyzer, bool ourTerms, bool anyWord)
    {
        Name = name;
        _directory = directory;
        _analyzer = analyzer;
        _ourTerms = ourTerms;
        _anyWord = anyWord;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>How long building the index took.</summary>
    public TimeSpan BuildTime { get; private init; }

    /// <summary>Builds the index in <paramref name="folder"/> (emptied first).</summary>
    /// <param name="name">The system's name.</param>
    /// <param name="folder">Where the index goes.</param>
    /// <param name="docs">The articles.</param>
    /// <param name="ourTerms">Index Marsad's terms (whitespace analyzer) instead of Lucene's ArabicAnalyzer.</param>
    /// <param name="anyWord">Let any query word match (OR, ranked by BM25) instead of requiring all.</param>
    public static LuceneSystem Build(string name, string folder, IReadOnlyList<EvalDoc> docs, bool ourTerms, bool anyWord = false)
    {
        if (System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        var clock = Stopwatch.StartNew();
        var directory = FSDirectory.Open(folder);
        Analyzer analyzer = ourTerms ? new WhitespaceAnalyzer(Version) : new LuceneArabic(Version);
        var config = new IndexWriterConfig(Version, analyzer) { Similarity = new BM25Similarity(), OpenMode = OpenMode.CREATE };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var doc in docs)
            {
                var d = new Document { new StringField("id", doc.Id, Field.Store.YES) };
                if (ourTerms)
                {
                    var title = SearchTerms.Index(doc.Title);
                    var body = SearchTerms.Index(doc.Text);
                    d.Add(new TextField("title", title.Stems, Field.Store.NO));
                    d.Add(new TextField("body", body.Stems, Field.Store.NO));
                    d.Add(new TextField("names", title.Names + body.Names, Field.Store.NO));
                }
                else
                {
                    d.Add(new TextField("title", doc.Title, Field.Store.NO));
                    d.Add(new TextField("body", doc.Text, Field.Store.NO));
                }
                writer.AddDocument(d);
            }
            writer.ForceMerge(1);
            writer.Commit();
        }
        return new LuceneSystem(name, directory, analyzer, ourTerms, anyWord) { BuildTime = clock.Elapsed };
    }

    /// <inheritdoc/>
    public IReadOnlyList<string> Search(string query, int k)
    {
        var q = Parse(query);
        if (q.Clauses.Count == 0)
        {
            return [];
        }
        var top = _searcher.Search(q, k);
        return [.. top.ScoreDocs.Select(s => _searcher.Doc(s.Doc).Get("id"))];
    }

    private BooleanQuery Parse(string query)
    {
        var all = new BooleanQuery();
        var occur = _anyWord ? Occur.SHOULD : Occur.MUST;
        foreach (var (phrase, text) in QueryParts.Split(query))
        {
            // Each word (or phrase) as (title^3 OR body [OR names]): the same fields and weights as the FTS5 query.
            var words = Words(text);
            if (words.Count == 0)
            {
                continue;
            }
            if (phrase && words.Count > 1)
            {
                var either = new BooleanQuery();
                foreach (var (field, boost) in new[] { ("title", 3f), ("body", 1f) })
                {
                    var p = new PhraseQuery { Boost = boost };
                    foreach (var w in words)
                    {
                        p.Add(new Term(field, w.Stem), w.Position);
                    }
                    either.Add(p, Occur.SHOULD);
                }
                all.Add(either, occur);
                continue;
            }
            foreach (var w in words)
            {
                var either = new BooleanQuery
                {
                    { new TermQuery(new Term("title", w.Stem)) { Boost = 3f }, Occur.SHOULD },
                    { new TermQuery(new Term("body", w.Stem)), Occur.SHOULD },
                };
                if (_ourTerms)
                {
                    either.Add(new TermQuery(new Term("names", w.Norm)) { Boost = 1.5f }, Occur.SHOULD);
                }
                all.Add(either, occur);
            }
        }
        return all;
    }

    // The index terms of a piece of query text: Marsad's (stem, unstemmed) pairs, or Lucene's analyzed tokens.
    // Positions keep the gaps Lucene leaves for dropped stopwords, so phrases match as indexed.
    private List<(string Stem, string Norm, int Position)> Words(string text)
    {
        if (_ourTerms)
        {
            return [.. MarsadAnalyzer.Default.Analyze(text).Tokens.Select(SearchTerms.Term).OfType<(string Stem, string Norm)>().Select((t, i) => (t.Stem, t.Norm, i))];
        }
        var words = new List<(string, string, int)>();
        using var stream = _analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            words.Add((term.ToString(), term.ToString(), position));
        }
        stream.End();
        return words;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
