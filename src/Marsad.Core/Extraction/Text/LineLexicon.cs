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
            if (tab <= 0 || !Enum.TryParse<BoilerplateKind>(text[..tab], ignoreCase: true, out var kind) || tab == text.Length - 1)
            {
                throw new InvalidDataException($"{Prefix}boilerplate-lines.txt line {line}: expected KIND<TAB>PHRASE with KIND one of {string.Join(", ", Enum.GetNames<BoilerplateKind>())}");
            }
            list.Add((ArabicNormalizer.Normalize(text[(tab + 1)..].Trim()), kind));
        }
        Phrases = list;
    }

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
        foreach (var (phrase, kind) in Phrases)
        {
            if (kind == BoilerplateKind.Menu
                ? IsMenuLine(words ??= normalizedLine.Split(' ', StringSplitOptions.RemoveEmptyEntries), phrase)
                : normalizedLine.Contains(phrase, StringComparison.Ordinal))
            {
                return kind;
            }
        }
        return null;
    }

    private const int MenuLineExtraWords = 4;

    private static bool IsMenuLine(string[] words, string phrase)
    {
        var phraseWords = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > phraseWords.Length + MenuLineExtraWords)
        {
            return false;
        }
        for (var i = 0; i + phraseWords.Length <= words.Length; i++)
        {
            if (words.AsSpan(i, phraseWords.Length).SequenceEqual(phraseWords))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How many distinct phrases a normalized text contains.</summary>
    public int CountMatches(string normalizedText) => Phrases.Count(p => normalizedText.Contains(p.Phrase, StringComparison.Ordinal));

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
