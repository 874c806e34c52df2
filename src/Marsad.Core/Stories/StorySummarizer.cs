using Marsad.Core.Language;

namespace Marsad.Core.Stories;

/// <summary>
/// An extractive summary of a story: the sentences closest to the story's key terms,
/// chosen across its articles.
/// <list type="bullet">
/// <item>candidates are each article's first three sentences of 8 to 60 words (news puts the happening first);</item>
/// <item>a candidate scores by the cosine of its terms with the story's centroid, plus a small bonus for the lead sentence;</item>
/// <item>a sentence sharing half its shingles with one already chosen is a duplicate and skipped;</item>
/// <item>at most <see cref="MaxSentences"/> sentences, each from a different article while others remain.</item>
/// </list>
/// </summary>
public static class StorySummarizer
{
    /// <summary>How many sentences a summary has at most.</summary>
    public const int MaxSentences = 3;

    /// <summary>
    /// The candidate sentences of one article: its first <see cref="LeadSentences"/> sentences of 8 to 60
    /// words, as (start, end) UTF-16 offsets, surrounding white space trimmed. Depends on the text
    /// alone, so it can be found once when the article is stored.
    /// </summary>
    public static IReadOnlyList<(int Start, int End)> Leads(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Leads(ArabicAnalyzer.Default.Analyze(text));
    }

    /// <summary>The lead sentences of a text already analyzed (see <see cref="Leads(string)"/>).</summary>
    public static IReadOnlyList<(int Start, int End)> Leads(AnalyzedText analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var text = analysis.Text;
        var leads = new List<(int Start, int End)>(LeadSentences);
        foreach (var sentence in analysis.Sentences)
        {
            var words = analysis.TokensOf(sentence).Count(t => t.Kind == TokenKind.Word);
            if (words is < 8 or > 60)
            {
                continue;
            }
            // Trimmed as string.Trim does, so the text between the offsets is the sentence Trim() would give.
            int start = sentence.Start, end = sentence.End;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }
            leads.Add((start, end));
            if (leads.Count == LeadSentences)
            {
                break;
            }
        }
        return leads;
    }

    /// <summary>How many lead sentences of each article compete for the summary.</summary>
    public const int LeadSentences = 3;

    /// <summary>The summary of the story whose articles are given in story order.</summary>
    public static string Summarize(IReadOnlyList<StoryArticle> articles, DocumentFrequencies frequencies)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(frequencies);
        var candidates = new List<(int Article, string Text, double Score)>();
        var centroid = TermVector.Empty;
        foreach (var a in articles)
        {
            // Terms counted ahead (when placing) are the text's counts: only the weights are the frequencies' now.
            centroid = centroid.Add(a.TermCounts is { } counts ? KeyTerms.Vector(counts, frequencies) : KeyTerms.Vector(a.Title, a.Text, frequencies));
        }
        for (var i = 0; i < articles.Count; i++)
        {
            var leads = articles[i].Leads ?? Leads(articles[i].Text).Select(l => articles[i].Text[l.Start..l.End]).ToList();
            for (var rank = 0; rank < leads.Count; rank++)
            {
                var score = centroid.Cosine(KeyTerms.Vector("", leads[rank], frequencies)) + (rank == 0 ? 0.05 : 0);
                candidates.Add((i, leads[rank], score));
            }
        }
        var chosen = new List<(int Article, string Text)>();
        var used = new HashSet<int>();
        foreach (var c in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Article))
        {
            if (chosen.Count == MaxSentences)
            {
                break;
            }
            var othersLeft = candidates.Any(o => !used.Contains(o.Article) && o.Article != c.Article);
            if ((used.Contains(c.Article) && othersLeft) || chosen.Any(s => Shingler.Jaccard(Shingler.Shingles(s.Text), Shingler.Shingles(c.Text)) >= 0.5))
            {
                continue;
            }
            chosen.Add((c.Article, c.Text));
            used.Add(c.Article);
        }
        return string.Join(' ', chosen.Select(c => c.Text));
    }
}
