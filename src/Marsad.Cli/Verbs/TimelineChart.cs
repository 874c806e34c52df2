using Marsad.Core.Stories;
using ScottPlot;

namespace Marsad.Cli.Verbs;

/// <summary>Draws a timeline: stacked bars of events per quad class and the mean Goldstein score as a line, with a font that has Arabic.</summary>
internal static class TimelineChart
{
    // DejaVu Sans covers Arabic; ScottPlot falls back to its default font where it is not installed.
    private const string Font = "DejaVu Sans";

    private static readonly (string Label, Color Color)[] Quads =
    [
        ("verbal cooperation", Colors.SeaGreen), ("material cooperation", Colors.DarkGreen),
        ("verbal conflict", Colors.Orange), ("material conflict", Colors.FireBrick),
    ];

    public static void Save(Timeline timeline, string path)
    {
        var plot = new Plot();
        plot.Font.Set(Font);
        var positions = timeline.Periods.Select(p => p.Start.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
        var width = timeline.Granularity == TimelineGranularity.Month ? 25 : 5.5;
        var bars = new List<Bar>();
        for (var i = 0; i < timeline.Periods.Count; i++)
        {
            double bottom = 0;
            for (var q = 0; q < 4; q++)
            {
                var count = timeline.Periods[i].ByQuadClass[q];
                if (count > 0)
                {
                    bars.Add(new Bar { Position = positions[i], ValueBase = bottom, Value = bottom + count, FillColor = Quads[q].Color, Size = width });
                    bottom += count;
                }
            }
        }
        plot.Add.Bars(bars);
        for (var q = 0; q < 4; q++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = Quads[q].Label, FillColor = Quads[q].Color });
        }
        var dated = timeline.Periods.Where(p => p.MeanGoldstein is not null).ToArray();
        if (dated.Length > 0)
        {
            var line = plot.Add.Scatter(
                dated.Select(p => p.Start.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray(),
                dated.Select(p => p.MeanGoldstein!.Value).ToArray());
            line.Axes.YAxis = plot.Axes.Right;
            line.LegendText = "mean Goldstein";
            line.Color = Colors.Navy;
            plot.Axes.Right.Label.Text = "mean Goldstein (-10..10)";
            plot.Axes.SetLimitsY(-10, 10, plot.Axes.Right);
        }
        plot.Axes.DateTimeTicksBottom();
        plot.Axes.Left.Label.Text = "events";
        plot.Title($"{timeline.A} – {timeline.B}");
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, 1000, 500);
    }
}
