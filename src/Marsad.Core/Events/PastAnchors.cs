using Marsad.Core.Language;
using Marsad.Core.Language.Dates;

namespace Marsad.Core.Events;

/// <summary>
/// Acts a news sentence anchors to a time long before the article: background told in passing, not news
/// (eval/events-real/README.md: "history is not news"). An event is history when a far anchor stands within
/// <see cref="Before"/> words before or <see cref="After"/> words after its trigger, no other event's trigger of the
/// sentence stands nearer to that anchor (اعتقلت حماس التي قمعت في 2009: the year is قمعت's), and no near anchor stands
/// within the same window (مؤخرا، أمس، a date within <see cref="NearDays"/> days). Far anchors:
/// <list type="bullet">
/// <item>a year whose last day is more than <see cref="FarDays"/> days before the article, written as a year: after
/// عام/العام/سنة/منذ/في/حتى/بين or a month name, with the suffix م, or opening the sentence (a chronology line);</item>
/// <item>العام الماضي/المنصرم, السنة الماضية (the year before the article's, under the same condition);</item>
/// <item>قبل/منذ + a span of years (قبل ثلاث سنوات، منذ عامين، قبل عقود);</item>
/// <item>a month name with الماضي/المنصرم, or after في/منذ/حتى/خلال/مطلع/نهاية without a day or a year (في فبراير), whose last
/// day lies more than <see cref="FarDays"/> days back (but not more than <see cref="MaxRelativeDays"/> for the bare month: في
/// أغسطس in July is the coming one), and any date <see cref="DateRecognizer"/> resolves that far back.</item>
/// </list>
/// منذ + a year after "the first/third/worst … since" (الأولى منذ 2011، الثالثة منذ 2010، الأسوأ منذ) compares a present act
/// with the past: no anchor. A day and month without a year that resolve more than <see cref="MaxRelativeDays"/> back
/// (an upcoming day) are no anchor either.
/// </summary>
internal static class PastAnchors
{
    /// <summary>How far back (days) an anchor must lie to make an act history.</summary>
    public const int FarDays = 90;

    /// <summary>How close (days) a date must lie to the article to make the act news.</summary>
    public const int NearDays = 31;

    /// <summary>A date without a year resolved further back than this may be an upcoming day: no anchor.</summary>
    public const int MaxRelativeDays = 183;

    /// <summary>Words before منذ where "the first/worst" makes it a comparison.</summary>
    public const int CompareWindow = 10;

    /// <summary>Words from منذ to the anchor it may govern (منذ بدء المعارك في أواخر مارس).</summary>
    public const int SinceWindow = 5;

    /// <summary>Words before the trigger an anchor may stand.</summary>
    public const int Before = 6;

    /// <summary>Words after the trigger an anchor may stand.</summary>
    public const int After = 8;

    // The closed word lists the rules read (Resources/Events/non-episodic.tsv).
    private static readonly NonEpisodicWords Lists = NonEpisodicWords.Default;

    // Every far anchor holds a digit or one of the pieces of its words as written (kind "piece"): a sentence with none is
    // read no further, most of them.
    private static readonly System.Buffers.SearchValues<string> AnchorPieces = Lists.Pieces;

    private static bool MayAnchor(ReadOnlySpan<char> sentence) =>
        sentence.IndexOfAnyInRange('0', '9') >= 0 || sentence.IndexOfAnyInRange('٠', '٩') >= 0 || sentence.IndexOfAnyInRange('۰', '۹') >= 0
        || sentence.IndexOfAny(AnchorPieces) >= 0;

    /// <summary>
    /// The events of <paramref name="text"/> (published on <paramref name="date"/>) that are not history; all of them when
    /// the date is unknown. Analyzes the text; the pipeline passes the analysis it holds instead.
    /// </summary>
    public static IReadOnlyList<Event> WithoutHistory(string text, IReadOnlyList<Event> events, DateOnly? date) =>
        date is null || events.Count == 0 ? events : WithoutHistory(ArabicAnalyzer.Default.Analyze(text), events, date, null);

