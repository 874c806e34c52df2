using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Marsad.Core.Documents;
using Marsad.Core.Events;
using Marsad.Core.Stories;
using Marsad.Storage;

namespace Marsad.Cli.Verbs;

/// <summary><c>marsad timeline A B [--png FILE]</c>: how relations between two actors moved, per month or week.</summary>
internal static class TimelineVerb
{
    public static Command Create()
    {
        var data = DataOption.Create();
        var a = new Argument<string>("a") { Description = "The first actor: CAMEO code (RUSGOV), country (RUS) or canonical name." };
        var b = new Argument<string>("b") { Description = "The second actor." };
        var week = new Option<bool>("--weekly") { Description = "Weeks (Monday to Sunday) instead of months." };
        var png = new Option<string?>("--png") { Description = "Also draw the chart into this PNG file." };
        var from = StoreAccess.DateOption("--from", "Events on or after");
        var to = StoreAccess.DateOption("--to", "Events on or before");
        var format = StoreAccess.FormatOption("text", "json");
        var command = new Command("timeline", """
            How relations between two actors moved over time: per month, the merged events between them by PLOVER type and quad class, and the mean Goldstein score.
            Example: marsad timeline RUS TUR --from 2015-01-01 --png rus-tur.png
            """);
        command.Arguments.Add(a);
        command.Arguments.Add(b);
        foreach (var o in new Option[] { data, week, from, to, png, format })
        {
            command.Options.Add(o);
        }
        command.SetAction((result, ct) => StoreAccess.WithStoreAsync(result, data, async (store, output) =>
        {
            var (first, second) = (result.GetRequiredValue(a), result.GetRequiredValue(b));
            var granularity = result.GetValue(week) ? TimelineGranularity.Week : TimelineGranularity.Month;
            var timeline = await store.GetTimelineAsync(first, second, granularity, result.GetValue(from), result.GetValue(to), ct).ConfigureAwait(false);
            if (result.GetValue(png) is { } file)
            {
                try
                {
                    TimelineChart.Save(timeline, file);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    await result.InvocationConfiguration.Error.WriteLineAsync($"marsad: {file}: cannot write the chart: {e.Message}").ConfigureAwait(false);
                    return ExitCodes.SomeFailed;
                }
            }
            if (result.GetValue(format) == "json")
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(timeline, DocumentJson.Options)).ConfigureAwait(false);
                return ExitCodes.Success;
            }
            await WriteTextAsync(output, timeline).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static async Task WriteTextAsync(TextWriter output, Timeline timeline)
    {
        if (timeline.Periods.Count == 0)
        {
            await output.WriteLineAsync($"no dated events between {timeline.A} and {timeline.B}").ConfigureAwait(false);
            return;
        }
        await output.WriteLineAsync("period\tevents\tverbal coop\tmaterial coop\tverbal conflict\tmaterial conflict\tmean goldstein\ttypes").ConfigureAwait(false);
        foreach (var p in timeline.Periods)
        {
            var types = string.Join(' ', Enum.GetValues<PloverType>().Where(t => p.ByPlover[(int)t] > 0)
                .Select(t => $"{t.ToName()}:{p.ByPlover[(int)t]}"));
            var goldstein = p.MeanGoldstein?.ToString("F1", CultureInfo.InvariantCulture) ?? "-";
            await output.WriteLineAsync($"{p.Start:yyyy-MM-dd}\t{p.Events}\t{string.Join('\t', p.ByQuadClass)}\t{goldstein}\t{types}").ConfigureAwait(false);
        }
    }
}
