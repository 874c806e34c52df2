using System.Collections.Frozen;
using Marsad.Core.Language;

namespace Marsad.Core.Events;

/// <summary>
/// Fixed expressions that hold a trigger's word in another sense (<c>Resources/Events/idioms.tsv</c>, format in its
/// header and docs/evaluation-events.md): a lemma with the words that stand right before or right after it there
/// (ثلاثية الأبعاد "three-dimensional", البحث عن "search for", بشكل قاطع "categorically", هنا في "here in"). The finder
/// reads such a word as no trigger; it takes the list in its constructor (<see cref="Default"/>, loaded once, unless given another).
/// </summary>
public sealed class Idioms
{
    /// <summary>The embedded file name, relative to the events resources.</summary>
    public const string FileName = "idioms.tsv";

    private static readonly Lazy<Idioms> LazyDefault = new(() =>
    {
        using var reader = EventResources.Open(FileName);
        return Load(reader, FileName);
    });

    private readonly FrozenDictionary<string, (FrozenSet<string> Forms, FrozenSet<string> Before, FrozenSet<string> After)[]> _byLemma;

    // A before-word that stands for any number written in digits (1700 طالب: a count before the noun).
    private const string AnyNumber = "#";

    private Idioms(FrozenDictionary<string, (FrozenSet<string> Forms, FrozenSet<string> Before, FrozenSet<string> After)[]> byLemma) => _byLemma = byLemma;

    /// <summary>The embedded list.</summary>
    public static Idioms Default => LazyDefault.Value;

    /// <summary>
    /// True when the word at <paramref name="i"/>, read as <paramref name="lemma"/> through the reading <paramref name="stem"/>,
    /// stands in one of that lemma's expressions: the row names the reading or none, and the word before it (without its
    /// conjunction) is one of the row's before-words (<c>#</c> stands for any number in digits), or the word after it one of its
    /// after-words; a row that gives both needs both.
    /// </summary>
    public bool Holds(IReadOnlyList<EventToken> tokens, int i, string lemma, string stem)
    {
        if (!_byLemma.TryGetValue(lemma, out var rows))
        {
            return false;
        }
        var before = i > 0 ? CliticVariants.WithoutConjunction(tokens[i - 1].Norm) : null;
        var after = i + 1 < tokens.Count ? CliticVariants.WithoutConjunction(tokens[i + 1].Norm) : null;
        foreach (var (forms, b, a) in rows)
        {
            if (forms.Count > 0 && !forms.Contains(stem))
            {
                continue;
            }
            var beforeOk = b.Count == 0 || (before is not null && (b.Contains(before) || (b.Contains(AnyNumber) && IsNumber(before))));
            var afterOk = a.Count == 0 || (after is not null && a.Contains(after));
            if (beforeOk && afterOk)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Reads the list: tab-separated <c>lemma, forms, before, after, gloss</c>; <c>-</c> for an empty field, <c>#</c> comments.</summary>
    /// <exception cref="EventResourceException">A line is malformed; the message names file and line.</exception>
    public static Idioms Load(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new Dictionary<string, List<(FrozenSet<string>, FrozenSet<string>, FrozenSet<string>)>>(StringComparer.Ordinal);
        foreach (var (line, f) in EventResources.DataLines(reader))
        {
            if (f.Length != 5)
            {
                throw new EventResourceException(fileName, line, $"expected 5 tab-separated fields (lemma, forms, before, after, gloss), found {f.Length}");
            }
            var lemma = ArabicNormalizer.Normalize(f[0].Trim());
            var forms = Words(f[1]);
            var before = Words(f[2]);
            var after = Words(f[3]);
            if (lemma.Length == 0 || (before.Count == 0 && after.Count == 0))
            {
                throw new EventResourceException(fileName, line, "a lemma and at least one of before, after are required");
            }
            if (!rows.TryGetValue(lemma, out var list))
            {
                rows[lemma] = list = [];
            }
            list.Add((forms, before, after));
        }
        return new Idioms(rows.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }

    // 1700، ١٥٧: digits only (Western or Arabic-Indic); not a year (1900-2099: في 2014 طالب الرئيس …, the verb after a date).
    private static bool IsNumber(string word)
    {
        if (word.Length == 0 || !word.All(char.IsDigit))
        {
            return false;
        }
        var value = word.Length == 4 ? word.Aggregate(0, (n, d) => (n * 10) + (int)char.GetNumericValue(d)) : 0;
        return value is < 1900 or > 2099;
    }

    private static FrozenSet<string> Words(string field) => field.Trim() == "-"
        ? FrozenSet<string>.Empty
        : field.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ArabicNormalizer.Normalize).ToFrozenSet(StringComparer.Ordinal);
}
