using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;

namespace Marsad.Web.Pages;

/// <summary>The dashboard's page frame and the one encoder every untrusted text goes through.</summary>
internal static class Layout
{
    // Arabic stays readable in the source; markup characters are always encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string Style = """
        body{font-family:"Noto Naskh Arabic","DejaVu Sans",sans-serif;margin:0;background:#f7f7f5;color:#1d1d1d;line-height:1.7}
        header{background:#16324f;color:#fff;padding:.6em 1.2em;display:flex;gap:1.2em;align-items:center;flex-wrap:wrap}
        header a{color:#fff;text-decoration:none}main{padding:1em 1.5em;max-width:1100px}
        table{border-collapse:collapse;width:100%;background:#fff}td,th{border:1px solid #ddd;padding:.3em .5em;text-align:right;vertical-align:top}
        mark{background:#ffe08a}.text{white-space:pre-wrap;background:#fff;padding:1em;border:1px solid #ddd}
        .ent{border-bottom:2px solid #4a7fb0}mark.trig{background:#ffe08a;padding:0 .1em}.sent{background:#eef4ea}.sent:target,[id^="s-"]:target{background:#ffd54f;outline:2px solid #e0a800}
        .stats span{display:inline-block;background:#fff;border:1px solid #ddd;padding:.4em .8em;margin:.2em}
        form input,form select{margin:.2em}.muted{color:#666}
        """;

    public static string E(string? text) => Encoder.Encode(text ?? "");

    /// <summary>A query-string or path component, percent-encoded (then safe inside an attribute).</summary>
    public static string U(string? text) => Uri.EscapeDataString(text ?? "");

    public static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static IResult Page(string title, string body, int status = 200)
    {
        var html = new StringBuilder(body.Length + 2048)
            .Append("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
            .Append("<title>").Append(E(title)).Append(" — مرصد</title><style>").Append(Style).Append("</style></head><body>")
            .Append("<header><strong><a href=\"/\">مرصد</a></strong><a href=\"/search\">بحث</a><a href=\"/events\">الأحداث</a><a href=\"/timeline\">الخط الزمني</a>")
            .Append("<form action=\"/search\" method=\"get\"><input name=\"q\" type=\"search\" placeholder=\"ابحث\" aria-label=\"ابحث\"></form></header><main>")
            .Append(body).Append("</main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    public static IResult ErrorPage(int status, string title, string message) =>
        Page(title, $"<h1>{E(title)}</h1><p>{E(message)}</p>", status);
}
