using System.Text.Json;

namespace Marsad.Cli.Tests.Verbs;

/// <summary>The verbs that read the store: search, stories, events, timeline, over pages ingested from text files.</summary>
public sealed class StoreVerbsTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _data;

    // Two outlets report one visit; a third page is about something else.
    private static readonly (string File, string Source, string Date, string Text)[] Pages =
    [
        ("visit-1.txt", "outlet-one", "2020-03-05",
            "بوتين يستقبل أردوغان في سوتشي لبحث الأوضاع في إدلب\n" +
            "استقبل الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان في سوتشي اليوم، وبحث الجانبان الأوضاع في إدلب ووقف إطلاق النار.\n" +
            "وقال بوتين للصحفيين بعد اللقاء إن المباحثات كانت مثمرة وإن التنسيق بين البلدين سيستمر في الأسابيع المقبلة."),
        ("visit-2.txt", "outlet-two", "2020-03-05",
            "قمة روسية تركية في سوتشي حول إدلب\n" +
            "عقد الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان قمة في سوتشي اليوم تناولت الأوضاع في إدلب ووقف إطلاق النار.\n" +
            "وأكد الرئيسان في ختام المباحثات استمرار التنسيق بين بلديهما بشأن الملف السوري خلال الفترة المقبلة."),
        ("rain.txt", "outlet-one", "2020-03-06",
            "أمطار غزيرة على المرتفعات الجنوبية\n" +
            "توقعت الأرصاد الجوية هطول أمطار غزيرة على المرتفعات الجنوبية خلال اليومين المقبلين مع انخفاض ملموس في درجات الحرارة.\n" +
            "ودعت الجهات المختصة السكان إلى الابتعاد عن مجاري السيول وتوخي الحذر أثناء القيادة في الطرق الجبلية."),
    ];

    public StoreVerbsTests()
    {
        _data = _temp.Sub("data");
        foreach (var (file, source, date, text) in Pages)
        {
            var path = _temp.Sub(file);
            File.WriteAllText(path, text);
            var code = CliRun.RunAsync("ingest", path, "--data", _data, "--source", source, "--date", date).GetAwaiter().GetResult().Code;
            code.Should().Be(ExitCodes.Success);
        }
    }

    [Fact]
    public async Task Should_search_with_json_as_the_contract_says()
    {
        // When the store is searched for a word in the visit reports only
        var (code, stdout, _) = await CliRun.RunAsync("search", "سوتشي", "--data", _data, "--format", "json");

        // Then the answer is {"total", "results": [{"id","title","source","published","snippet","score"}]}
        code.Should().Be(ExitCodes.Success);
        using var json = JsonDocument.Parse(stdout);
        json.RootElement.GetProperty("total").GetInt32().Should().Be(2);
        var first = json.RootElement.GetProperty("results")[0];
        first.EnumerateObject().Select(p => p.Name).Should().Contain(["id", "title", "source", "published", "snippet", "score"]);
        first.GetProperty("snippet").GetString().Should().Contain("سوتشي");
    }

    [Fact]
    public async Task Should_group_the_two_reports_into_one_story_and_give_every_article_one_story()
    {
        var (code, stdout, _) = await CliRun.RunAsync("stories", "--data", _data, "--format", "json");

        code.Should().Be(ExitCodes.Success);
        using var json = JsonDocument.Parse(stdout);
        var stories = json.RootElement.EnumerateArray().ToList();
        stories.SelectMany(s => s.GetProperty("articles").EnumerateArray()).Should().HaveCount(3);
        var visit = stories.Single(s => s.GetProperty("articles").GetArrayLength() == 2);
        visit.EnumerateObject().Select(p => p.Name).Should().Equal("id", "title", "first_date", "last_date", "summary", "articles", "events");
        visit.GetProperty("first_date").GetString().Should().Be("2020-03-05");
        visit.GetProperty("summary").GetString().Should().NotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("tsv", '\t')]
    [InlineData("csv", ',')]
    public async Task Should_print_the_contract_columns_for_events(string format, char separator)
    {
        var (code, stdout, _) = await CliRun.RunAsync("events", "--data", _data, "--format", format);

        code.Should().Be(ExitCodes.Success);
        stdout.Split('\n')[0].TrimEnd('\r').Split(separator).Should().Equal(
            "event_id", "date", "source_name", "source_country", "source_code", "target_name", "target_country", "target_code",
            "plover", "cameo", "quad_class", "goldstein", "negated", "location", "lat", "lon", "num_articles", "num_sources",
            "first_seen", "example_sentence", "article_ids");
    }

    [Theory]
    [InlineData("events", "--type", "NOT-A-TYPE")]
    [InlineData("events", "--from", "yesterday")]
    [InlineData("timeline", "RUS", "TUR", "--to", "2020-13-01")]
    [InlineData("search", "x", "--format", "xml")]
    public async Task Should_exit_2_on_bad_options(params string[] args)
    {
        var (code, _, stderr) = await CliRun.RunAsync([.. args, "--data", _data]);

        code.Should().Be(ExitCodes.Usage);
        stderr.Should().StartWith("marsad: ");
    }

    [Fact]
    public async Task Should_keep_a_timeline_within_the_dates_asked()
    {
        // Given the Russia-Turkey visit of 2020-03-05
        // When asking for the pair's timeline within March, then after it
        var (inside, march, _) = await CliRun.RunAsync("timeline", "RUS", "TUR", "--data", _data, "--from", "2020-03-01", "--to", "2020-03-31");
        var (after, april, _) = await CliRun.RunAsync("timeline", "RUS", "TUR", "--data", _data, "--from", "2020-04-01");

        // Then March holds the visit and nothing is left after it
        inside.Should().Be(ExitCodes.Success);
        march.Should().Contain("2020-03-01\t");
        after.Should().Be(ExitCodes.Success);
        april.Should().Contain("no dated events between RUS and TUR");
    }

    [Fact]
    public async Task Should_say_when_two_actors_have_no_events_and_still_draw_a_chart()
    {
        var png = _temp.Sub("chart.png");

        var (code, stdout, _) = await CliRun.RunAsync("timeline", "FRA", "CHN", "--data", _data, "--png", png);

        code.Should().Be(ExitCodes.Success);
        stdout.Should().Contain("no dated events between FRA and CHN");
        File.ReadAllBytes(png).Take(4).Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G');
    }

    public void Dispose() => _temp.Dispose();
}
