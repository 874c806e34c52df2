namespace Marsad.Core.Language.Dates;

/// <summary>
/// The Arabic month names of the three systems news uses, in normalized form
/// (<see cref="ArabicNormalizer"/>), with their month numbers.
/// <list type="bullet">
/// <item>Gregorian names as in Egypt and the Gulf (يناير … ديسمبر), with the Maghreb variants (جانفي، فيفري، أفريل، جوان، جويلية، أوت) and the Moroccan ones (يوليوز، غشت، شتنبر، نونبر، دجنبر);</item>
/// <item>the Syriac names of the Levant and Iraq (كانون الثاني … كانون الأول), which denote the same Gregorian months;</item>
/// <item>the Hijri months (محرم … ذو الحجة), whose dates are converted through the Umm al-Qura calendar.</item>
/// </list>
/// </summary>
internal static class CalendarMonths
{
    /// <summary>Gregorian month names (both systems) and their numbers.</summary>
    public static readonly (string Name, int Month)[] Gregorian =
    [
        ("يناير", 1), ("جانفي", 1), ("كانون الثاني", 1),
        ("فبراير", 2), ("فيفري", 2), ("شباط", 2),
        ("مارس", 3), ("اذار", 3),
        ("ابريل", 4), ("افريل", 4), ("نيسان", 4),
        ("مايو", 5), ("ماي", 5), ("ايار", 5),
        ("يونيو", 6), ("يونيه", 6), ("جوان", 6), ("حزيران", 6),
        ("يوليو", 7), ("يوليه", 7), ("يوليوز", 7), ("جويليه", 7), ("تموز", 7),
        ("اغسطس", 8), ("اوت", 8), ("غشت", 8), ("اب", 8),
        ("سبتمبر", 9), ("شتنبر", 9), ("ايلول", 9),
        ("اكتوبر", 10), ("تشرين الاول", 10),
        ("نوفمبر", 11), ("نونبر", 11), ("تشرين الثاني", 11),
        ("ديسمبر", 12), ("دجنبر", 12), ("كانون الاول", 12),
    ];

    /// <summary>Hijri month names and their numbers.</summary>
    public static readonly (string Name, int Month)[] Hijri =
    [
        ("محرم", 1), ("صفر", 2),
        ("ربيع الاول", 3), ("ربيع الثاني", 4), ("ربيع الاخر", 4),
        ("جمادي الاولي", 5), ("جمادي الاول", 5),
        ("جمادي الاخره", 6), ("جمادي الثانيه", 6), ("جمادي الاخر", 6), ("جمادي الثاني", 6),
        ("رجب", 7), ("شعبان", 8), ("رمضان", 9), ("شوال", 10),
        ("ذو القعده", 11), ("ذي القعده", 11), ("ذو الحجه", 12), ("ذي الحجه", 12),
    ];

    /// <summary>Weekday names, normalized, Sunday first as in <see cref="DayOfWeek"/>.</summary>
    public static readonly (string Name, DayOfWeek Day)[] Weekdays =
    [
        ("الاحد", DayOfWeek.Sunday), ("الاثنين", DayOfWeek.Monday),
        ("الثلاثاء", DayOfWeek.Tuesday), ("الاربعاء", DayOfWeek.Wednesday),
        ("الخميس", DayOfWeek.Thursday), ("الجمعه", DayOfWeek.Friday), ("السبت", DayOfWeek.Saturday),
    ];

    /// <summary>
    /// Days of the month as ordinal words, normalized (الاول … العاشر، الحادي عشر … التاسع عشر، العشرين، الحادي والعشرين …
    /// الحادي والثلاثين; the tens also in the nominative, العشرون), with their numbers.
    /// </summary>
    public static readonly (string Name, int Day)[] OrdinalDays = BuildOrdinalDays();

    /// <summary>The Gregorian month a normalized name denotes, or 0.</summary>
    public static int GregorianMonth(string name) => Find(Gregorian, name);

    /// <summary>The Hijri month a normalized name denotes, or 0.</summary>
    public static int HijriMonth(string name) => Find(Hijri, name);

    /// <summary>The weekday a normalized name denotes.</summary>
    public static DayOfWeek? Weekday(string name)
    {
        foreach (var (n, d) in Weekdays)
        {
            if (n == name)
            {
                return d;
            }
        }
        return null;
    }

    /// <summary>The day an ordinal in words denotes (spaces collapsed, و joined to the tens), or 0.</summary>
    public static int OrdinalDay(string name) =>
        Find(OrdinalDays, string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace(" و ", " و", StringComparison.Ordinal));

    /// <summary>A regex alternation of <paramref name="names"/>, longest first so that two-word names win.</summary>
    public static string Alternation(IEnumerable<string> names) =>
        string.Join('|', names.Distinct().OrderByDescending(n => n.Length).Select(n => n.Replace(" ", "\\s+", StringComparison.Ordinal)));

    private static (string Name, int Day)[] BuildOrdinalDays()
    {
        string[] units = ["", "الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"];
        var days = new List<(string, int)>();
        for (var d = 1; d <= 9; d++)
        {
            days.Add((units[d], d));
        }
        days.Add(("العاشر", 10));
        days.Add(("الحادي عشر", 11));
        for (var d = 2; d <= 9; d++)
        {
            days.Add((units[d] + " عشر", 10 + d));
        }
        // In compounds the first is الحادي, not الاول: الحادي والعشرين.
        foreach (var tens in new[] { "العشرين", "العشرون" })
        {
            days.Add((tens, 20));
            days.Add(("الحادي و" + tens, 21));
            for (var d = 2; d <= 9; d++)
            {
                days.Add((units[d] + " و" + tens, 20 + d));
            }
        }
        foreach (var tens in new[] { "الثلاثين", "الثلاثون" })
        {
            days.Add((tens, 30));
            days.Add(("الحادي و" + tens, 31));
        }
        return [.. days];
    }

    private static int Find((string Name, int Month)[] table, string name)
    {
        var collapsed = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        foreach (var (n, m) in table)
        {
            if (n == collapsed)
            {
                return m;
            }
        }
        return 0;
    }
}
