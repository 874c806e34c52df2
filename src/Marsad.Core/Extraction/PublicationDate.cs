using System.Globalization;
using System.Text.RegularExpressions;
using Marsad.Core.Language.Dates;

namespace Marsad.Core.Extraction;

/// <summary>
/// Chooses an article's publication date from its sources, most trusted first:
/// <list type="number">
/// <item>the date the input gives (<c>--date</c>, the record's own date): <see cref="DateSource.Input"/>;</item>
/// <item>page metadata (JSON-LD, Open Graph, meta tags, <c>&lt;time&gt;</c>): <see cref="DateSource.Meta"/>;</item>
/// <item>the URL path (<c>/2015/11/23/</c>, <c>/2015-11-23/</c>, <c>/20151123</c>, <c>/2013/section/8/3/</c>): <see cref="DateSource.Url"/>;</item>
/// <item>the article's dateline: an explicit date before its first sentence (after at most a place, a weekday and an agency), or a short line that is a date and at most three other words (نشر بتاريخ …): <see cref="DateSource.Text"/>;</item>
/// <item>the crawl date, as a last resort: <see cref="DateSource.Crawl"/>.</item>
/// </list>
/// A date after the crawl date, or before 1990, is not a publication date. Dates deeper
/// in the text (history, other articles) are not taken: unknown stays null.
/// </summary>
internal static partial class PublicationDate
{
    private const int Opening = 400;
    private const int DatelineMax = 60;
    private const int LeadWords = 6;

    // A closing dateline line holds its date and at most this many other words (نشر بتاريخ، آخر تحديث).
    private const int ClosingWords = 3;

    // Separators of a dateline's head: spaces, dashes, colons, commas, brackets and quotation marks.
    private static readonly System.Buffers.SearchValues<char> LeadSeparators =
        System.Buffers.SearchValues.Create(" \t\n\r-–—:،,()[]«»\"/|");

    private const string SentenceEnds = ".؟!?";

    // Words after which a date is the complement of a sentence («في 22 يوليو», «بتاريخ», «الموافق»), not a dateline.
    private static readonly HashSet<string> ComplementWords = new(StringComparer.Ordinal)
    {
        "في", "منذ", "بتاريخ", "الموافق", "حتى", "قبل", "بعد", "من", "إلى", "الى", "خلال", "عام", "يوم", "تاريخ", "وفي", "ففي",
    };

    /// <summary>The publication date and where it came from, or (null, null).</summary>
    public static (DateOnly? Date, DateSource? From) Choose(DateOnly? input, DateOnly? meta, string? url, string text, DateOnly? fetch)
    {
        if (input is { } i)
        {
            return (i, DateSource.Input);
        }
        if (Plausible(meta, fetch) is { } m)
        {
            return (m, DateSource.Meta);
        }
        if (Plausible(FromUrl(url), fetch) is { } u)
        {
            return (u, DateSource.Url);
        }
        if (Plausible(FromText(text), fetch) is { } t)
        {
            return (t, DateSource.Text);
        }
        return fetch is { } f ? (f, DateSource.Crawl) : (null, null);
    }

    /// <summary>The day a URL path names, or null.</summary>
    public static DateOnly? FromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url;
        var m = UrlDate().Match(path);
        if (!m.Success)
        {
            return null;
        }
        var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }

    /// <summary>The date of the article's dateline, or null.</summary>
    public static DateOnly? FromText(string text)
    {
        var opening = text.Length > Opening ? text[..Opening] : text;
        foreach (var mention in DateRecognizer.Find(opening, null))
        {
            // Only the first date can be the dateline, and only where a dateline stands: before the first sentence,
            // after at most a place, a weekday and an agency. A date the first sentence tells («واعتقل في 22 يوليو
            // 2014», «بتاريخ 17-4-1435هـ») is history or a reference, never the day the article appeared.
            if (OpensText(opening.AsSpan(0, mention.Start)))
            {
                return mention.Value;
            }
            break;
        }
        // A dateline may also close the article ("نشر في 23/11/2015"): a short line of its date and a few words.
        foreach (var line in text.Split('\n'))
        {
            if (line.Length <= DatelineMax && DateRecognizer.Find(line, null) is [var only]
                && Words(line.AsSpan(0, only.Start)) + Words(line.AsSpan(only.End)) <= ClosingWords)
            {
                return only.Value;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether the text before a date is a dateline's head: at most <see cref="LeadWords"/> words (بغداد - الثلاثاء،
    /// القاهرة – (أ ف ب) –), no sentence end, and not ending in a word that makes the date a sentence's complement.
    /// </summary>
    private static bool OpensText(ReadOnlySpan<char> before)
    {
        var words = 0;
        var last = ReadOnlySpan<char>.Empty;
        foreach (var range in before.SplitAny(LeadSeparators))
        {
            var word = before[range];
            if (word.IsEmpty)
            {
                continue;
            }
            // A word that ends a sentence (not an agency's initials, أ.ف.ب)
            if (word.Length > 3 && SentenceEnds.Contains(word[^1]) && word[..^1].IndexOfAny(SentenceEnds) < 0)
            {
                return false;
            }
            words++;
            last = word;
        }
        return words <= LeadWords && (last.IsEmpty || !ComplementWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(last));
    }

    private static int Words(ReadOnlySpan<char> text)
    {
        var words = 0;
        foreach (var range in text.SplitAny(LeadSeparators))
        {
            words += text[range].IsEmpty ? 0 : 1;
        }
        return words;
    }

    private static DateOnly? Plausible(DateOnly? date, DateOnly? fetch) =>
        date is { } d && d.Year >= 1990 && (fetch is not { } f || d <= f.AddDays(1)) ? d : null;

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})(?:[/_-](?<m>\d{1,2})[/_-](?<d>\d{1,2})|(?<m>\d{2})(?<d>\d{2})|/[a-z_-]+/(?<m>\d{1,2})/(?<d>\d{1,2}))(?:[/_.-]|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UrlDate();
}
