namespace Marsad.Core.Language;

/// <summary>
/// The word lists the analyzer decides with: common Arabic words (to tell a clitic from a
/// word's own first letter: و in وزير is not a conjunction) and proper names (never split nor stemmed).
/// Lists (in <c>Resources/Language/</c>, described in <c>NOTICE-language.md</c>):
/// <list type="bullet">
/// <item><c>lexicon-nouns.txt</c> and <c>lexicon-verbs.txt</c>: bare stems of nouns and particles, and of verbs, generated from the Debian Arabic hunspell dictionary;</item>
/// <item><c>names-places.txt</c>: single-word country and city names, generated from public gazetteers;</item>
/// <item><c>names-people.txt</c>: hand-kept names of people and organizations often in the news that would otherwise be split or stemmed.</item>
/// </list>
/// </summary>
public static class ArabicLexicon
{
    private static readonly WordList Nouns = WordList.Load("Language/lexicon-nouns.txt");
    private static readonly WordList Verbs = WordList.Load("Language/lexicon-verbs.txt");
    private static readonly WordList Names = WordList.Load("Language/names-places.txt", "Language/names-people.txt");

    /// <summary>How many common words the lexicon holds.</summary>
    public static int WordCount => Nouns.Count + Verbs.Count;

    /// <summary>True when the normalized <paramref name="word"/> is a known common Arabic word (noun, particle or verb stem).</summary>
    public static bool IsWord(ReadOnlySpan<char> word) => Nouns.Contains(word) || Verbs.Contains(word);

    /// <summary>True when the normalized <paramref name="word"/> is a known noun, adjective or particle stem.</summary>
    public static bool IsNoun(ReadOnlySpan<char> word) => Nouns.Contains(word);

    /// <summary>True when the normalized <paramref name="word"/> is a known verb stem.</summary>
    public static bool IsVerb(ReadOnlySpan<char> word) => Verbs.Contains(word);

    /// <summary>True when the normalized <paramref name="word"/> is a known proper name.</summary>
    public static bool IsName(ReadOnlySpan<char> word) => Names.Contains(word);
}
