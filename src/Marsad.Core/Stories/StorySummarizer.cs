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

    /// <summary>The summary of the story whose articles are given in story order.</summary>
    public static string Summarize(IReadOnlyList<StoryArticle> articles, DocumentFrequencies frequencies)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(frequencies);
        var candidates = new List<(int Article, string Text, double Score)>();
        var centroid = TermVector.Empty;
        foreach (var a in articles)
        {
            centroid = centroid.Add(KeyTerms.Vector(a.Title, a.Text, frequencies));
        }
        for (var i = 0; i < articles.Count; i++)
        {
            var analysis = ArabicAnalyzer.Default.Analyze(articles[i].Text);
            var rank = 0;
            foreach (var sentence in analysis.Sentences)
            {
                var words = analysis.TokensOf(sentence).Count(t => t.Kind == TokenKind.Word);
                if (words is < 8 or > 60)
                {
                    continue;
                }
                var text = analysis.Text[sentence.Start..sentence.End].Trim();
                var score = centroid.Cosine(KeyTerms.Vector("", text, frequencies)) + (rank == 0 ? 0.05 : 0);
                candidates.Add((i, text, score));
                if (++rank == 3)
                {
                    break;
                }
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
