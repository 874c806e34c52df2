using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using UtfUnknown;

namespace Marsad.Core.Reading;

/// <summary>
/// Turns the bytes of a page into text, choosing the encoding in this order:
/// <list type="bullet">
/// <item>a byte order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE);</item>
/// <item>the charset the HTTP <c>Content-Type</c> header declares (WARC records);</item>
/// <item>for HTML, <c>&lt;meta charset&gt;</c> or <c>&lt;meta http-equiv content="...charset=..."&gt;</c> in the first 4 KB (a declared UTF-16 there means UTF-8, as browsers read it);</item>
/// <item>detection: UTF-16 without BOM when nine in ten code units are ASCII or Arabic; valid UTF-8 is UTF-8; else the Arabic code page (windows-1256 or ISO-8859-6) under which nine in ten high bytes are Arabic letters, a cheap test that spares most Arabic pages the slow statistical detector; else UTF.Unknown's guess, and where it has none (or only a Western guess) the Arabic code page under which three in four high bytes are letters;</item>
/// <item>UTF-8, bad bytes replaced by U+FFFD.</item>
/// </list>
/// </summary>
internal static partial class CharsetDecoder
{
    private const int MetaScanLength = 4096;
    private const int DetectionSampleLength = 16 * 1024;
    private const double StrictLetterShare = 0.9;
    private const double LooseLetterShare = 0.75;

    // Registered here, before any member can ask for a code page: the one place that needs them.
    static CharsetDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly Lazy<bool[]> Windows1256Table = new(() => LetterTable(Windows1256));
    private static readonly Lazy<bool[]> Iso88596Table = new(() => LetterTable(Iso88596));

    private static bool[] Windows1256Letters => Windows1256Table.Value;

    private static bool[] Iso88596Letters => Iso88596Table.Value;

    /// <summary>Makes sure the code pages (windows-1256, ISO-8859-6, ...) are registered, for XML readers too.</summary>
    public static void EnsureCodePages()
    {
        // Touching the class runs its static constructor; nothing else to do.
    }

    /// <summary>Windows-1256, the Arabic Windows code page.</summary>
    public static Encoding Windows1256 => Encoding.GetEncoding(1256);

    /// <summary>ISO-8859-6, the Arabic ISO code page.</summary>
    public static Encoding Iso88596 => Encoding.GetEncoding(28596);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="declaredCharset"/> is the HTTP header's charset, if any.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset, bool isHtml)
    {
        if (DetectBom(bytes, out var bomLength) is { } bom)
        {
            return bom.GetString(bytes[bomLength..]);
        }
        var encoding = FromName(declaredCharset)
            ?? (isHtml ? FromMeta(bytes) : null)
            ?? Detect(bytes);
        return encoding.GetString(bytes);
    }

