using Marsad.Core.Language;

namespace Marsad.Core.Events;

/// <summary>
/// Sentences about sport: a team "attacks", a federation "demands", a coach "rejects", two national sides "meet", and no
/// political event happens. The coder codes nothing in a sentence with one strong sports word (مباراة، منتخبات، كرة القدم،
/// الشوط) or two different weak ones (لاعب + نادي، المدرب + الفريق). The words are data: <c>Resources/Events/sports-words.tsv</c>.
/// </summary>
internal static class SportsFrames
{
    private static readonly Lazy<Words> Lexicon = new(() => Load("sports-words.tsv"));

    /// <summary>True when the tokens between <paramref name="start"/> and <paramref name="end"/> (a sentence) are about sport.</summary>
    internal static bool IsSports(AnalyzedText analysis, int start, int end)
    {
        var words = Lexicon.Value;
        string? weak = null;
        var tokens = analysis.Tokens;
        for (var i = FirstAt(tokens, start); i < tokens.Count && tokens[i].Start < end; i++)
        {
            var norm = tokens[i].Norm;
            if (words.Strong.Contains(norm)
                || (i + 1 < tokens.Count && tokens[i + 1].Start < end && words.StrongPairs.Contains((norm, tokens[i + 1].Norm))))
            {
                return true;
            }
            if (words.Weak.Contains(norm))
            {
                if (weak is not null && weak != norm)
                {
                    return true;
                }
                weak = norm;
            }
        }
        return false;
    }

    // The first token at or after `start` (binary search: tokens are in text order).
    private static int FirstAt(IReadOnlyList<Token> tokens, int start)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>Reads a sports word list: <c>strong|weak TAB word</c> (one or two words), in normal form without the article.</summary>
    internal static Words Load(string fileName)
    {
        using var reader = EventResources.Open(fileName);
        return Read(reader, EventResources.Prefix + fileName);
    }

    /// <summary>Reads a list from <paramref name="reader"/>; <paramref name="name"/> names it in errors.</summary>
    internal static Words Read(TextReader reader, string name)
    {
        var words = new Words();
        foreach (var (line, fields) in EventResources.DataLines(reader))
        {
            if (fields.Length != 2 || fields[0] is not ("strong" or "weak"))
            {
                throw new EventResourceException(name, line, "expected 'strong' or 'weak', a tab and a word");
            }
            var parts = fields[1].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Base).ToArray();
            switch (parts.Length, fields[0])
            {
                case (1, "strong"):
                    words.Strong.Add(parts[0]);
                    break;
                case (1, "weak"):
                    words.Weak.Add(parts[0]);
                    break;
                case (2, "strong"):
                    words.StrongPairs.Add((parts[0], parts[1]));
                    break;
                default:
                    throw new EventResourceException(name, line, $"one word, or two for a strong entry, expected: '{fields[1]}'");
            }
        }
        return words;
    }

    // The form a token's Norm has: normal form, the article removed (the analyzer strips it as a clitic).
    private static string Base(string word)
    {
        var norm = ArabicNormalizer.Normalize(word);
        return norm.Length > 3 && norm.StartsWith("ال", StringComparison.Ordinal) ? norm[2..] : norm;
    }

    /// <summary>The loaded lists.</summary>
    internal sealed class Words
    {
        /// <summary>One of these is enough.</summary>
        public HashSet<string> Strong { get; } = new(StringComparer.Ordinal);

        /// <summary>Two words in a row, one pair enough.</summary>
        public HashSet<(string, string)> StrongPairs { get; } = [];

        /// <summary>Two different ones are needed.</summary>
        public HashSet<string> Weak { get; } = new(StringComparer.Ordinal);
    }
}
