using FsCheck;
using FsCheck.Fluent;

namespace Marsad.Core.Tests.Language;

/// <summary>Random text made of the pieces Arabic news holds, and of the odd ones that break analyzers.</summary>
public static class ArabicTextArbitrary
{
    private static readonly string[] Pieces =
    [
        "و", "ال", "ب", "ل", "ك", "ف", "س", "ه", "ها", "هم", "نا", "ي", "ة", "ى", "أ", "إ", "آ", "ٱ", "ؤ", "ئ", "ء", "ت", "ا",
        "وزير", "بلد", "لبنان", "بوتين", "حكومة", "مستوى", "الله", "قال",
        "\u064E", "\u0650", "\u0651", "\u0652", "\u064B", "\u0654", "\u0655", "\u0670", "ـ",
        "\uFEFB", "\uFE8D", "\uFDF2", "\uFDFA", "\uFB8E", "\uFEFF", "\u200C", "\u200D", "\u200F",
        "٣", "٫", "٬", "۴", "7", ".", ",", "٪",
        "A", "b", "Z", "É", "ß",
        " ", "  ", "\n", "\t", "، ", "؛", "؟", "«", "»", "“", "”", "\"", "!", "-", "(", ")", "...", "$", "😀", "\uD800",
    ];

    /// <summary>Strings of zero to many pieces.</summary>
    public static Arbitrary<string> Strings() =>
        Arb.From(Gen.Elements(Pieces).ArrayOf().Select(string.Concat));
}
