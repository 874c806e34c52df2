using System.Collections.Frozen;
using System.Globalization;

namespace Marsad.Core.Language;

/// <summary>
/// Reads cardinal numbers written in words over analyzed tokens (ثلاثة آلاف → 3000).
/// Rules:
/// <list type="bullet">
/// <item>units (واحد … عشرة, both genders, nominative and oblique: اثنان/اثنين), teens (ثلاثة عشر), tens (عشرون/عشرين … تسعون) and hundreds (مئة/مائة, مئتان, ثلاثمئة or ثلاث مئة) add up;</item>
/// <item>parts joined by the conjunction و add up: خمسة وعشرون → 25;</item>
/// <item>a scale word (ألف, مليون, مليار and their duals and plurals) multiplies what came before it since the last scale (1 when nothing did): ثلاثة آلاف → 3000, ألفان → 2000;</item>
/// <item>digits may stand before a scale word: 3 آلاف → 3000, 1.5 مليار → 1500000000;</item>
/// <item>a bare number in digits is not reported (it is already a number token), and the article or other proclitics end a number (الثلاثة is an ordinal or a definite noun).</item>
/// </list>
/// </summary>
public static class ArabicNumberWords
{
    private enum Part
    {
        Add,
        Teen,
        Hundreds,
        Scale,
    }

    private static readonly FrozenDictionary<string, (Part Part, decimal Value)> Words = BuildWords();
    private static readonly FrozenDictionary<string, (Part Part, decimal Value)>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every number written in words in <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<NumberMention> Find(AnalyzedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<NumberMention>();
        var tokens = text.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (TryRead(tokens, i, out var value, out var count))
            {
                found.Add(new NumberMention(tokens[i].Start, tokens[i + count - 1].End, i, count, value));
                i += count - 1;
            }
        }
        return found;
    }

    /// <summary>Reads the number in words starting at token <paramref name="start"/>, if one does.</summary>
    public static bool TryRead(IReadOnlyList<Token> tokens, int start, out decimal value, out int count)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        decimal total = 0, current = 0;
        var words = 0;
        var i = start;
        var last = start - 1;
        for (; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Number && i == start)
            {
                if (!decimal.TryParse(t.Norm.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out current))
                {
                    break;
                }
                continue;
            }
            if (t.Kind != TokenKind.Word || !TryWord(t, continuing: i > start, out var entry))
            {
                break;
            }
            switch (entry.Part)
            {
                case Part.Add:
                    current += entry.Value;
                    break;
                case Part.Teen:
                    current += current is > 0 and < 10 ? 10 : entry.Value;
                    break;
                case Part.Hundreds:
                    current = (current == 0 ? 1 : current) * entry.Value;
                    break;
                case Part.Scale:
                    total += (current == 0 ? 1 : current) * entry.Value;
                    current = 0;
                    break;
            }
            words++;
            last = i;
        }
        count = last - start + 1;
        value = total + current;
        if (words == 0)
        {
            count = 0;
            value = 0;
            return false;
        }
        return true;
    }

    // The segmenter may read a number word's first letters as clitics (ألفا as ال + فا), so the whole word is tried too.
    private static bool TryWord(Token t, bool continuing, out (Part Part, decimal Value) entry)
    {
        var conjunction = t.Prefixes is ["و"];
        if (t.Suffixes.Count == 0 && (t.Prefixes.Count == 0 || (conjunction && continuing)) && Lookup.TryGetValue(t.Norm, out entry))
        {
            return true;
        }
        return Lookup.TryGetValue(ArabicNormalizer.Normalize(t.Text), out entry);
    }

    private static FrozenDictionary<string, (Part, decimal)> BuildWords()
    {
        var d = new Dictionary<string, (Part, decimal)>(StringComparer.Ordinal);
        void Add(Part part, decimal value, params string[] forms)
        {
            foreach (var f in forms)
            {
                d[ArabicNormalizer.Normalize(f)] = (part, value);
            }
        }
        Add(Part.Add, 1, "واحد", "واحدة");
        Add(Part.Add, 2, "اثنان", "اثنين", "اثنتان", "اثنتين", "اثنا", "اثني", "اثنتا", "اثنتي");
        Add(Part.Add, 3, "ثلاث", "ثلاثة");
        Add(Part.Add, 4, "أربع", "أربعة");
        Add(Part.Add, 5, "خمس", "خمسة");
        Add(Part.Add, 6, "ست", "ستة");
        Add(Part.Add, 7, "سبع", "سبعة");
        Add(Part.Add, 8, "ثمان", "ثماني", "ثمانية");
        Add(Part.Add, 9, "تسع", "تسعة");
        Add(Part.Add, 1, "أحد", "إحدى");
        Add(Part.Teen, 10, "عشر", "عشرة");
        string[] tens = ["عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"];
        for (var k = 0; k < tens.Length; k++)
        {
            Add(Part.Add, (k + 2) * 10, tens[k] + "ون", tens[k] + "ين");
        }
        Add(Part.Hundreds, 100, "مئة", "مائة");
        Add(Part.Add, 200, "مئتان", "مئتين", "مائتان", "مائتين", "مئتا", "مئتي", "مائتا", "مائتي");
        string[] units = ["ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"];
        for (var k = 0; k < units.Length; k++)
        {
            Add(Part.Add, (k + 3) * 100, units[k] + "مئة", units[k] + "مائة");
        }
        Add(Part.Scale, 1_000, "ألف", "ألفا", "آلاف", "ألوف");
        Add(Part.Scale, 2_000, "ألفان", "ألفين", "ألفي");
        Add(Part.Scale, 1_000_000, "مليون", "ملايين");
        Add(Part.Scale, 2_000_000, "مليونان", "مليونين");
        Add(Part.Scale, 1_000_000_000, "مليار", "مليارات", "بليون");
        Add(Part.Scale, 2_000_000_000, "ملياران", "مليارين");
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
