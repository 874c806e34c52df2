namespace Marsad.Core.Extraction;

/// <summary>The outlet a page comes from, when nothing better names it: the URL's host without <c>www.</c>.</summary>
internal static class OutletName
{
    /// <summary>The host of <paramref name="url"/> (arabic.cnn.com), or null.</summary>
    public static string? FromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return null;
        }
        var host = uri.IdnHost.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
