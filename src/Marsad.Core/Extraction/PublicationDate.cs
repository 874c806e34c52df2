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
/// <item>the article's dateline: an explicit date in its opening, or a short line that is mostly a date: <see cref="DateSource.Text"/>;</item>
/// <item>the crawl date, as a last resort: <see cref="DateSource.Crawl"/>.</item>
/// </list>
/// A date after the crawl date, or before 1990, is not a publication date. Dates deeper
/// in the text (history, other articles) are not taken: unknown stays null.
/// </summary>
internal static partial class PublicationDate
{
    private const int Opening = 400;
    private const int DatelineMax = 60;

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
        foreach (var mention in DateRecognizer.Find(text.Length > Opening ? text[..Opening] : text, null))
        {
            return mention.Value;
        }
        // A dateline may also close the article ("نشر في 23/11/2015"): a short line that is mostly its date.
        foreach (var line in text.Split('\n'))
        {
            if (line.Length <= DatelineMax && DateRecognizer.Find(line, null) is [var only] && only.Text.Length * 2 >= line.Trim().Length)
            {
                return only.Value;
            }
        }
        return null;
    }

    private static DateOnly? Plausible(DateOnly? date, DateOnly? fetch) =>
        date is { } d && d.Year >= 1990 && (fetch is not { } f || d <= f.AddDays(1)) ? d : null;

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})(?:[/_-](?<m>\d{1,2})[/_-](?<d>\d{1,2})|(?<m>\d{2})(?<d>\d{2})|/[a-z_-]+/(?<m>\d{1,2})/(?<d>\d{1,2}))(?:[/_.-]|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UrlDate();
}
