using Marsad.Core.Language;

namespace Marsad.Storage.Search;

/// <summary>
/// A user's query read by the Language stage and written as an SQLite FTS5 MATCH
/// expression over the index's columns (title and body hold stems, names holds
/// unstemmed words):
/// <list type="bullet">
/// <item>a word matches its stem in the title or body, or its unstemmed form in names;</item>
/// <item>a "quoted phrase" (or «phrase») matches its stems in that order in the title or body;</item>
/// <item>every word and phrase must match (AND); stopwords and punctuation are dropped;</item>
/// <item>ranking only: a word in the title counts once more as a title term, and words typed together
/// score higher where they stand together; neither changes which articles match.</item>
/// </list>
/// </summary>
public sealed class FtsQuery
{
    private FtsQuery(string? match, string? rank, IReadOnlySet<string> stems) => (Match, Rank, Stems) = (match, rank, stems);

    /// <summary>The MATCH expression that selects the matching articles, or null when the query has no searchable word.</summary>
    public string? Match { get; }

    /// <summary>
    /// A MATCH expression that selects the same articles as <see cref="Match"/> with more phrases for BM25 to score
    /// (title hits, adjacent words); dearer to evaluate, so counting uses <see cref="Match"/>.
    /// </summary>
    public string? Rank { get; }

    /// <summary>The stems of the query's words, for highlighting.</summary>
    public IReadOnlySet<string> Stems { get; }

    /// <summary>Reads a user's query.</summary>
    public static FtsQuery Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = new List<string>();
        var stems = new HashSet<string>(StringComparer.Ordinal);
        var ranked = new List<string>();
        var adjacent = new List<string>();
        var i = 0;
        while (i < query.Length)
        {
            var close = query[i] switch { '"' => '"', '«' => '»', '“' => '”', _ => '\0' };
            var end = close == '\0' ? -1 : query.IndexOf(close, i + 1);
            if (end > i)
            {
                var terms = Terms(query[(i + 1)..end]);
                if (terms.Count > 0)
                {
                    parts.Add("{title body} : \"" + string.Join(' ', terms.Select(t => Escape(t.Stem))) + "\"");
                    ranked.Add(parts[^1]);
                    stems.UnionWith(terms.Select(t => t.Stem));
                }
                i = end + 1;
                continue;
            }
            var next = NextBreak(query, i + 1);
            var words = Terms(query[i..next]);
            foreach (var (stem, norm) in words)
            {
                parts.Add($"({{title body}} : \"{Escape(stem)}\" OR names : \"{Escape(norm)}\")");
                // title : stem matches nothing the first phrase does not, so the rows are the same; it only adds a
                // title term of its own to BM25 (its own saturation and IDF), as per-field BM25 scores a title hit.
                ranked.Add($"({{title body}} : \"{Escape(stem)}\" OR names : \"{Escape(norm)}\" OR title : \"{Escape(stem)}\")");
                stems.Add(stem);
            }
            if (words.Count > 1)
            {
                // Words typed together rank higher where they stand together (محمد بن سلمان): the phrase of their
                // stems, OR-ed with the conjunction it implies, adds to the score without changing the rows.
                adjacent.Add("{title body} : \"" + string.Join(' ', words.Select(t => Escape(t.Stem))) + "\"");
            }
            i = next;
        }
        if (parts.Count == 0)
        {
            return new FtsQuery(null, null, stems);
        }
        var all = string.Join(" AND ", ranked);
        return new FtsQuery(string.Join(" AND ", parts), adjacent.Count == 0 ? all : $"({all}) OR " + string.Join(" OR ", adjacent), stems);
    }

    private static int NextBreak(string query, int from)
    {
        var next = query.IndexOfAny(['"', '«', '“'], from);
        return next < 0 ? query.Length : next;
    }

    private static List<(string Stem, string Norm)> Terms(string text) =>
        ArabicAnalyzer.Default.Analyze(text).Tokens.Select(SearchTerms.Term).OfType<(string, string)>().ToList();

    private static string Escape(string term) => term.Replace("\"", "\"\"", StringComparison.Ordinal);
}
