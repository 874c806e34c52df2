using System.CommandLine;
using Marsad.Core.Events;
using Marsad.Storage;
using Marsad.Web;

namespace Marsad.Cli.Verbs;

/// <summary><c>marsad events</c>: the stored events, merged across articles and outlets, as TSV, CSV or JSON.</summary>
internal static class EventsVerb
{
    public static Command Create()
    {
        var data = DataOption.Create();
        var actor = new Option<string?>("--actor") { Description = "The source actor (CAMEO code RUSGOV, country RUS, or name); without --target, either side." };
        var target = new Option<string?>("--target") { Description = "The target actor (CAMEO code, country or name)." };
        var type = new Option<string?>("--type") { Description = "The PLOVER type (CONSULT, ASSAULT, ...)." };
        type.AcceptOnlyFromAmong([.. Enum.GetValues<PloverType>().Select(t => t.ToName())]);
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
                Type = result.GetValue(type) is { } t && PloverTypes.TryParse(t, out var parsed) ? parsed : null,
                From = result.GetValue(from),
                To = result.GetValue(to),
            };
            var events = await store.GetEventsAsync(filter, ct).ConfigureAwait(false);
            await EventTable.WriteAsync(output, events, result.GetValue(format)!).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }
}
