using System.Globalization;

namespace Marsad.Bench.SearchEval;

/// <summary>One evaluation query of <c>eval/search/queries.tsv</c>.</summary>
/// <param name="Id">Its id (q01…).</param>
/// <param name="Kind">What it tests: person, place, event, phrase, variant, topic.</param>
/// <param name="Text">The query as an analyst types it.</param>
/// <param name="Need">What a relevant article is about (the judging guideline).</param>
public sealed record EvalQuery(string Id, string Kind, string Text, string Need);

/// <summary>The queries and graded judgments of <c>eval/search</c>, and the ranking measures computed from them.</summary>
public sealed class Judgments
{
    private readonly Dictionary<string, Dictionary<string, int>> _grades = new(StringComparer.Ordinal);

    private Judgments(IReadOnlyList<EvalQuery> queries) => Queries = queries;

    /// <summary>The queries, in file order.</summary>
    public IReadOnlyList<EvalQuery> Queries { get; }

    /// <summary>The folder <c>eval/search</c> of the repository.</summary>
    public static string Folder { get; } = FindFolder();

    /// <summary>
    /// Reads <c>queries.tsv</c> and <c>qrels.tsv</c> (query id, document id, url, grade; comments start with #).
    /// A judged id missing from the store (texts extracted differently give other ids) is found again by its url.
    /// </summary>
    public static Judgments Load(string folder, IReadOnlySet<string> ids, IReadOnlyDictionary<string, string> idByUrl)
    {
        var queries = Rows(Path.Combine(folder, "queries.tsv")).Select(c => new EvalQuery(c[0], c[1], c[2], c.Length > 3 ? c[3] : "")).ToList();
        var judgments = new Judgments(queries);
        var qrels = Path.Combine(folder, "qrels.tsv");
        if (File.Exists(qrels))
        {
            foreach (var c in Rows(qrels))
            {
                var id = ids.Contains(c[1]) ? c[1] : idByUrl.GetValueOrDefault(c[2]);
                if (id is not null)
                {
                    judgments.Set(c[0], id, int.Parse(c[3], CultureInfo.InvariantCulture));
                }
            }
        }
        return judgments;
    }

    /// <summary>Records a grade.</summary>
    public void Set(string query, string id, int grade)
    {
        if (!_grades.TryGetValue(query, out var g))
        {
            _grades[query] = g = new Dictionary<string, int>(StringComparer.Ordinal);
        }
        g[id] = grade;
    }

    /// <summary>The grade of a document for a query, or null when nobody judged it.</summary>
    public int? Grade(string query, string id) =>
        _grades.TryGetValue(query, out var g) && g.TryGetValue(id, out var grade) ? grade : null;

    /// <summary>How many documents are judged for a query.</summary>
    public int JudgedCount(string query) => _grades.TryGetValue(query, out var g) ? g.Count : 0;

    /// <summary>nDCG@k with gains 2^grade − 1; the ideal ranking orders every judged document by grade. Unjudged documents count as 0.</summary>
    public double Ndcg(string query, IReadOnlyList<string> ranking, int k = 10)
    {
        var ideal = _grades.TryGetValue(query, out var g) ? g.Values.Where(v => v > 0).OrderDescending().Take(k).ToList() : [];
        if (ideal.Count == 0)
        {
            return 0;
        }
        var idcg = ideal.Select((grade, i) => Gain(grade, i)).Sum();
        var dcg = ranking.Take(k).Select((id, i) => Gain(Grade(query, id) ?? 0, i)).Sum();
        return dcg / idcg;
    }

    /// <summary>The share of the first k results judged relevant (grade ≥ 1); a short list counts its missing places as misses.</summary>
    public double PrecisionAt(string query, IReadOnlyList<string> ranking, int k = 10) =>
        ranking.Take(k).Count(id => Grade(query, id) >= 1) / (double)k;

    /// <summary>1 / rank of the first relevant result (grade ≥ 1) within the first k, else 0.</summary>
    public double ReciprocalRank(string query, IReadOnlyList<string> ranking, int k = 10)
    {
        for (var i = 0; i < Math.Min(k, ranking.Count); i++)
        {
            if (Grade(query, ranking[i]) >= 1)
            {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /// <summary>How many of the first k results nobody judged.</summary>
    public int Unjudged(string query, IReadOnlyList<string> ranking, int k = 10) =>
        ranking.Take(k).Count(id => Grade(query, id) is null);

    private static double Gain(int grade, int index) => (Math.Pow(2, grade) - 1) / Math.Log2(index + 2);

    private static IEnumerable<string[]> Rows(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'));

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Marsad.sln")))
            {
                return Path.Combine(dir.FullName, "eval", "search");
            }
        }
        return Path.GetFullPath(Path.Combine("eval", "search"));
    }
}
