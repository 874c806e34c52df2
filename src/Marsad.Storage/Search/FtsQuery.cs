using Marsad.Core.Language;

namespace Marsad.Storage.Search;

/// <summary>
/// A user's query read by the Language stage and written as an SQLite FTS5 MATCH
/// expression over the index's columns (title and body hold stems, names holds
/// unstemmed words):
/// <list type="bullet">
/// <item>a word matches its stem in the title or body, or its unstemmed form in names;</item>
/// <item>a "quoted phrase" (or «phrase») matches its stems in that order in the title or body;</item>
/// <item>every word and phrase must match (AND); stopwords and punctuation are dropped.</item>
/// </list>
/// </summary>
public sealed class FtsQuery
{
    private FtsQuery(string? match, IReadOnlySet<string> stems) => (Match, Stems) = (match, stems);

    /// <summary>The MATCH expression, or null when the query has no searchable word.</summary>
    public string? Match { get; }

    /// <summary>The stems of the query's words, for highlighting.</summary>
    public IReadOnlySet<string> Stems { get; }

    /// <summary>Reads a user's query.</summary>
    public static FtsQuery Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = new List<string>();
        var stems = new HashSet<string>(StringComparer.Ordinal);
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
                    stems.UnionWith(terms.Select(t => t.Stem));
                }
                i = end + 1;
                continue;
            }
            var next = NextBreak(query, i + 1);
            foreach (var (stem, norm) in Terms(query[i..next]))
            {
                parts.Add($"({{title body}} : \"{Escape(stem)}\" OR names : \"{Escape(norm)}\")");
                stems.Add(stem);
            }
            i = next;
        }
        return new FtsQuery(parts.Count == 0 ? null : string.Join(" AND ", parts), stems);
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
