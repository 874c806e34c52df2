using System.Collections.Frozen;
using Marsad.Core.Language;

namespace Marsad.Core.Entities.Quotes;

/// <summary>
/// The closed word lists the quotation finder reads, by kind (<c>Resources/Quotes/quote-words.tsv</c>: tab-separated
/// <c>kind, word</c>, <c>#</c> comments), held in normal form. Read once; one frozen set a kind, so a lookup costs what
/// the lists in code cost.
/// </summary>
public sealed class QuoteWords
{
    /// <summary>The embedded file's name, relative to the resources.</summary>
    public const string FileName = "Quotes/quote-words.tsv";

    private static readonly Lazy<QuoteWords> LazyDefault = new(() =>
    {
        var resourceName = "Marsad.Core.Resources/" + FileName;
        using var stream = typeof(QuoteWords).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded resource {resourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Load(reader, FileName);
    });

    private readonly FrozenSet<string>[] _sets;

    private QuoteWords(FrozenSet<string>[] sets) => _sets = sets;

    /// <summary>The embedded lists.</summary>
    public static QuoteWords Default => LazyDefault.Value;

    /// <summary>The normalized words of <paramref name="kind"/>.</summary>
    public FrozenSet<string> this[QuoteWordKind kind] => _sets[(int)kind];

    /// <summary>Reads the lists from <paramref name="reader"/>; <paramref name="fileName"/> names it in errors.</summary>
    /// <exception cref="InvalidDataException">A line is malformed: the message names <c>file:line</c>.</exception>
    public static QuoteWords Load(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var kinds = Enum.GetValues<QuoteWordKind>();
        var sets = new HashSet<string>[kinds.Length];
        for (var k = 0; k < sets.Length; k++)
        {
            sets[k] = new HashSet<string>(StringComparer.Ordinal);
        }
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            var hash = text.IndexOf('#', StringComparison.Ordinal);
            var entry = (hash < 0 ? text : text[..hash]).Trim();
            if (entry.Length == 0)
            {
                continue;
            }
            var fields = entry.Split('\t');
            if (fields.Length != 2)
            {
                throw new InvalidDataException($"{fileName}:{line}: expected 2 tab-separated fields (kind, word), found {fields.Length}.");
            }
            var name = fields[0].Trim();
            if (!LowerCaseEnum.TryParse<QuoteWordKind>(name, out var kind))
            {
                throw new InvalidDataException($"{fileName}:{line}: '{name}' is not a word kind ({LowerCaseEnum.Names<QuoteWordKind>()}).");
            }
            var word = fields[1].Trim();
            if (word.Length == 0 || word.Contains(' ', StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{fileName}:{line}: one word expected, got '{word}'.");
            }
            if (!sets[(int)kind].Add(ArabicNormalizer.Normalize(word)))
            {
                throw new InvalidDataException($"{fileName}:{line}: '{word}' is listed twice as {name}.");
            }
        }
        return new QuoteWords(sets.Select(s => s.ToFrozenSet(StringComparer.Ordinal)).ToArray());
    }
}
