using Marsad.Core.Language;

namespace Marsad.Core.Events;

/// <summary>
/// A plain word splitter for tests, benchmarks and the gold set: runs of letters, digits,
/// diacritics and tatweel, each normalized. The pipeline gives the finder the shared
/// tokenizer's words instead.
/// </summary>
internal static class WordSplitter
{
    /// <summary>The words of <paramref name="text"/> with their offsets.</summary>
    public static List<EventToken> Split(string text)
    {
        var tokens = new List<EventToken>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && CharClasses.IsWordChar(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var norm = ArabicNormalizer.Normalize(text[start..i]);
                if (norm.Length > 0)
                {
                    tokens.Add(new EventToken(start, i, norm));
                }
                start = -1;
            }
        }
        return tokens;
    }

}
