using System.Globalization;
using System.Text;
using Marsad.Core.Stories;
using static Marsad.Web.Pages.Layout;

namespace Marsad.Web.Pages;

/// <summary>A dyad timeline drawn as inline SVG: per period one bar per quad class, and the mean Goldstein line.</summary>
internal static class TimelineSvg
{
    private const int Width = 900;
    private const int Height = 320;
    private const int Pad = 30;
    private static readonly string[] QuadColors = ["#4caf50", "#8bc34a", "#ff9800", "#e53935"];
    private static readonly string[] QuadNames = ["تعاون لفظي", "تعاون مادي", "نزاع لفظي", "نزاع مادي"];

    public static string Draw(Timeline timeline)
    {
        if (timeline.Periods.Count == 0)
        {
            return "<p class=\"muted\">لا أحداث بين الطرفين.</p>";
        }
        var periods = timeline.Periods;
        var maxCount = Math.Max(1, periods.Max(p => p.ByQuadClass.Max()));
        var slot = (Width - 2.0 * Pad) / periods.Count;
        var bar = Math.Max(1.0, slot / 5);
        var plot = Height - 2.0 * Pad;
        var svg = new StringBuilder()
            .Append("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" direction=\"ltr\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(Height)
            .Append("\" width=\"100%\"><title>").Append(E(timeline.A)).Append(" ↔ ").Append(E(timeline.B)).Append("</title>")
            .Append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>")
            .Append(Line(Pad, Pad + plot / 2, Width - Pad, Pad + plot / 2, "#bbb", "4 3"));
        var points = new List<string>();
        for (var i = 0; i < periods.Count; i++)
        {
            var x0 = Pad + i * slot;
            for (var q = 0; q < 4; q++)
            {
                var h = plot * periods[i].ByQuadClass[q] / maxCount;
                svg.Append("<rect class=\"q").Append(q + 1).Append("\" x=\"").Append(F(x0 + bar * (q + 0.5))).Append("\" y=\"").Append(F(Pad + plot - h))
                    .Append("\" width=\"").Append(F(bar)).Append("\" height=\"").Append(F(h)).Append("\" fill=\"").Append(QuadColors[q]).Append("\"><title>")
                    .Append(Date(periods[i].Start)).Append(' ').Append(QuadNames[q]).Append(": ").Append(periods[i].ByQuadClass[q]).Append("</title></rect>");
            }
            if (periods[i].MeanGoldstein is { } g)
            {
                points.Add(F(x0 + slot / 2) + "," + F(Pad + plot / 2 - plot / 2 * g / 10));
            }
            if (periods.Count <= 24 || i % (periods.Count / 12) == 0)
            {
                svg.Append("<text x=\"").Append(F(x0 + slot / 2)).Append("\" y=\"").Append(Height - 8).Append("\" font-size=\"10\" text-anchor=\"middle\">")
                    .Append(periods[i].Start.ToString("yyyy-MM", CultureInfo.InvariantCulture)).Append("</text>");
            }
        }
        if (points.Count > 0)
        {
            svg.Append("<polyline class=\"goldstein\" fill=\"none\" stroke=\"#16324f\" stroke-width=\"2\" points=\"").Append(string.Join(' ', points)).Append("\"/>");
        }
        svg.Append("<text x=\"").Append(Pad).Append("\" y=\"").Append(Pad - 10).Append("\" font-size=\"11\">max ").Append(maxCount).Append(" · Goldstein −10…+10</text></svg>");
        var legend = string.Concat(Enumerable.Range(0, 4).Select(q => $"<span style=\"color:{QuadColors[q]}\">■</span> {QuadNames[q]} "));
        return svg.Append("<p>").Append(legend).Append("<span style=\"color:#16324f\">—</span> متوسط Goldstein</p>").ToString();
    }

    public static string Table(Timeline timeline)
    {
        var html = new StringBuilder("<table><thead><tr><th>الفترة</th><th>أحداث</th><th>تعاون لفظي</th><th>تعاون مادي</th><th>نزاع لفظي</th><th>نزاع مادي</th><th>Goldstein</th><th>مقالات</th></tr></thead><tbody>");
        foreach (var p in timeline.Periods)
        {
            html.Append("<tr><td>").Append(Date(p.Start)).Append("</td><td>").Append(p.Events);
            foreach (var count in p.ByQuadClass)
            {
                html.Append("</td><td>").Append(count);
            }
            html.Append("</td><td>").Append(p.MeanGoldstein?.ToString("0.00", CultureInfo.InvariantCulture) ?? "—").Append("</td><td>").Append(p.Articles).Append("</td></tr>");
        }
        return html.Append("</tbody></table>").ToString();
    }

    private static string Line(double x1, double y1, double x2, double y2, string color, string dash) =>
        $"<line x1=\"{F(x1)}\" y1=\"{F(y1)}\" x2=\"{F(x2)}\" y2=\"{F(y2)}\" stroke=\"{color}\" stroke-dasharray=\"{dash}\"/>";

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
