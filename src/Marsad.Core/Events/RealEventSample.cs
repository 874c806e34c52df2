using System.Text.RegularExpressions;

namespace Marsad.Core.Events;

/// <summary>
/// One annotated whole article of <c>eval/events-real/real.tsv</c>: where it is in SaudiNewsNet and the
/// events an analyst codes from it.
/// </summary>
/// <param name="Key">The corpus zip and the record's 1-based index in it (<c>2015-07-21.zip#37</c>).</param>
/// <param name="Split"><c>dev</c> (studied) or <c>test</c> (only scored).</param>
/// <param name="UrlHash">The first 16 hex digits of the SHA-256 of the record's url (<see cref="RealEventSample.HashUrl"/>),
/// to check that the key still names the same article without copying the url (its slug is corpus text).</param>
/// <param name="Events">The expected events, as in the gold set.</param>
/// <param name="Anchors">For each event, its trigger word when the annotator wrote one, else null.</param>
/// <param name="Line">The file line, for messages.</param>
internal sealed record RealArticle(string Key, string Split, string UrlHash, IReadOnlyList<GoldEvent> Events, IReadOnlyList<string?> Anchors, int Line)
{
    /// <summary>The zip file name of <see cref="Key"/>.</summary>
    public string File => Key[..Key.IndexOf('#', StringComparison.Ordinal)];

    /// <summary>Whether <paramref name="url"/> is the url this record was annotated from.</summary>
    public bool HasUrl(string? url) => url is not null && RealEventSample.HashUrl(url) == UrlHash;

    /// <summary>The 1-based record index of <see cref="Key"/>.</summary>
    public int Record => int.Parse(Key[(Key.IndexOf('#', StringComparison.Ordinal) + 1)..], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The article as a gold sentence without text, for <see cref="Coding.GoldScore"/>.</summary>
    public GoldSentence AsGold() => new(Key, [], "", Events, Line);
}

/// <summary>
/// Reads <c>eval/events-real/real.tsv</c> (format in its README.md): key, split, url hash, events; each event
/// as in the gold set, optionally followed by <c>@WORD</c>, its trigger word. Every event is validated
/// against the code tables like the gold set's.
/// </summary>
internal static partial class RealEventSample
{
    /// <summary>Reads and validates the sample.</summary>
    /// <exception cref="EventResourceException">A record is malformed or a key repeats.</exception>
    public static IReadOnlyList<RealArticle> Load(TextReader reader, string fileName, CameoCodes codes)
    {
        var articles = new List<RealArticle>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, f) in EventResources.DataLines(reader))
        {
            if (f.Length != 4)
            {
                throw new EventResourceException(fileName, line, $"expected 4 tab-separated fields (key, split, url hash, events), found {f.Length}");
            }
            if (!KeyPattern().IsMatch(f[0]) || !keys.Add(f[0]))
            {
                throw new EventResourceException(fileName, line, $"key '{f[0]}' is malformed or repeated");
            }
            if (f[1] is not ("dev" or "test"))
            {
                throw new EventResourceException(fileName, line, $"split '{f[1]}' is neither dev nor test");
            }
            if (!UrlHashPattern().IsMatch(f[2]))
            {
                throw new EventResourceException(fileName, line, $"url hash '{f[2]}' is not 16 lower-case hex digits");
            }
            var events = new List<GoldEvent>();
            var anchors = new List<string?>();
            foreach (var text in f[3] == "-" ? [] : f[3].Split(" ; "))
            {
                // The anchor is the last token when it starts with @: at most the trigger word, never article text.
                var at = text.LastIndexOf(" @", StringComparison.Ordinal);
                var anchor = at >= 0 ? text[(at + 2)..] : null;
                if (anchor is not null && (anchor.Length == 0 || anchor.Contains(' ', StringComparison.Ordinal)))
                {
                    throw new EventResourceException(fileName, line, $"anchor in '{text}' is not one word");
                }
                events.Add(EventGoldSet.ParseEvent(at >= 0 ? text[..at] : text, codes, fileName, line));
                anchors.Add(anchor);
            }
            articles.Add(new RealArticle(f[0], f[1], f[2], events, anchors, line));
        }
        return articles;
    }

    /// <summary>The first 16 hex digits (lower case) of the SHA-256 of the url's UTF-8 bytes.</summary>
    public static string HashUrl(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(url)))[..16];
    }

    [GeneratedRegex("^[0-9a-f]{16}$")]
    private static partial Regex UrlHashPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}\.zip#[1-9]\d*$")]
    private static partial Regex KeyPattern();
}
