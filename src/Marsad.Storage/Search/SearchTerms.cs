using System.Text;
using Marsad.Core.Language;

namespace Marsad.Storage.Search;

/// <summary>
/// What the search index stores of a text, and how a query is read, by the same Language
/// stage so both meet:
/// <list type="bullet">
/// <item>stems: the light stem of each word (name-safe), stopwords dropped: المفاوضات and مفاوضات meet;</item>
/// <item>names: the normalized, clitic-free word unstemmed, so a name the stemmer would cut (بوتين) still matches exactly;</item>
/// <item>normalization everywhere: أحمد finds احمد.</item>
/// </list>
/// </summary>
public static class SearchTerms
{
    /// <summary>The stems and the unstemmed names of a text, each as space-separated terms.</summary>
    public static (string Stems, string Names) Index(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Index(ArabicAnalyzer.Default.Analyze(text));
    }

    /// <summary>The same over an analysis already made (the ingest's pipeline analyzes each text once).</summary>
    public static (string Stems, string Names) Index(AnalyzedText analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var stems = new StringBuilder(analysis.Text.Length);
        var names = new StringBuilder(analysis.Text.Length);
        foreach (var token in analysis.Tokens)
        {
            if (Term(token) is not { } t)
            {
                continue;
            }
            stems.Append(t.Stem).Append(' ');
            names.Append(t.Norm).Append(' ');
        }
        return (stems.ToString(), names.ToString());
    }

    /// <summary>The index terms of one word of a query, or null for a stopword or punctuation.</summary>
    public static (string Stem, string Norm)? Term(Token token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Kind is not (TokenKind.Word or TokenKind.Number) || token.Norm.Length == 0 || ArabicStopwords.Contains(token.Norm))
        {
            return null;
        }
        return (token.Stem.Length > 0 ? token.Stem : token.Norm, token.Norm);
    }
}
