using Marsad.Core.Language;

namespace Marsad.Core.Entities.Quotes;

/// <summary>
/// An embedded list of single words (one a line, <c>#</c> starts a comment), held in normal form.
/// A line with more than one word fails with the resource's name and line number.
/// </summary>
internal sealed class QuoteWordList
{
    private readonly HashSet<string> words;

    private QuoteWordList(HashSet<string> words) => this.words = words;

    /// <summary>True when the normalized word is in the list.</summary>
    public bool Contains(string norm) => words.Contains(norm);

    /// <summary>Loads <c>Marsad.Core.Resources/Models/<paramref name="file"/></c>.</summary>
    public static QuoteWordList Load(string file)
    {
        var resourceName = "Marsad.Core.Resources/Models/" + file;
        using var stream = typeof(QuoteWordList).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded resource {resourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Read(reader, resourceName);
    }

    /// <summary>Reads a list from <paramref name="reader"/>; <paramref name="name"/> names it in errors.</summary>
    public static QuoteWordList Read(TextReader reader, string name)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            var entry = text.Split('#')[0].Trim();
            if (entry.Length == 0)
            {
                continue;
            }
            if (entry.Contains(' ', StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{name}:{line}: one word a line expected, got '{entry}'.");
            }
            words.Add(ArabicNormalizer.Normalize(entry));
        }
        return new QuoteWordList(words);
    }
}