    /// <summary>The encoding a byte order mark at the start of <paramref name="bytes"/> names, or null.</summary>
    public static Encoding? DetectBom(ReadOnlySpan<byte> bytes, out int length)
    {
        (Encoding? encoding, length) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => ((Encoding?)null, 0),
        };
        return encoding;
    }

    /// <summary>The charset parameter of a <c>Content-Type</c> value, or null.</summary>
    public static string? CharsetOf(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }
        var match = ContentTypeCharset().Match(contentType);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>The encoding a charset label names, or null when .NET does not know it.</summary>
    public static Encoding? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        var label = name.Trim().Trim('"', '\'').ToLowerInvariant();
        label = label switch
        {
            "cp1256" or "win-1256" or "x-cp1256" => "windows-1256",
            "iso-8859-6-i" or "iso-8859-6-e" or "iso8859-6" or "iso_8859-6" => "iso-8859-6",
            "utf8" => "utf-8",
            _ => label,
        };
        try
        {
            return Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding? FromMeta(ReadOnlySpan<byte> bytes)
    {
        Span<char> head = stackalloc char[MetaScanLength];
        var length = Encoding.Latin1.GetChars(bytes[..Math.Min(bytes.Length, MetaScanLength)], head);
        string? label = null;
        foreach (var match in MetaCharset().EnumerateMatches(head[..length]))
        {
            // The match ends with the label: what follows the last '=' without quotes or spaces.
            var text = head.Slice(match.Index, match.Length);
            label = text[(text.LastIndexOf('=') + 1)..].Trim().TrimStart("\"'").ToString();
            break;
        }
        if (FromName(label) is not { } encoding)
        {
            return null;
        }
        // Bytes we could scan as ASCII are not UTF-16, whatever the page claims.
        return encoding is UnicodeEncoding or UTF32Encoding ? Encoding.UTF8 : encoding;
    }

    /// <summary>
    /// UTF-16 LE or BE for text saved without a BOM: nine in ten of the first code units
    /// are ASCII (but NUL) or in the Arabic block, which random or binary bytes never are.
    /// </summary>
    public static Encoding? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 1024) & ~1)];
        if (sample.Length < 4)
        {
            return null;
        }
        int little = 0, big = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            little += IsTextUnit(sample[i], sample[i + 1]) ? 1 : 0;
            big += IsTextUnit(sample[i + 1], sample[i]) ? 1 : 0;
        }
        var units = sample.Length / 2;
        return little * 10 >= units * 9 ? Encoding.Unicode
            : big * 10 >= units * 9 ? Encoding.BigEndianUnicode
            : null;
    }

    private static bool IsTextUnit(byte low, byte high) => (high == 0 && low != 0) || high == 0x06;

    private static Encoding Detect(ReadOnlySpan<byte> bytes)
    {
        if (Utf16WithoutBom(bytes) is { } utf16)
        {
            return utf16;
        }
        if (Utf8.IsValid(bytes))
        {
            return Encoding.UTF8;
        }
        var sample = bytes[..Math.Min(bytes.Length, DetectionSampleLength)].ToArray();
        if (ArabicCodePage(sample, StrictLetterShare) is { } arabic)
        {
            return arabic;
        }
        var detected = CharsetDetector.DetectFromBytes(sample).Detected;
        var guess = detected is { Confidence: >= 0.5f, Encoding: { } e } ? e : null;
        if (guess is null || guess.CodePage is 1252 or 28591 or 20127)
        {
            return ArabicCodePage(sample, LooseLetterShare) ?? guess ?? Encoding.UTF8;
        }
        return guess;
    }

    /// <summary>
    /// Windows-1256 or ISO-8859-6 when the high bytes form words of their own (Western
    /// accented letters sit between ASCII letters) and, decoded with it, at least
    /// <paramref name="letterShare"/> of the high bytes are Arabic letters (the two code pages place the letters differently, so
    /// the wrong one yields Latin letters, marks or holes), else null.
    /// </summary>
    internal static Encoding? ArabicCodePage(ReadOnlySpan<byte> bytes, double letterShare = LooseLetterShare)
    {
        int high = 0, besideLatin = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] < 0x80)
            {
                continue;
            }
            high++;
            if ((i > 0 && char.IsAsciiLetter((char)bytes[i - 1])) || (i + 1 < bytes.Length && char.IsAsciiLetter((char)bytes[i + 1])))
            {
                besideLatin++;
            }
        }
        if (high == 0 || besideLatin * 10 > high)
        {
            return null;
        }
        var windows = ArabicLetters(bytes, Windows1256Letters);
        var iso = ArabicLetters(bytes, Iso88596Letters);
        var (best, letters) = windows >= iso ? (Windows1256, windows) : (Iso88596, iso);
        return letters >= high * letterShare ? best : null;
    }

    private static int ArabicLetters(ReadOnlySpan<byte> bytes, bool[] letters)
    {
        var count = 0;
        foreach (var b in bytes)
        {
            if (b >= 0x80 && letters[b - 0x80])
            {
                count++;
            }
        }
        return count;
    }

    // Which high bytes (0x80-0xFF) a single-byte code page maps to an Arabic letter.
    private static bool[] LetterTable(Encoding encoding)
    {
        var high = new byte[128];
        for (var i = 0; i < high.Length; i++)
        {
            high[i] = (byte)(0x80 + i);
        }
        return [.. encoding.GetString(high).Select(c => c is (>= '\u0621' and <= '\u063A') or (>= '\u0641' and <= '\u064A'))];
    }

    [GeneratedRegex("""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""charset\s*=\s*["']?([A-Za-z0-9_.:\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContentTypeCharset();
}
