using Spectre.Console;

namespace Marsad.Cli.Progress;

/// <summary>
/// Shows a run's progress on stderr while it runs, when stderr is a terminal; error
/// lines go through it so they never tear the live display.
/// </summary>
internal sealed class RunDisplay
{
    private readonly TextWriter _stderr;
    private IAnsiConsole? _console;

    private RunDisplay(TextWriter stderr) => _stderr = stderr;

    /// <summary>Runs <paramref name="body"/> with a live progress line on stderr when it is a terminal, plain lines otherwise.</summary>
    public static async Task<T> RunAsync<T>(TextWriter stderr, string label, Func<string> describe, Func<RunDisplay, Task<T>> body)
    {
        var display = new RunDisplay(stderr);
        if (!ReferenceEquals(stderr, Console.Error) || Console.IsErrorRedirected)
        {
            return await body(display).ConfigureAwait(false);
        }
        display._console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await display._console.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(label).IsIndeterminate();
                using var timer = new Timer(_ => task.Description = $"{label}: {Markup.Escape(describe())}", null, TimeSpan.Zero, TimeSpan.FromMilliseconds(250));
                return await body(display).ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    /// <summary>Writes one line on stderr (above the live display when there is one).</summary>
    public async Task WriteLineAsync(string line)
    {
        if (_console is { } console)
        {
            console.WriteLine(line);
        }
        else
        {
            await _stderr.WriteLineAsync(line).ConfigureAwait(false);
        }
    }
}
