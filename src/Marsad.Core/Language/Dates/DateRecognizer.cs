using System.Buffers;
using System.Collections.Frozen;
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
/// <item>a day in ordinal words before من and a month (الخامس عشر من مارس 2019) or this, last or next month (العاشر من الشهر الجاري);</item>
/// <item>a day and month without a year: the nearest occurrence on or before the reference (relative), the next one with المقبل,
/// the last one with الماضي, this year's with الجاري, the one whose weekday agrees when a weekday is named; none after a word
/// that makes them a name (ثورة 25 يناير);</item>
/// <item>relative days against the reference: اليوم، أمس/البارحة، أول أمس / أمس الأول، غدًا، بعد غد، الأسبوع الماضي (seven days before), يوم الخميس (the most recent Thursday on or before the reference), الخميس الماضي (the most recent Thursday strictly before), الخميس المقبل/القادم (the next one after).</item>
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

    // The year of a named date, with عام/سنة before it and هـ after it, glued or not (1437هـ).
    // Without a year, the coming or the last such month may be said (الأول من أغسطس المقبل، 9 سبتمبر الماضي).
    private const string YearPart = @"(?:\s*[،,]?\s*(?:من\s+)?(?:عام|سنه|لعام|لسنه)?\s*(?<y>[0-9]{4})(?:" + HijriMark + "|" + After + @")|\s+(?<mdir>المقبل|القادم|الماضي|المنصرم|الجاري|الحالي))?";

    // Compiled: every article's text is scanned by all three (the interpreter was ≈2 % of an ingest's CPU).
    // Anchored with \G and tried only at the few places a named date can start (NamedDates): a scan of the whole text
    // tries it at every letter a weekday or يوم begins with, which was half of this class's time.
    private static readonly Regex NamedDate = new(
        @"\G" + Before + @"(?:(?:يوم\s+)?(?<wd>" + WeekdayAlt + @")\s*[،,]?\s*(?:الموافق\s+)?)?"
        + @"(?<d>[0-9]{1,2})\s*(?:من\s+(?:شهر\s+)?|شهر\s+)?(?<m>" + MonthAlt + ")"
        + @"(?:\s*[/\-(]\s*(?<m2>" + MonthAlt + @")\s*\)?)?"
        + YearPart + After,
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // "of" a month: the part of a date in ordinal words after its day (الخامس عشر [من مارس 2019]، العاشر [من الشهر
    // الجاري]). Tried only at a من that an ordinal word ends right before (OrdinalBefore): most من are not.
    private static readonly Regex OfMonth = new(
        @"\Gمن\s+(?:شهر\s+)?"
        + @"(?:(?<m>" + MonthAlt + @")(?:\s*[/\-(]\s*(?<m2>" + MonthAlt + @")\s*\)?)?" + YearPart
        + @"|الشهر\s+(?<dir>الجاري|الحالي|الماضي|المنصرم|المقبل|القادم))" + After,
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // The last word of every day in ordinal words (الخامس، الخامس عشر، الحادي والعشرين): a cheap test before reading one.
    private static readonly FrozenSet<string> OrdinalEnds = FrozenSet.Create(StringComparer.Ordinal,
        [.. CalendarMonths.OrdinalDays.Select(o => o.Name.Split(' ')[^1].TrimStart('و'))]);

    // A day and month without a year right after these words name a city, a revolution, a movement, a war or a street
    // (مدينة السادس من أكتوبر، ثورة 25 يناير، قوى 14 آذار، أحداث 11 سبتمبر), or a place named after one (قسم شرطة 6 أكتوبر،
    // مستشفى 6 أكتوبر، حي 26 يوليو، محور 26 يوليو), not a day of this year. In the construct state only: الشرطة 6 أكتوبر is no name.
    private static readonly FrozenSet<string> NameHeads = FrozenSet.Create(StringComparer.Ordinal,
        "مدينه", "ثوره", "قوي", "حركه", "جامعه", "شارع", "ميدان", "جسر", "كوبري", "تيار", "تحالف", "ذكري", "انتفاضه", "حرب",
        "معركه", "احداث", "هجمات", "جيل", "عيد", "شرطه", "قسم", "مستشفي", "حي", "محور", "نفق");

    private static readonly Regex NumericDate = new(
        @"(?<![0-9/.\-])(?:(?<d>[0-9]{1,2})(?<s>[/.\-])(?<m>[0-9]{1,2})\k<s>(?<y>[0-9]{4})|(?<y>[0-9]{4})(?<s>[/.\-])(?<m>[0-9]{1,2})\k<s>(?<d>[0-9]{1,2}))(?![0-9/.\-]?[0-9])"
        + HijriMark + "?",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex RelativeDay = new(
        Before + @"(?:(?<wdprefix>يوم\s+)?(?<wd>" + WeekdayAlt + @")(?:\s+(?<dir>الماضي|المنصرم|المقبل|القادم))?"
        + @"|(?<w>الاسبوع\s+(?:الماضي|المنصرم))"
        + @"|(?<k>اول\s+(?:من\s+)?امس|امس\s+الاول(?!\s+من\s+نوع)|بعد\s+غد|امس|البارحه|غدا|اليوم(?!\s+(?:نفسه|ذاته|ال(?!احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)\p{L}))))" + After,
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
        var months = folded.AsSpan().IndexOfAny(MonthWords) >= 0;
        if (digits && months)
        {
            foreach (var m in NamedDates(folded))
            {
                Add(text, map, m, ResolveNamed(m, folded, reference), found, taken);
            }
        }
        if (digits)
        {
            foreach (Match m in NumericDate.Matches(folded))
            {
                Add(text, map, m, ResolveNumeric(m), found, taken);
            }
        }
        if ((months || folded.Contains("الشهر", StringComparison.Ordinal)) && folded.Contains("من ", StringComparison.Ordinal))
        {
            // A day in ordinal words must stand right before من (الاول alone is mostly "the first" of something else).
            for (var at = folded.IndexOf("من ", StringComparison.Ordinal); at >= 0; at = folded.IndexOf("من ", at + 3, StringComparison.Ordinal))
            {
                if ((at == 0 || !char.IsLetter(folded[at - 1])) && OrdinalBefore(folded, at) is { } ordinal && OfMonth.Match(folded, at) is { Success: true } m)
                {
                    Add(text, map, ordinal.Start, m.Index + m.Length, ResolveOrdinal(ordinal.Day, ordinal.Start, m, folded, reference), found, taken);
                }
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

    // The longest a weekday part can stand before its day's digits (يوم الأربعاء، الموافق : 23 characters) with room for
    // extra spaces.
    private const int WeekdayReach = 48;

    /// <summary>
    /// The matches of <see cref="NamedDate"/> in <paramref name="folded"/>, the same as a scan of the whole text would give:
    /// every match has its day's digits (a run of one or two, the first digits after its start), so it starts at them or
    /// at a word start at most <see cref="WeekdayReach"/> characters before them. Those starts are tried in text order,
    /// the leftmost success wins, and the next match starts after it, as <c>Matches</c> does.
    /// </summary>
    private static List<Match> NamedDates(string folded)
    {
        var matches = new List<Match>();
        var next = 0;
        for (var at = folded.AsSpan().IndexOfAnyInRange('0', '9'); at >= 0;)
        {
            var run = folded.AsSpan(at).IndexOfAnyExceptInRange('0', '9');
            var end = run < 0 ? folded.Length : at + run;
            if (end - at <= 2 && at >= next)
            {
                for (var start = Math.Max(next, at - WeekdayReach); start <= at; start++)
                {
                    var wordStart = start == at || (char.IsLetter(folded[start]) && (start == 0 || !char.IsLetterOrDigit(folded[start - 1])));
                    if (wordStart && NamedDate.Match(folded, start) is { Success: true } m)
                    {
                        matches.Add(m);
                        next = m.Index + m.Length;
                        break;
                    }
                }
            }
            var following = end < folded.Length ? folded.AsSpan(end).IndexOfAnyInRange('0', '9') : -1;
            at = following < 0 ? -1 : end + following;
        }
        return matches;
    }

    private static void Add(string text, int[] map, Match m, (DateOnly Value, bool Relative)? resolved, List<DateMention> found, List<(int Start, int End)> taken) =>
        Add(text, map, m.Index, m.Index + m.Length, resolved, found, taken);

    // from and to are offsets in the folded text.
    private static void Add(string text, int[] map, int from, int to, (DateOnly Value, bool Relative)? resolved, List<DateMention> found, List<(int Start, int End)> taken)
    {
        if (resolved is not { } v)
        {
            return;
        }
        var start = map[from];
        var end = map[to];
        if (taken.Exists(t => t.Start < end && start < t.End))
        {
            return;
        }
        taken.Add((start, end));
        found.Add(new DateMention(text[start..end], start, end, v.Value, v.Relative));
    }

    private static (DateOnly, bool)? ResolveNamed(Match m, string folded, DateOnly? reference) =>
        ResolveDayOfMonth(int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture), m.Index, m, folded, reference);

    /// <summary>
    /// The day in ordinal words that ends right before <paramref name="index"/> (one to three words: الخامس، الخامس عشر،
    /// الحادي و العشرين), with يوم before it when written, or null.
    /// </summary>
    private static (int Day, int Start)? OrdinalBefore(string folded, int index)
    {
        var (first, last) = WordBefore(folded, index);
        var ends = OrdinalEnds.GetAlternateLookup<ReadOnlySpan<char>>();
        if (first == last || !ends.Contains(folded.AsSpan(first, last - first).TrimStart('و')))
        {
            return null;
        }
        Span<(int Start, int End)> words = stackalloc (int, int)[4];
        var n = 0;
        for (var position = index; n < words.Length;)
        {
            var (start, end) = WordBefore(folded, position);
            if (start == end)
            {
                break;
            }
            words[n++] = (start, end);
            position = start;
        }
        // The longest reading first: الثاني عشر before عشر, الحادي و العشرين before العشرين.
        for (var k = Math.Min(n, 3); k >= 1; k--)
        {
            var from = words[k - 1].Start;
            var day = CalendarMonths.OrdinalDay(folded[from..words[0].End]);
            if (day > 0)
            {
                return (day, k < n && folded.AsSpan(words[k].Start, words[k].End - words[k].Start).SequenceEqual("يوم") ? words[k].Start : from);
            }
        }
        return null;
    }

    private static (DateOnly, bool)? ResolveOrdinal(int day, int start, Match m, string folded, DateOnly? reference)
    {
        if (!m.Groups["dir"].Success)
        {
            return ResolveDayOfMonth(day, start, m, folded, reference);
        }
        if (reference is not { } r || day < 1)
        {
            return null;
        }
        var month = new DateOnly(r.Year, r.Month, 1).AddMonths(m.Groups["dir"].Value switch
        {
            "الماضي" or "المنصرم" => -1,
            "المقبل" or "القادم" => 1,
            _ => 0,
        });
        return day <= DateTime.DaysInMonth(month.Year, month.Month) ? (new DateOnly(month.Year, month.Month, day), true) : null;
    }

    // A day, the month group "m" (and "h", "y" when given) of a named or ordinal date that starts at start.
    private static (DateOnly, bool)? ResolveDayOfMonth(int day, int start, Match m, string folded, DateOnly? reference)
    {
        var name = m.Groups["m"].Value;
        var hijriMonth = CalendarMonths.HijriMonth(name);
        var month = hijriMonth > 0 ? hijriMonth : CalendarMonths.GregorianMonth(name);
        var isHijri = hijriMonth > 0 || m.Groups["h"].Success;
        if (m.Groups["y"].Success)
        {
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            return ToDate(year, month, day, isHijri) is { } d ? (d, false) : null;
        }
        if (reference is not { } r || isHijri || AfterNameHead(folded, start))
        {
            return null;
        }
        // A weekday named with the day and month tells the year: يوم الثلاثاء الموافق 28 يوليو, of the years around the reference,
        // is the one whose 28 July is a Tuesday (the nearest to the reference when two are), within half a year of it: a
        // weekday that agrees only further away is more likely a slip than a date of another year.
        if (m.Groups["wd"].Success && CalendarMonths.Weekday(m.Groups["wd"].Value) is { } weekday)
        {
            var agreeing = new[] { r.Year - 1, r.Year, r.Year + 1 }.Select(y => ToDate(y, month, day, false))
                .Where(d => d is { } x && x.DayOfWeek == weekday).Select(d => d!.Value).ToList();
            if (agreeing.Count > 0 && agreeing.MinBy(d => Math.Abs(d.DayNumber - r.DayNumber)) is var nearest && Math.Abs(nearest.DayNumber - r.DayNumber) <= 183)
            {
                return (nearest, true);
            }
        }
        // A day and month alone name the latest such day not after the reference (news reports the past); the next one
        // after it when المقبل follows the month, the last one before it when الماضي does.
        var direction = m.Groups["mdir"].Value;
        if (direction is "المقبل" or "القادم")
        {
            var next = ToDate(r.Year, month, day, false) is { } n && n > r ? n : ToDate(r.Year + 1, month, day, false);
            return next is { } f ? (f, true) : null;
        }
        if (direction is "الجاري" or "الحالي")
        {
            return ToDate(r.Year, month, day, false) is { } current ? (current, true) : null;
        }
        var strict = direction is "الماضي" or "المنصرم";
        if (ToDate(r.Year, month, day, false) is { } same && (strict ? same < r : same <= r))
        {
            return (same, true);
        }
        return ToDate(r.Year - 1, month, day, false) is { } p ? (p, true) : null;
    }

    private static bool AfterNameHead(string folded, int index)
    {
        var (start, end) = WordBefore(folded, index);
        var word = folded.AsSpan(start, end - start);
        var lookup = NameHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        // With a proclitic: بذكرى، وثورة، لحرب.
        return lookup.Contains(word) || (word.Length > 3 && word[0] is 'و' or 'ب' or 'ل' or 'ف' && lookup.Contains(word[1..]));
    }

    // The letters of the word that ends before index, past the white space there; empty (start == end) when none does.
    private static (int Start, int End) WordBefore(string folded, int index)
    {
        var end = index;
        while (end > 0 && char.IsWhiteSpace(folded[end - 1]))
        {
            end--;
        }
        var start = end;
        while (start > 0 && char.IsLetter(folded[start - 1]))
        {
            start--;
        }
        return (start, end);
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
        // A year of 1300-1499 in today's news is Hijri even without هـ (4/10/1436 is 2015-07-20): nothing dated then is news.
        hijri |= year is >= 1300 and < 1500;
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