    /// <summary>
    /// The same on the text's analysis (the sentence's words are its tokens), reading the text's dates from
    /// <paramref name="textDates"/> (found against <paramref name="date"/>) when given.
    /// </summary>
    public static IReadOnlyList<Event> WithoutHistory(AnalyzedText analysis, IReadOnlyList<Event> events, DateOnly? date, Lazy<IReadOnlyList<DateMention>>? textDates)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        if (date is not { } day || events.Count == 0)
        {
            return events;
        }
        var text = analysis.Text;
        IReadOnlyList<DateMention>? dates = null;
        var history = new HashSet<Event>(ReferenceEqualityComparer.Instance);
        foreach (var sentence in events.GroupBy(e => (e.Start, e.End)))
        {
            if (!MayAnchor(text.AsSpan(sentence.Key.Start, sentence.Key.End - sentence.Key.Start)))
            {
                continue;
            }
            var words = Words(analysis.Tokens, sentence.Key.Start, sentence.Key.End);
            // Every far date the recognizer finds holds a digit (its relative days lie within a week): a sentence with no
            // digit and no far word needs no date pass, which is most of them (the pass is ≈0.1 ms of an article).
            var anchors = Anchors(words, [], day);
            if (!anchors.Any(a => a > 0) && !words.Any(w => w.Norm.Any(char.IsAsciiDigit)))
            {
                continue;
            }
            dates ??= textDates?.Value ?? DateRecognizer.Find(text, day);
            anchors = Anchors(words, dates, day);
            var triggers = sentence.Select(e => (Event: e, Words: TriggerWords(words, e.Trigger))).ToList();
            foreach (var (e, own) in triggers)
            {
                if (own.Count == 0)
                {
                    continue;
                }
                var others = triggers.Where(t => !ReferenceEquals(t.Event, e)).SelectMany(t => t.Words).ToList();
                // The trigger word may occur twice in the sentence: history only when every occurrence is.
                if (own.All(t => IsHistory(anchors, t, others)))
                {
                    history.Add(e);
                }
            }
        }
        return history.Count == 0 ? events : events.Where(e => !history.Contains(e)).ToList();
    }

    // Anchors per word: +1 far, -1 near, 0 none.
    private static bool IsHistory(int[] anchors, int t, List<int> others)
    {
        var far = false;
        for (var j = Math.Max(0, t - Before); j <= Math.Min(anchors.Length - 1, t + After); j++)
        {
            if (anchors[j] < 0)
            {
                return false;
            }
            if (anchors[j] > 0 && !others.Any(o => Math.Abs(o - j) < Math.Abs(t - j)))
            {
                far = true;
            }
        }
        return far;
    }

    private sealed record Word(string Norm, int Start, int End);

    // The sentence's words: its tokens but punctuation, each normalized as written (clitics and all: لعام، العام). A year
    // and its suffix م, which the analyzer splits (2014م), make one word.
    private static List<Word> Words(IReadOnlyList<Token> tokens, int start, int end)
    {
        var words = new List<Word>();
        for (var k = FirstAt(tokens, start); k < tokens.Count && tokens[k].End <= end; k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Punctuation)
            {
                continue;
            }
            if (token.Kind == TokenKind.Number && k + 1 < tokens.Count && tokens[k + 1] is { Text: "م" } suffix && suffix.Start == token.End && suffix.End <= end)
            {
                words.Add(new Word(ArabicNormalizer.Normalize(token.Text) + "م", token.Start, suffix.End));
                k++;
                continue;
            }
            words.Add(new Word(ArabicNormalizer.Normalize(token.Text), token.Start, token.End));
        }
        return words;
    }

    // The first token that starts at or after `start` (tokens are in text order).
    private static int FirstAt(IReadOnlyList<Token> tokens, int start)
    {
        var (low, high) = (0, tokens.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (tokens[middle].Start < start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    private static List<int> TriggerWords(List<Word> words, string trigger)
    {
        var norm = ArabicNormalizer.Normalize(trigger);
        var found = new List<int>();
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Norm == norm)
            {
                found.Add(i);
            }
        }
        return found;
    }

    private static int[] Anchors(List<Word> words, IReadOnlyList<DateMention> dates, DateOnly day)
    {
        var anchors = new int[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i].Norm;
            var bare = CliticVariants.WithoutConjunction(w);
            var previous = i > 0 ? CliticVariants.WithoutConjunction(words[i - 1].Norm) : "";
            var next = i + 1 < words.Count ? words[i + 1].Norm : "";
            if (Lists.Is(bare, NonEpisodicKind.Near))
            {
                anchors[i] = -1;
            }
            else if (Year(w) is { } year && (i == 0 || w.EndsWith('م') || Lists.Is(previous, NonEpisodicKind.YearHead) || IsMonth(previous)))
            {
                anchors[i] = IsFarYear(year, day) ? 1 : 0;
            }
            else if (Lists.Is(bare, NonEpisodicKind.YearNoun) && Lists.Is(next, NonEpisodicKind.Last))
            {
                anchors[i] = IsFarYear(day.Year - 1, day) ? 1 : 0;
            }
            else if (Lists.Is(bare, NonEpisodicKind.SpanHead) && (Lists.Is(next, NonEpisodicKind.YearSpan) || (i + 2 < words.Count && Lists.Is(words[i + 2].Norm, NonEpisodicKind.YearSpan))))
            {
                anchors[i] = 1;
            }
            else if ((CalendarMonths.GregorianMonth(w) is var m and > 0 ? m : CalendarMonths.GregorianMonth(bare)) is var month and > 0
                && (Lists.Is(next, NonEpisodicKind.Last) || (Lists.Is(previous, NonEpisodicKind.MonthHead) && Year(next) is null && !(next.Length > 0 && char.IsAsciiDigit(next[0])))))
            {
                var inYear = month < day.Month ? day.Year : day.Year - 1;
                var last = new DateOnly(inYear, month, DateTime.DaysInMonth(inYear, month));
                var gap = day.DayNumber - last.DayNumber;
                // في أغسطس in a July article is most likely the coming one: a month further back than half a year is no anchor.
                anchors[i] = gap > MaxRelativeDays && !Lists.Is(next, NonEpisodicKind.Last) ? 0 : gap > FarDays ? 1 : gap <= NearDays ? -1 : 0;
            }
        }
        // Dates the recognizer resolves (أمس، الخميس الماضي، 3 أغسطس، 12 مارس 2014): near or far by their day.
        foreach (var d in dates)
        {
            var gap = day.DayNumber - d.Value.DayNumber;
            // A day and month without a year resolve on or before the article: 23 يوليو two days after it resolves a year back.
            if (d.IsRelative && gap > MaxRelativeDays)
            {
                continue;
            }
            var mark = Math.Abs(gap) <= NearDays ? -1 : gap > FarDays ? 1 : 0;
            if (mark == 0)
            {
                continue;
            }
            // اليوم الوطني، اليوم التالي: "the day" of a name or of the story, not today.
            if (mark < 0 && d.IsRelative && NotToday(words, d))
            {
                continue;
            }
            for (var i = 0; i < words.Count; i++)
            {
                if (words[i].Start < d.End && words[i].End > d.Start && anchors[i] >= 0)
                {
                    anchors[i] = mark;
                }
            }
        }
        // الأولى منذ 2011، الأولى … منذ بدء المعارك في أواخر مارس: a far anchor after a comparing منذ is none.
        for (var i = 0; i < words.Count; i++)
        {
            if (anchors[i] > 0)
            {
                for (var j = i; j >= Math.Max(0, i - SinceWindow); j--)
                {
                    if (Lists.Is(CliticVariants.WithoutConjunction(words[j].Norm), NonEpisodicKind.Since) && Compares(words, j))
                    {
                        anchors[i] = 0;
                        break;
                    }
                }
            }
        }
        return anchors;
    }

    // الأولى منذ، لأول مرة منذ، الأسوأ منذ، السفينة الأولى التي ترسو … منذ: "the first/worst … since" compares a present act
    // with the past.
    private static bool Compares(List<Word> words, int since)
    {
        for (var j = Math.Max(0, since - CompareWindow); j < since; j++)
        {
            var w = CliticVariants.WithoutConjunction(words[j].Norm);
            if (Lists.Is(w, NonEpisodicKind.Comparative))
            {
                return true;
            }
        }
        return false;
    }

    private static bool NotToday(List<Word> words, DateMention d)
    {
        var i = words.FindIndex(w => w.Start >= d.Start && w.End <= d.End + 1);
        return i >= 0 && Lists.EndsWithToday(words[i].Norm) && i + 1 < words.Count && Lists.Is(words[i + 1].Norm, NonEpisodicKind.NotToday);
    }

    private static bool IsMonth(string word) => CalendarMonths.GregorianMonth(word) > 0 || CalendarMonths.HijriMonth(word) > 0;

    // 2014، 2014م، العام 2014 written as one word after a clitic (لعام2014 is rare): the year, or null.
    private static int? Year(string word)
    {
        var w = word.EndsWith('م') ? word[..^1] : word;
        return w.Length == 4 && w.All(char.IsAsciiDigit) && int.Parse(w, System.Globalization.CultureInfo.InvariantCulture) is var y and >= 1900 and <= 2100 ? y : null;
    }

    private static bool IsFarYear(int year, DateOnly day) =>
        year < day.Year && day.DayNumber - new DateOnly(year, 12, 31).DayNumber > FarDays;
}
