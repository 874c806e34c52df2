using Marsad.Core.Language;

namespace Marsad.Core.Entities.Matching;

/// <summary>
/// A small splitter on whitespace and punctuation for the recognizer's own use (knowledge-base
/// phrases, tests, and callers without an analyzer). At integration the Language stage's
/// analyzer tokens replace it: the recognizer only needs spans and normalized forms.
/// <list type="bullet">
/// <item>a token is a run of letters, digits and combining marks (harakat stay inside the word);</item>
/// <item>everything else (spaces, punctuation, quotes, Arabic comma) separates tokens.</item>
/// </list>
/// </summary>
internal static class GazetteerTokenizer
{
    public static List<GazetteerToken> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<GazetteerToken>(text.Length / 5);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inside = i < text.Length && CharClasses.IsWordChar(text[i]);
            if (inside && start < 0)
            {
                start = i;
            }
            else if (!inside && start >= 0)
            {
                tokens.Add(new GazetteerToken(start, i, ArabicNormalizer.Normalize(text[start..i])));
                start = -1;
            }
        }
        return tokens;
    }

}
