using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Marsad.Core.Documents;
using Marsad.Core.Events;
using Marsad.Core.Stories;
using Marsad.Storage;

namespace Marsad.Cli.Verbs;

/// <summary><c>marsad events</c>: the stored events, merged across articles and outlets, as TSV, CSV or JSON.</summary>
internal static class EventsVerb
{
    /// <summary>The contract's columns, in order.</summary>
    public static readonly string[] Columns =
    [
        "event_id", "date", "source_name", "source_country", "source_code", "target_name", "target_country", "target_code",
        "plover", "cameo", "quad_class", "goldstein", "negated", "location", "lat", "lon", "num_articles", "num_sources",
        "first_seen", "example_sentence", "article_ids",
    ];

    public static Command Create()
    {
        var data = DataOption.Create();
        var actor = new Option<string?>("--actor") { Description = "The source actor (CAMEO code RUSGOV, country RUS, or name); without --target, either side." };
        var target = new Option<string?>("--target") { Description = "The target actor (CAMEO code, country or name)." };
        var type = new Option<string?>("--type") { Description = "The PLOVER type (CONSULT, ASSAULT, ...)." };
        type.AcceptOnlyFromAmong([.. Enum.GetValues<PloverType>().Select(t => JsonSerializer.Serialize(t, DocumentJson.Options).Trim('"'))]);
        var from = StoreAccess.DateOption("--from", "Events on or after");
        var to = StoreAccess.DateOption("--to", "Events on or before");
        var format = StoreAccess.FormatOption("tsv", "csv", "json");
        var command = new Command("events", """
            The stored events, merged across articles and outlets: one happening, one row.
            Example: marsad events --actor RUS --target TUR --type CONSULT --from 2015-01-01 --format csv
            """);
        foreach (var o in new Option[] { data, actor, target, type, from, to, format })
        {
            command.Options.Add(o);
        }
        command.SetAction((result, ct) => StoreAccess.WithStoreAsync(result, data, async (store, output) =>
        {
            var filter = new EventFilter
            {
                Actor = result.GetValue(actor),
                Target = result.GetValue(target),
                Type = result.GetValue(type) is { } t ? JsonSerializer.Deserialize<PloverType>($"\"{t}\"", DocumentJson.Options) : null,
                From = result.GetValue(from),
                To = result.GetValue(to),
            };
            var events = await store.GetEventsAsync(filter, ct).ConfigureAwait(false);
            await WriteAsync(output, events, result.GetValue(format)!).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Writes merged events in a format: <c>json</c> (an array), <c>tsv</c> or <c>csv</c> (header first).</summary>
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<MergedEvent> events, string format)
    {
        if (format == "json")
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(events, DocumentJson.Options)).ConfigureAwait(false);
            return;
        }
        var separator = format == "csv" ? ',' : '\t';
        await output.WriteLineAsync(string.Join(separator, Columns)).ConfigureAwait(false);
        foreach (var e in events)
        {
            await output.WriteLineAsync(string.Join(separator, Row(e).Select(v => Cell(v, separator)))).ConfigureAwait(false);
        }
    }

    private static IEnumerable<string?> Row(MergedEvent e) =>
    [
        e.Id, Iso(e.Date), e.Source?.Name ?? e.Source?.Text, e.Source?.Country, e.Source?.Code,
        e.Target?.Name ?? e.Target?.Text, e.Target?.Country, e.Target?.Code,
        JsonSerializer.Serialize(e.Plover, DocumentJson.Options).Trim('"'), e.Cameo,
        e.QuadClass.ToString(CultureInfo.InvariantCulture), e.Goldstein.ToString(CultureInfo.InvariantCulture), e.Negated ? "true" : "false",
        e.Location?.Name, e.Location?.Lat?.ToString(CultureInfo.InvariantCulture), e.Location?.Lon?.ToString(CultureInfo.InvariantCulture),
        e.NumArticles.ToString(CultureInfo.InvariantCulture), e.NumSources.ToString(CultureInfo.InvariantCulture),
        Iso(e.FirstSeen), e.ExampleSentence, string.Join(';', e.ArticleIds),
    ];

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // TSV cells never hold tabs or line breaks; CSV cells are quoted (RFC 4180) when they need to be.
    private static string Cell(string? value, char separator)
    {
        var v = value ?? "";
        if (separator == '\t')
        {
            return v.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
        }
        return v.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v;
    }
}
