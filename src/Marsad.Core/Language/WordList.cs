namespace Marsad.Core.Language;

/// <summary>
/// A set of normalized words read from an embedded resource, searchable by span without allocating.
/// Format: UTF-8, one word a line; empty lines and lines starting with <c>#</c> are ignored; each
/// word is normalized with <see cref="ArabicNormalizer"/> on load, so the file may keep its spelling.
/// </summary>
internal sealed class WordList
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private WordList(HashSet<string> words)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many distinct words it holds.</summary>
    public int Count => _words.Count;

    /// <summary>True when the normalized <paramref name="word"/> is in the list.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    /// <summary>Loads the resources named (relative to <c>Marsad.Core.Resources/</c>) into one list.</summary>
    /// <exception cref="InvalidDataException">A resource is missing or a line holds more than one word.</exception>
    public static WordList Load(params string[] resources)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in resources)
        {
            var logical = "Marsad.Core.Resources/" + name;
            using var stream = typeof(WordList).Assembly.GetManifestResourceStream(logical)
                ?? throw new InvalidDataException($"{logical}: embedded resource not found");
            using var reader = new StreamReader(stream);
            Read(reader, logical, words);
        }
        return new WordList(words);
    }

    /// <summary>Reads one list in the format above from <paramref name="reader"/>; <paramref name="name"/> names it in errors.</summary>
    /// <exception cref="InvalidDataException">A line holds more than one word.</exception>
    public static WordList Read(TextReader reader, string name)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        Read(reader, name, words);
        return new WordList(words);
    }

    private static void Read(TextReader reader, string name, HashSet<string> words)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var word = line.Trim();
            if (word.Length == 0 || word[0] == '#')
            {
                continue;
            }
            if (word.AsSpan().ContainsAny(' ', '\t'))
            {
                throw new InvalidDataException($"{name}:{number}: one word a line expected, got '{word}'");
            }
            words.Add(ArabicNormalizer.Normalize(word));
        }
    }
}
