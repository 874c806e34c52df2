using System.Buffers;

namespace Marsad.Core.Language;

/// <summary>
/// The one normalizer every stage uses for matching (search, gazetteer, events, ids).
/// The original text is never changed: tokens keep their offsets into it and carry their
/// normal form beside it. Apart from presentation-form ligatures, each input character
/// yields at most one output character.
/// Rules:
/// <list type="bullet">
/// <item>diacritics (fathatan to sukun, superscript alef, Quranic marks) and tatweel (ـ) are removed;</item>
/// <item>alef with hamza above or below (أ إ), alef with madda (آ) and alef wasla (ٱ) become bare alef (ا);</item>
/// <item>alef maksura (ى) becomes yeh (ي) and teh marbuta (ة) becomes heh (ه), so that spelling variants match;</item>
/// <item>Arabic-Indic (٠-٩) and Persian (۰-۹) digits become Western digits (0-9); the Arabic decimal and thousands separators (٫ ٬) become a point and a comma, the Arabic percent sign (٪) becomes %;</item>
/// <item>Persian and Urdu letter variants (ک ی) become their Arabic forms (ك ي);</item>
/// <item>a decomposed hamza (U+0654) joins the letter before it: after waw it gives ؤ, after yeh or alef maksura ئ, after alef bare alef; elsewhere it is dropped;</item>
/// <item>presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFC) are folded through their compatibility decomposition (ﻻ → لا), then by the rules above;</item>
/// <item>zero-width joiners and non-joiners and the byte-order mark are removed;</item>
/// <item>Latin letters are lower-cased.</item>
/// </list>
/// </summary>
public static class ArabicNormalizer
{
    private const char FirstPresentation = '\uFB50';
    private const char LastPresentation = '\uFEFC';

    // Fold of every code unit, computed once: the hot path reads a table instead of walking the rules.
    private static readonly char[] FoldTable = BuildFoldTable();

    // Folded decompositions of the presentation forms.
    private static readonly string[] PresentationFolds = BuildPresentationFolds();

    /// <summary>The most characters one input character can yield (the longest presentation-form ligature).</summary>
    public static int MaxExpansion { get; } = Math.Max(1, PresentationFolds.Max(f => f.Length));

    /// <summary>Normalizes <paramref name="text"/> for matching.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsNormalized(text))
        {
            return text;
        }
        var size = GetMaxNormalizedLength(text.Length);
        char[]? rented = null;
        var buffer = size <= 256 ? stackalloc char[size] : (rented = ArrayPool<char>.Shared.Rent(size));
        try
        {
            var written = Normalize(text, buffer);
            return new string(buffer[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Normalizes <paramref name="source"/> into <paramref name="destination"/> without allocating;
    /// returns the number of characters written. <paramref name="destination"/> must hold
    /// <see cref="GetMaxNormalizedLength"/> of the source length.
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> source, Span<char> destination) =>
        Normalize(source, destination, []);

    /// <summary>The buffer length that always suffices for <see cref="Normalize(ReadOnlySpan{char}, Span{char})"/>.</summary>
    public static int GetMaxNormalizedLength(int sourceLength) => checked(sourceLength * MaxExpansion);

    /// <summary>True when <paramref name="text"/> is already in normal form.</summary>
    public static bool IsNormalized(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c == '\u0654' || c >= FirstPresentation && c <= LastPresentation || Fold(c) != c)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The normal form of one character taken alone, or <c>'\0'</c> when it is dropped;
    /// presentation forms and the decomposed hamza need their context: use <see cref="Normalize(string)"/> for them.
    /// </summary>
    public static char Fold(char c) => FoldTable[c];

    private static char FoldRule(char c) => c switch
    {
        < '\u0080' => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c,
        >= '\u064B' and <= '\u065F' => '\0', // harakat, tanween, shadda, sukun, combining hamza and madda
        '\u0670' or '\u0640' => '\0',         // superscript alef, tatweel
        >= '\u06D6' and <= '\u06ED' => '\0', // Quranic annotation marks
        '\u200C' or '\u200D' or '\uFEFF' => '\0',
        '\u0622' or '\u0623' or '\u0625' or '\u0671' => '\u0627',
        '\u0649' or '\u06CC' => '\u064A',
        '\u0629' => '\u0647',
        '\u06A9' => '\u0643',
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        '\u066A' => '%',
        '\u066B' => '.',
        '\u066C' => ',',
        < '\u0250' when char.IsUpper(c) => char.ToLowerInvariant(c),
        _ => c,
    };

    /// <summary>
    /// Normalizes and records, for each character written, the index in <paramref name="source"/>
    /// of the character it came from (when <paramref name="sourceIndex"/> is not empty).
    /// </summary>
    internal static int Normalize(ReadOnlySpan<char> source, Span<char> destination, Span<int> sourceIndex)
    {
        var mapped = !sourceIndex.IsEmpty;
        var w = 0;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (c is >= FirstPresentation and <= LastPresentation)
            {
                foreach (var p in PresentationFolds[c - FirstPresentation])
                {
                    w = Append(p, i, destination, sourceIndex, mapped, w);
                }
                continue;
            }
            w = Append(c, i, destination, sourceIndex, mapped, w);
        }
        return w;
    }

    private static int Append(char c, int index, Span<char> destination, Span<int> sourceIndex, bool mapped, int w)
    {
        if (c == '\u0654')
        {
            // The decomposed hamza changes the letter already written rather than adding one.
            if (w > 0)
            {
                destination[w - 1] = destination[w - 1] switch
                {
                    '\u0648' => '\u0624',
                    '\u064A' => '\u0626',
                    var previous => previous,
                };
            }
            return w;
        }
        var f = FoldTable[c];
        if (f == '\0')
        {
            return w;
        }
        destination[w] = f;
        if (mapped)
        {
            sourceIndex[w] = index;
        }
        return w + 1;
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            table[i] = FoldRule((char)i);
        }
        return table;
    }

    // Read from a table (Resources/Language/presentation-forms.tsv) because the runtime runs with invariant
    // globalization, where string.Normalize has no compatibility data.
    private static string[] BuildPresentationFolds()
    {
        const string name = "Marsad.Core.Resources/Language/presentation-forms.tsv";
        var folds = new string[LastPresentation - FirstPresentation + 1];
        Array.Fill(folds, string.Empty);
        using var stream = typeof(ArabicNormalizer).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"{name}: embedded resource not found");
        using var reader = new StreamReader(stream);
        Span<char> buffer = stackalloc char[32];
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0 || !int.TryParse(line.AsSpan(0, tab), System.Globalization.NumberStyles.HexNumber, null, out var code)
                || code < FirstPresentation || code > LastPresentation || line.Length - tab - 1 > buffer.Length)
            {
                throw new InvalidDataException($"{name}:{number}: expected 'HEX<tab>decomposition' for a presentation form, got '{line}'");
            }
            var w = 0;
            foreach (var d in line.AsSpan(tab + 1))
            {
                w = Append(d, 0, buffer, [], false, w);
            }
            folds[code - FirstPresentation] = new string(buffer[..w]);
        }
        return folds;
    }
}
