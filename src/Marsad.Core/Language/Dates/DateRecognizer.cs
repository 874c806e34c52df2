using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Marsad.Core.Language.Dates;

/// <summary>
/// Finds Arabic date expressions in a text and resolves them to days.
/// Recognized:
/// <list type="bullet">
/// <item>day, month name and year in either month system, optionally with a weekday, the two systems side by side (23 نوفمبر/تشرين الثاني 2015) and عام/سنة before the year;</item>
/// <item>Arabic-Indic or Western digits anywhere, since matching runs on the <see cref="ArabicNormalizer"/> form;</item>
/// <item>numeric dates day first (23/11/2015, 23-11-2015, 23.11.2015) and year first (2015-11-23, 2015/11/23);</item>
/// <item>Hijri dates: a Hijri month name, or any of the forms above followed by هـ / هجري, converted with the Umm al-Qura calendar (the tabular Hijri calendar outside its range);</item>
/// <item>a day and month without a year: the nearest occurrence on or before the reference (relative);</item>
/// <item>relative days against the reference: اليوم، أمس/البارحة، أول أمس، غدًا، بعد غد، الأسبوع الماضي (seven days before), يوم الخميس (the most recent Thursday on or before the reference), الخميس الماضي (the most recent Thursday strictly before), الخميس المقبل/القادم (the next one after).</item>
/// </list>
/// Relative expressions are skipped when there is no reference. An expression that names
/// no valid day (31 فبراير) is skipped. Mentions do not overlap and come in text order.
/// </summary>
public static class DateRecognizer
{
    private const string Before = @"(?<![\p{L}\p{Mn}0-9])";
    private const string After = @"(?![\p{L}\p{Mn}0-9])";
    private const string HijriMark = @"(?<h>\s*(?:ه|هجري|هجريه)" + After + ")";

    private static readonly string WeekdayAlt = CalendarMonths.Alternation(CalendarMonths.Weekdays.Select(w => w.Name));
    private static readonly string MonthAlt = CalendarMonths.Alternation(
        CalendarMonths.Gregorian.Select(m => m.Name).Concat(CalendarMonths.Hijri.Select(m => m.Name)));

