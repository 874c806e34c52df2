namespace Marsad.Core.Extraction;

/// <summary>Which site a page belongs to, for counting the lines a site repeats.</summary>
internal static class SiteKey
{
    /// <summary>The host of the URL, else the given source name, else empty (all unknown pages are one site).</summary>
    public static string Of(string? url, string? source) => OutletName.FromUrl(url) ?? source?.Trim().ToLowerInvariant() ?? "";
}
