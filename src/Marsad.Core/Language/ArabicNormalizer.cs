using System.Text;

namespace Marsad.Core.Language;

/// <summary>
/// The one normalizer every stage uses for matching (search, gazetteer, events, ids).
/// Apart from presentation-form ligatures, each input character maps to at most one
/// output character, so tokens can be normalized one by one while offsets stay those
/// of the original text.
/// Rules:
/// <list type="bullet">
/// <item>diacritics (fathatan to sukun, superscript alef, Quranic marks) and tatweel are removed;</item>
/// <item>alef with hamza above or below, alef with madda and alef wasla become bare alef (ا);</item>
/// <item>alef maksura (ى) becomes yeh (ي); teh marbuta (ة) becomes heh (ه);</item>
/// <item>Arabic-Indic (٠-٩) and Persian (۰-۹) digits become Western digits;</item>
/// <item>Persian and Urdu letter variants (ک ی) become their Arabic forms (ك ي);</item>
/// <item>a combining hamza above (U+0654) after alef, waw or yeh is folded into the base letter;</item>
/// <item>presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF) are folded through compatibility decomposition;</item>
/// <item>Latin letters are lower-cased.</item>
/// </list>
/// </summary>
public static class ArabicNormalizer
{
    /// <summary>Normalizes <paramref name="text"/> for matching.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().ContainsAnyInRange('\uFB50', '\uFEFF'))
        {
            text = text.Normalize(NormalizationForm.FormKC);
        }
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Fold(c) is var f and not '\0')
            {
                sb.Append(f);
            }
        }
        return sb.ToString();
    }

    /// <summary>True when <paramref name="text"/> is already in normal form.</summary>
    public static bool IsNormalized(string text) => Normalize(text) == text;

    /// <summary>The normal form of one character, or <c>'\0'</c> when it is dropped.</summary>
    public static char Fold(char c) => c switch
    {
        >= '\u064B' and <= '\u065F' => '\0', // harakat, tanween, shadda, sukun, combining hamza
        '\u0670' or '\u0640' => '\0',         // superscript alef, tatweel
        >= '\u06D6' and <= '\u06ED' => '\0', // Quranic annotation marks
        '\u0622' or '\u0623' or '\u0625' or '\u0671' => '\u0627',
        '\u0649' => '\u064A',
        '\u0629' => '\u0647',
        '\u06CC' => '\u064A',
        '\u06A9' => '\u0643',
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        >= 'A' and <= 'Z' => (char)(c + 32),
        _ => c,
    };
}
