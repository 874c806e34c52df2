using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using Marsad.Core.Reading;

namespace Marsad.Core.Processing;

/// <summary>
/// A hash of everything a page gives the analysis (content, kind, url, title, source,
/// dates, <c>--as-article</c>): equal fingerprints mean re-analyzing the page would give
/// the same document, so a re-run may skip it; an edited file or another stdin does not match.
/// </summary>
public static class PageFingerprint
{
    /// <summary>The fingerprint of <paramref name="page"/>, as 16 lower-case hex digits.</summary>
    public static string Of(RawPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var hash = new XxHash3();
        Append(hash, page.Kind.ToString());
        Append(hash, page.Content);
        Append(hash, page.Url);
        Append(hash, page.Title);
        Append(hash, page.Source);
        Append(hash, page.Date?.ToString("O", CultureInfo.InvariantCulture));
        Append(hash, page.FetchDate?.ToString("O", CultureInfo.InvariantCulture));
        Append(hash, page.IsArticle ? "article" : "page");
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    private static void Append(XxHash3 hash, string? field)
    {
        // A length prefix keeps ("ab", "c") and ("a", "bc") apart; -1 marks null.
        Span<byte> length = stackalloc byte[4];
        BitConverter.TryWriteBytes(length, field?.Length ?? -1);
        hash.Append(length);
        if (field is not null)
        {
            hash.Append(MemoryMarshal.AsBytes(field.AsSpan()));
        }
    }
}
