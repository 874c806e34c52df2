using System.CommandLine;
using Marsad.Core;
using Marsad.Core.Documents;
using Marsad.Core.Reading;

namespace Marsad.Cli.Verbs;

/// <summary><c>marsad extract PATH...</c>: analyze each document and print it as one JSON line; stores nothing.</summary>
internal static class ExtractVerb
{
    public static Command Create()
    {
        var reading = new ReadingOptions();
        var command = new Command("extract", """
            Analyze each document and print one JSON object per document per line (JSON Lines); stores nothing.
            Example: marsad extract page.html crawl.warc.gz --source "Al Watan"
            """);
        reading.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var reader = new InputReader(reading.Bind(result));
            var pipeline = new Pipeline();
            long ok = 0, failed = 0;
            foreach (var item in reader.Read(result.GetRequiredValue(reading.Paths)))
            {
                if (item.Error is { } e)
                {
                    failed++;
                    await error.WriteLineAsync($"marsad: {e}").ConfigureAwait(false);
                    continue;
                }
                ok++;
                await output.WriteLineAsync(DocumentJson.Serialize(pipeline.Process(item.Page!))).ConfigureAwait(false);
            }
            return ExitCodes.For(ok, failed);
        });
        return command;
    }
}
