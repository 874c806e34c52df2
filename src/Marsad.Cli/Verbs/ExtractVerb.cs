using System.CommandLine;
using Marsad.Cli.Progress;
using Marsad.Core.Documents;
using Marsad.Core.Processing;
using Marsad.Core.Reading;

namespace Marsad.Cli.Verbs;

/// <summary><c>marsad extract PATH...</c>: analyze each document and print it as one JSON line, in input order; stores nothing.</summary>
internal static class ExtractVerb
{
    public static Command Create()
    {
        var reading = new ReadingOptions();
        var command = new Command("extract", """
            Analyze each document and print one JSON object per document per line (JSON Lines), in input order; stores nothing.
            Errors go to stderr, one line each, naming the input; the other documents are still printed.
            Example: marsad extract page.html crawl.warc.gz --source "Al Watan" > documents.jsonl
            """);
        reading.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var reader = new InputReader(reading.Bind(result));
            var runner = new DocumentRunner(reading.CreatePipeline(result));
            var counts = new RunCounts();
            var interrupted = false;
            try
            {
                await RunDisplay.RunAsync(error, "extract", counts.DescribeLiveRead, async display =>
                {
                    await foreach (var item in runner.RunAsync(reader.Read(result.GetRequiredValue(reading.Paths)), cancellationToken: ct).ConfigureAwait(false))
                    {
                        counts.CountRead();
                        if (item.Document is { } document)
                        {
                            await output.WriteLineAsync(DocumentJson.Serialize(document)).ConfigureAwait(false);
                        }
                        else
                        {
                            counts.CountFailed();
                            await display.WriteLineAsync($"marsad: {item}").ConfigureAwait(false);
                        }
                    }
                    return 0;
                }).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                interrupted = true;
            }
            await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            await error.WriteLineAsync($"marsad: extract: {counts.DescribeRead()}{(interrupted ? " (interrupted)" : "")}").ConfigureAwait(false);
            return interrupted ? (counts.Succeeded > 0 ? ExitCodes.SomeFailed : ExitCodes.NothingProcessed) : ExitCodes.For(counts.Succeeded, counts.Failed);
        });
        return command;
    }
}
