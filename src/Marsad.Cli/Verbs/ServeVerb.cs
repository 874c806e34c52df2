using System.CommandLine;
using Marsad.Storage.Sqlite;
using Marsad.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Marsad.Cli.Verbs;

/// <summary><c>marsad serve [--data DIR] [--urls URL] [--api-key KEY]</c>: the dashboard and the HTTP API, on loopback unless told otherwise.</summary>
internal static class ServeVerb
{
    public static Command Create()
    {
        var data = DataOption.Create();
        var urls = new Option<string>("--urls") { Description = $"Where to listen. Default: {WebOptions.DefaultUrls} (loopback only).", DefaultValueFactory = _ => WebOptions.DefaultUrls };
        var apiKey = new Option<string?>("--api-key") { Description = "Opens POST /api/ingest to requests carrying this key in X-Api-Key. Default: $MARSAD_API_KEY, else read-only." };
        var command = new Command("serve", """
            The web dashboard (Arabic, right to left) and the JSON API over the store.
            Example: marsad serve --data ./marsad-data --urls http://127.0.0.1:5080
            """);
        foreach (var o in new Option[] { data, urls, apiKey })
        {
            command.Options.Add(o);
        }
        command.SetAction(async (result, ct) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var folder = DataOption.Resolve(result, data);
            var key = result.GetValue(apiKey) is { Length: > 0 } k ? k : Environment.GetEnvironmentVariable("MARSAD_API_KEY") is { Length: > 0 } e ? e : null;
            if (key is { Length: < 16 })
            {
                await error.WriteLineAsync("marsad: --api-key must be at least 16 characters").ConfigureAwait(false);
                return ExitCodes.Usage;
            }
            if (key is null && !SqliteArticleStore.Exists(folder))
            {
                await error.WriteLineAsync($"marsad: {Path.GetFullPath(folder)}: no store here (marsad ingest creates one)").ConfigureAwait(false);
                return ExitCodes.NothingProcessed;
            }
            await using var app = MarsadWeb.Build(new WebOptions { DataDirectory = folder, Urls = result.GetRequiredValue(urls), ApiKey = key });
            try
            {
                await app.StartAsync(ct).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                await error.WriteLineAsync($"marsad: cannot listen on {result.GetRequiredValue(urls)}: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.NothingProcessed;
            }
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            await output.WriteLineAsync($"marsad: serving {Path.GetFullPath(folder)} on {string.Join(", ", addresses)}{(key is null ? " (read-only)" : " (ingest open with the API key)")}").ConfigureAwait(false);
            await output.FlushAsync(ct).ConfigureAwait(false);
            await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
