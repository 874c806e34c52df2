namespace Marsad.Core.Language;

/// <summary>
/// Arabic function words (particles, pronouns, prepositions, auxiliaries) that search and
/// clustering ignore. The lists are <c>Resources/Language/stopwords.txt</c> (generated, its source in
/// <c>NOTICE-language.md</c>) and <c>stopwords-extra.txt</c> (kept by hand), normalized on load.
/// </summary>
public static class ArabicStopwords
{
    private static readonly WordList Words = WordList.Load("Language/stopwords.txt", "Language/stopwords-extra.txt");

    /// <summary>How many stopwords there are.</summary>
    public static int Count => Words.Count;

    /// <summary>True when the normalized <paramref name="normalizedWord"/> is a stopword.</summary>
    public static bool Contains(ReadOnlySpan<char> normalizedWord) => Words.Contains(normalizedWord);
}