    // Compiled: every article's text is scanned by all three (the interpreter was ≈2 % of an ingest's CPU).
    private static readonly Regex NamedDate = new(
        Before + @"(?:(?:يوم\s+)?(?<wd>" + WeekdayAlt + @")\s*[،,]?\s*)?"
        + @"(?<d>[0-9]{1,2})\s*(?:من\s+(?:شهر\s+)?|شهر\s+)?(?<m>" + MonthAlt + ")"
        + @"(?:\s*[/\-(]\s*(?<m2>" + MonthAlt + @")\s*\)?)?"
        + @"(?:\s*[،,]?\s*(?:من\s+)?(?:عام|سنه|لعام|لسنه)?\s*(?<y>[0-9]{4})" + After + HijriMark + "?)?" + After,
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex NumericDate = new(
        @"(?<![0-9/.\-])(?:(?<d>[0-9]{1,2})(?<s>[/.\-])(?<m>[0-9]{1,2})\k<s>(?<y>[0-9]{4})|(?<y>[0-9]{4})(?<s>[/.\-])(?<m>[0-9]{1,2})\k<s>(?<d>[0-9]{1,2}))(?![0-9/.\-]?[0-9])"
        + HijriMark + "?",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex RelativeDay = new(
        Before + @"(?:(?<wdprefix>يوم\s+)?(?<wd>" + WeekdayAlt + @")(?:\s+(?<dir>الماضي|المنصرم|المقبل|القادم))?"
        + @"|(?<w>الاسبوع\s+(?:الماضي|المنصرم))"
        + @"|(?<k>اول\s+(?:من\s+)?امس|بعد\s+غد|امس|البارحه|غدا|اليوم))" + After,
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // Every named date holds a month name, hence its first word as written (a name of several words
    // is matched with \s+ between them): a text without any of these words cannot match NamedDate.
    private static readonly SearchValues<string> MonthWords = SearchValues.Create(
        [.. CalendarMonths.Gregorian.Select(m => m.Name).Concat(CalendarMonths.Hijri.Select(m => m.Name)).Select(n => n.Split(' ')[0]).Distinct()],
        StringComparison.Ordinal);

    private static readonly UmAlQuraCalendar UmAlQura = new();
    private static readonly HijriCalendar Tabular = new();

    /// <summary>
    /// The date expressions of <paramref name="text"/>, in order, resolved against
    /// <paramref name="reference"/> (usually the publication date); relative ones are
    /// left out when it is null.
    /// </summary>
    public static IReadOnlyList<DateMention> Find(string text, DateOnly? reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (folded, map) = Fold(text);
        var found = new List<DateMention>();
        var taken = new List<(int Start, int End)>();

        // Named and numeric dates both need a digit, named ones a month's name: most lines and many
        // articles lack one or the other, and a scan for them is much cheaper than the regexes' scans.
        var digits = folded.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        if (digits && folded.AsSpan().IndexOfAny(MonthWords) >= 0)
        {
            foreach (Match m in NamedDate.Matches(folded))
            {
                Add(text, map, m, ResolveNamed(m, reference), found, taken);
            }
        }
        if (digits)
        {
            foreach (Match m in NumericDate.Matches(folded))
            {
                Add(text, map, m, ResolveNumeric(m), found, taken);
            }
        }
        if (reference is { } r)
        {
            foreach (Match m in RelativeDay.Matches(folded))
            {
                Add(text, map, m, ResolveRelative(m, r), found, taken);
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static void Add(string text, int[] map, Match m, (DateOnly Value, bool Relative)? resolved, List<DateMention> found, List<(int Start, int End)> taken)
    {
        if (resolved is not { } v)
        {
            return;
        }
        var start = map[m.Index];
        var end = map[m.Index + m.Length];
        if (taken.Exists(t => t.Start < end && start < t.End))
        {
            return;
        }
        taken.Add((start, end));
        found.Add(new DateMention(text[start..end], start, end, v.Value, v.Relative));
    }

    private static (DateOnly, bool)? ResolveNamed(Match m, DateOnly? reference)
    {
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        var name = m.Groups["m"].Value;
        var hijriMonth = CalendarMonths.HijriMonth(name);
        var month = hijriMonth > 0 ? hijriMonth : CalendarMonths.GregorianMonth(name);
        var isHijri = hijriMonth > 0 || m.Groups["h"].Success;
        if (m.Groups["y"].Success)
        {
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            return ToDate(year, month, day, isHijri) is { } d ? (d, false) : null;
        }
        if (reference is not { } r || isHijri)
        {
            return null;
        }
        // A day and month alone name the latest such day not after the reference: news reports the past.
        var same = ToDate(r.Year, month, day, false);
        if (same is { } s && s <= r)
        {
            return (s, true);
        }
        return ToDate(r.Year - 1, month, day, false) is { } p ? (p, true) : null;
    }

    private static (DateOnly, bool)? ResolveNumeric(Match m)
    {
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        return ToDate(year, month, day, m.Groups["h"].Success) is { } d ? (d, false) : null;
    }

    private static (DateOnly, bool)? ResolveRelative(Match m, DateOnly r)
    {
        if (m.Groups["wd"].Success)
        {
            var target = CalendarMonths.Weekday(m.Groups["wd"].Value);
            var dir = m.Groups["dir"].Value;
            if (target is not { } t || (dir.Length == 0 && !m.Groups["wdprefix"].Success))
            {
                // A bare weekday name is too often a weekday of another week, or a name (سوق الأحد).
                return null;
            }
            var back = ((int)r.DayOfWeek - (int)t + 7) % 7;
            return dir switch
            {
                "المقبل" or "القادم" => (r.AddDays(((int)t - (int)r.DayOfWeek + 7) % 7 is 0 ? 7 : ((int)t - (int)r.DayOfWeek + 7) % 7), true),
                "الماضي" or "المنصرم" => (r.AddDays(-(back == 0 ? 7 : back)), true),
                _ => (r.AddDays(-back), true),
            };
        }
        if (m.Groups["w"].Success)
        {
            return (r.AddDays(-7), true);
        }
        var k = string.Join(' ', m.Groups["k"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return k switch
        {
            "اليوم" => (r, true),
            "امس" or "البارحه" => (r.AddDays(-1), true),
            "غدا" => (r.AddDays(1), true),
            "بعد غد" => (r.AddDays(2), true),
            _ => (r.AddDays(-2), true),
        };
    }

    private static DateOnly? ToDate(int year, int month, int day, bool hijri)
    {
        if (month is < 1 or > 12 || day < 1)
        {
            return null;
        }
        if (!hijri)
        {
            return year is >= 1 and <= 9999 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
        }
        foreach (Calendar cal in new Calendar[] { UmAlQura, Tabular })
        {
            try
            {
                if (day <= cal.GetDaysInMonth(year, month))
                {
                    return DateOnly.FromDateTime(cal.ToDateTime(year, month, day, 0, 0, 0, 0));
                }
            }
            catch (ArgumentOutOfRangeException)
            {
                // Outside this calendar's supported years: try the next one.
            }
        }
        return null;
    }

    /// <summary>The normalized text and, for each of its characters, the offset of the original character.</summary>
    private static (string Folded, int[] Map) Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        var map = new int[text.Length + 1];
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (ArabicNormalizer.Fold(text[i]) is var f and not '\0')
            {
                sb.Append(f);
                map[n++] = i;
            }
        }
        map[n] = text.Length;
        return (sb.ToString(), map);
    }
}
