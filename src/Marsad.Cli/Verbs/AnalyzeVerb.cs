using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Marsad.Core.Documents;
using Marsad.Core.Language;
using Marsad.Core.Language.Dates;

namespace Marsad.Cli.Verbs;

/// <summary><c>marsad analyze [TEXT|-] [--date D]</c>: how Marsad reads Arabic text, as one JSON object.</summary>
internal static class AnalyzeVerb
{
    public static Command Create() => Create(() => Console.In);

    /// <summary>The verb reading standard input through <paramref name="stdin"/> (tests pass their own).</summary>
    public static Command Create(Func<TextReader> stdin)
    {
        var text = new Argument<string?>("text")
        {
            Description = "The text to analyze; - or nothing reads standard input.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var date = new Option<string?>("--date")
        {
            Description = "The reference date (YYYY-MM-DD) that relative dates in the text are resolved against.",
            Validators =
            {
                r =>
                {
                    var v = r.GetValueOrDefault<string?>();
                    if (v is not null && !DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    {
                        r.AddError($"--date must be YYYY-MM-DD, not '{v}'");
                    }
                },
            },
        };
        var command = new Command("analyze", """
            Show how Marsad reads Arabic text: sentences, tokens with offsets, normalized form, light stem
            and clitics, and the dates found, as one JSON object.
            Example: marsad analyze "وقال الوزير في بيروت إن المحادثات ستستأنف." --date 2015-11-23
            """);
        command.Arguments.Add(text);
        command.Options.Add(date);
        command.SetAction(async (result, ct) =>
        {
            var input = result.GetValue(text);
            if (input is null or "-")
            {
                input = await stdin().ReadToEndAsync(ct).ConfigureAwait(false);
            }
            var analyzed = ArabicAnalyzer.Default.Analyze(input);
            var dates = DateRecognizer.Find(input, result.GetValue(date) is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null);
            var json = JsonSerializer.Serialize(ToJson(analyzed, dates), DocumentJson.Options);
            await result.InvocationConfiguration.Output.WriteLineAsync(json).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static AnalysisJson ToJson(AnalyzedText analyzed, IReadOnlyList<DateMention> dates) => new(
        [.. analyzed.Sentences.Select(s => new SentenceJson(
            s.Start,
            s.End,
            [.. analyzed.TokensOf(s).Select(t => new TokenJson(t.Text, t.Start, t.End, t.Norm, t.Stem, t.Prefixes, t.Suffixes))]))],
        [.. dates.Select(d => new DateJson(d.Text, d.Start, d.End, d.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))]);

    private sealed record AnalysisJson(IReadOnlyList<SentenceJson> Sentences, IReadOnlyList<DateJson> Dates);

    private sealed record SentenceJson(int Start, int End, IReadOnlyList<TokenJson> Tokens);

    private sealed record TokenJson(string Text, int Start, int End, string Norm, string Stem, IReadOnlyList<string> Prefixes, IReadOnlyList<string> Suffixes);

    private sealed record DateJson(string Text, int Start, int End, string Value);
}
