namespace Marsad.Core.Language;

/// <summary>
/// Tells the main language of a text by its script: Marsad analyzes Arabic, and only
/// needs to know whether a text is Arabic, Latin-script or undetermined.
/// </summary>
public static class LanguageDetector
{
    /// <summary>
    /// <c>ar</c> when Arabic letters make up at least 40% of the letters, <c>en</c> when
    /// Latin letters make up at least 80%, else null (too short or mixed).
    /// </summary>
    public static string? Detect(ReadOnlySpan<char> text)
    {
        int arabic = 0, latin = 0, letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }
            letters++;
            if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFEFF')
            {
                arabic++;
            }
            else if (c <= '\u024F')
            {
                latin++;
            }
        }
        if (letters < 20)
        {
            return null;
        }
        return arabic * 10 >= letters * 4 ? "ar" : latin * 10 >= letters * 8 ? "en" : null;
    }
}
