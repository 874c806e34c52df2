using System.Globalization;
using System.Text.Json;
using Marsad.Core.Documents;
using Marsad.Core.Events;
using Marsad.Core.Stories;

namespace Marsad.Web;

/// <summary>Merged events as the contract writes them (<c>marsad events</c> and <c>GET /api/events</c>): JSON, TSV or CSV.</summary>
public static class EventTable
{
    /// <summary>The contract's columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "event_id", "date", "source_name", "source_country", "source_code", "target_name", "target_country", "target_code",
        "plover", "cameo", "quad_class", "goldstein", "negated", "location", "lat", "lon", "num_articles", "num_sources",
        "first_seen", "example_sentence", "article_ids",
    ];

    /// <summary>The formats <see cref="WriteAsync"/> knows.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["json", "csv", "tsv"];

    /// <summary>The HTTP content type of a format.</summary>
    public static string ContentType(string format) => format switch
    {
        "json" => "application/json; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "tsv" => "text/tab-separated-values; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "expected json, csv or tsv"),
    };

    /// <summary>Writes merged events in a format: <c>json</c> (an array), <c>tsv</c> or <c>csv</c> (header first).</summary>
    public static async Task WriteAsync(TextWriter output, IReadOnlyList<MergedEvent> events, string format)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(events);
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
        e.Plover.ToName(), e.Cameo,
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
