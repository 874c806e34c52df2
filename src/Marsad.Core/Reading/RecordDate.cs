using System.Globalization;
using System.Text.RegularExpressions;

namespace Marsad.Core.Reading;

/// <summary>
/// Reads the dates records carry (JSON Lines fields, feed items) into a calendar date.
/// </summary>
/// <remarks>
/// Accepted forms:
/// <list type="bullet">
/// <item>an ISO 8601 date, <c>2015-11-23</c>;</item>
/// <item>an ISO 8601 date-time with or without offset, <c>2015-11-23T10:05:00+03:00</c>, or with a space for the <c>T</c>;</item>
/// <item>an RFC 822 date as feeds write it, <c>Mon, 23 Nov 2015 10:05:00 +0300</c> (or <c>GMT</c>, <c>UT</c>, <c>Z</c>, US zone names);</item>
/// <item>unix time: seconds since 1970 as a number or a string of digits; a value above 10^11 is taken as milliseconds.</item>
/// </list>
/// The calendar date is the one in the offset the value gives: what the publisher saw.
/// </remarks>
internal static partial class RecordDate
{
    private const long MillisecondsThreshold = 100_000_000_000;

    private static readonly string[] Rfc822Formats =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm zzz",
        "ddd, d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm:ss zzz",
    ];

    /// <summary>Parses a date or date-time written as text; false for anything else.</summary>
    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var trimmed = text.Trim();
        if (trimmed.All(char.IsAsciiDigit) && long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var unix))
        {
            return TryFromUnix(unix, out value);
        }
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            value = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return true;
        }
        if (LooksIso().IsMatch(trimmed))
        {
            return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value);
        }
        return TryParseRfc822(trimmed, out value);
    }

    /// <summary>Converts unix seconds (or milliseconds above 10^11) to a date-time; false when out of range.</summary>
    public static bool TryFromUnix(long unix, out DateTimeOffset value)
    {
        value = default;
        try
        {
            value = unix > MillisecondsThreshold ? DateTimeOffset.FromUnixTimeMilliseconds(unix) : DateTimeOffset.FromUnixTimeSeconds(unix);
            return unix >= 0;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>The calendar date of a date-time in its own offset.</summary>
    public static DateOnly ToDate(DateTimeOffset value) => DateOnly.FromDateTime(value.DateTime);

    private static bool TryParseRfc822(string text, out DateTimeOffset value)
    {
        var normalized = ZoneSuffix().Replace(text, m => ZoneOffset(m.Groups[1].Value));
        return DateTimeOffset.TryParseExact(normalized, Rfc822Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out value);
    }

    private static string ZoneOffset(string zone) => zone.ToUpperInvariant() switch
    {
        "GMT" or "UT" or "UTC" or "Z" => " +00:00",
        "EST" => " -05:00",
        "EDT" => " -04:00",
        "CST" => " -06:00",
        "CDT" => " -05:00",
        "MST" => " -07:00",
        "MDT" => " -06:00",
        "PST" => " -08:00",
        "PDT" => " -07:00",
        var numeric when numeric.Length == 5 => $" {numeric[..3]}:{numeric[3..]}",
        var other => " " + other,
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex LooksIso();

    [GeneratedRegex(@"\s+([A-Za-z]{1,3}|[+-]\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex ZoneSuffix();
}
