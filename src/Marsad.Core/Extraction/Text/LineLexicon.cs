using Marsad.Core.Language;

namespace Marsad.Core.Extraction.Text;

/// <summary>
/// The word lists of crawl-text classification, loaded from the embedded files
/// <c>Resources/Extraction/function-words.txt</c> and <c>boilerplate-lines.txt</c>
/// (formats documented in the files); all entries are normalized with <see cref="ArabicNormalizer"/>.
/// </summary>
internal sealed class LineLexicon
{
    private const string Prefix = "Marsad.Core.Resources/Extraction/";

    /// <summary>The lexicon of the embedded resources.</summary>
    public static LineLexicon Default { get; } = new(
        ReadLines("function-words.txt"),
        ReadLines("boilerplate-lines.txt"));

    private LineLexicon(IEnumerable<(int Line, string Text)> functionWords, IEnumerable<(int Line, string Text)> phrases)
    {
        FunctionWords = functionWords.Select(w => ArabicNormalizer.Normalize(w.Text)).ToHashSet(StringComparer.Ordinal);
        var list = new List<(string, BoilerplateKind)>();
        foreach (var (line, text) in phrases)
        {
            var tab = text.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || !LowerCaseEnum.TryParse<BoilerplateKind>(text[..tab], out var kind) || tab == text.Length - 1)
            {
                throw new InvalidDataException($"{Prefix}boilerplate-lines.txt line {line}: expected KIND<TAB>PHRASE with KIND one of {LowerCaseEnum.Names<BoilerplateKind>()}");
            }
            list.Add((ArabicNormalizer.Normalize(text[(tab + 1)..].Trim()), kind));
        }
        Phrases = list;
        _phraseWords = list.Select(p => Words(p.Item1)).ToArray();
    }

    // The words of each phrase of Phrases, at the same index.
    private readonly string[][] _phraseWords;

    /// <summary>Normalized function words.</summary>
    public IReadOnlySet<string> FunctionWords { get; }

    /// <summary>Normalized boilerplate phrases and their kinds.</summary>
    public IReadOnlyList<(string Phrase, BoilerplateKind Kind)> Phrases { get; }

    /// <summary>
    /// The kind of boilerplate a normalized line contains a phrase of, or null. A menu item (بحث، الرئيسية، اشترك) counts only
    /// as whole words in a line of a few words more than itself: as a substring it is in running text (وبحث الجانبان العلاقات،
    /// المحاور الرئيسية، اشتركت), which a menu line is not.
    /// </summary>
    public BoilerplateKind? Match(string normalizedLine)
    {
        string[]? words = null;
        for (var p = 0; p < Phrases.Count; p++)
        {
            var (phrase, kind) = Phrases[p];
            if (kind == BoilerplateKind.Menu
                ? IsMenuLine(words ??= Words(normalizedLine), _phraseWords[p])
                : normalizedLine.Contains(phrase, StringComparison.Ordinal))
            {
                return kind;
            }
        }
        return null;
    }

    private const int MenuLineExtraWords = 4;

    private static bool IsMenuLine(string[] words, string[] phraseWords) =>
        words.Length <= phraseWords.Length + MenuLineExtraWords && ContainsWords(words, phraseWords);

    private static bool ContainsWords(string[] words, string[] phraseWords)
    {
        for (var i = 0; i + phraseWords.Length <= words.Length; i++)
        {
            if (words.AsSpan(i, phraseWords.Length).SequenceEqual(phraseWords))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// How many distinct phrases a normalized text contains; a menu item counts only as whole words (a paragraph with وبحث and
    /// المحاور الرئيسية names no site service).
    /// </summary>
    public int CountMatches(string normalizedText)
    {
        string[]? words = null;
        var n = 0;
        for (var p = 0; p < Phrases.Count; p++)
        {
            var (phrase, kind) = Phrases[p];
            if (kind == BoilerplateKind.Menu
                ? ContainsWords(words ??= Words(normalizedText), _phraseWords[p])
                : normalizedText.Contains(phrase, StringComparison.Ordinal))
            {
                n++;
            }
        }
        return n;
    }

    // The words of a text: runs of letters and digits (a menu line's «الرئيسية | بحث،» has two words, no separators).
    private static string[] Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }
        return [.. words];
    }

    private static List<(int, string)> ReadLines(string name)
    {
        using var stream = typeof(LineLexicon).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidDataException($"embedded resource {Prefix}{name} is missing");
        using var reader = new StreamReader(stream);
        var lines = new List<(int, string)>();
        var n = 0;
        while (reader.ReadLine() is { } line)
        {
            n++;
            var t = line.TrimEnd();
            if (t.Length > 0 && !t.StartsWith('#'))
            {
                lines.Add((n, t.TrimStart()));
            }
        }
        return lines;
    }
}
