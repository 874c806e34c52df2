using System.Text.Json;

namespace Marsad.Cli.Tests.Verbs;

public sealed class AnalyzeVerbTests
{
    [Fact]
    public async Task Should_print_sentences_tokens_and_dates_as_json()
    {
        // Given a text of two sentences
        const string text = "وقال الوزير إن المحادثات ستستأنف. وصل الوفد.";

        // When it is analyzed
        var (code, stdout, _) = await Run("analyze", text, "--date", "2015-11-23");

        // Then the JSON holds both sentences, each token with its fields, and a dates array
        code.Should().Be(ExitCodes.Success);
        using var json = JsonDocument.Parse(stdout);
        var sentences = json.RootElement.GetProperty("sentences");
        sentences.GetArrayLength().Should().Be(2);
        var first = sentences[0].GetProperty("tokens")[0];
        first.GetProperty("text").GetString().Should().Be("وقال");
        first.GetProperty("start").GetInt32().Should().Be(0);
        first.GetProperty("end").GetInt32().Should().Be(4);
        first.GetProperty("norm").GetString().Should().Be("قال");
        first.GetProperty("stem").GetString().Should().Be("قال");
        first.GetProperty("prefixes").EnumerateArray().Select(p => p.GetString()).Should().Equal("و");
        first.GetProperty("suffixes").GetArrayLength().Should().Be(0);
        json.RootElement.GetProperty("dates").ValueKind.Should().Be(JsonValueKind.Array);
    }

    [Fact]
    public async Task Should_resolve_relative_dates_against_the_given_date()
    {
        // Given yesterday and an explicit date with both month names
        var (_, stdout, _) = await Run("analyze", "وصل الوفد أمس، ويعود في 25 نوفمبر/تشرين الثاني 2015.", "--date", "2015-11-23");

        // Then both are dates with their values and spans
        using var json = JsonDocument.Parse(stdout);
        var dates = json.RootElement.GetProperty("dates").EnumerateArray().Select(d => (d.GetProperty("text").GetString(), d.GetProperty("value").GetString())).ToList();
        dates.Should().Equal(("أمس", "2015-11-22"), ("25 نوفمبر/تشرين الثاني 2015", "2015-11-25"));
    }

    [Fact]
    public async Task Should_keep_arabic_readable_in_the_output()
    {
        // Given an Arabic word; When it is analyzed
        var (_, stdout, _) = await Run("analyze", "بيروت");

        // Then the output holds the Arabic letters, not \u escapes
        stdout.Should().Contain("\"text\":\"بيروت\"");
    }

    [Fact]
    public async Task Should_read_standard_input_for_a_dash()
    {
        // Given text on standard input
        using var stdin = new StringReader("بوتين");
        var command = Marsad.Cli.Verbs.AnalyzeVerb.Create(() => stdin);
        using var stdout = new StringWriter();

        // When the verb runs with -
        var code = await command.Parse(["-"]).InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = stdout, Error = TextWriter.Null });

        // Then the input was analyzed
        code.Should().Be(ExitCodes.Success);
        stdout.ToString().Should().Contain("\"norm\":\"بوتين\"");
    }

    [Theory]
    [InlineData("--date", "23/11/2015")] // a date not in YYYY-MM-DD
    [InlineData("--bogus")]              // an unknown option
    public async Task Should_exit_2_on_bad_usage(params string[] options)
    {
        // Given a bad option; When the verb runs
        var (code, _, stderr) = await Run(["analyze", "نص", .. options]);

        // Then it is a usage error, reported on one line without a stack trace
        code.Should().Be(ExitCodes.Usage);
        stderr.Should().StartWith("marsad: ").And.NotContain("   at ");
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await MarsadCli.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
