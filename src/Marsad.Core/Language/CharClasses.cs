using System.Globalization;

namespace Marsad.Core.Language;

/// <summary>A class for every UTF-16 code unit, computed once, so the tokenizer's inner loop is a table read.</summary>
internal static class CharClasses
{
    private static readonly CharClass[] Table = Build();

    public static CharClass Of(char c) => Table[c];

    /// <summary>
    /// A character inside a word for the simple splitters (gazetteer, name tagger, trigger words):
    /// letters, digits, tatweel and combining marks (harakat stay inside the word).
    /// </summary>
    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c == '\u0640' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    private static CharClass[] Build()
    {
        var table = new CharClass[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            table[i] = c switch
            {
                '\u200C' or '\u200D' => CharClass.Joiner,
                _ when char.IsHighSurrogate(c) => CharClass.HighSurrogate,
                _ when char.IsWhiteSpace(c) => CharClass.Space,
                _ when char.IsDigit(c) => CharClass.Digit,
                _ when char.IsLetter(c) => IsArabicScript(c) ? CharClass.ArabicLetter : CharClass.OtherLetter,
                _ => char.GetUnicodeCategory(c) switch
                {
                    UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharClass.Mark,
                    UnicodeCategory.Format or UnicodeCategory.Control => CharClass.Space,
                    _ when char.IsPunctuation(c) => CharClass.Punctuation,
                    _ => CharClass.Symbol,
                },
            };
        }
        return table;
    }

    private static bool IsArabicScript(char c) =>
        c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';
}
