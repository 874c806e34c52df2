using System.Net;
using System.Text;
using System.Text.Json;

namespace Marsad.Web.Tests.Api;

public sealed class ApiEndpointsTests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    private HttpClient Client => host.Client;

    private async Task<(HttpStatusCode Status, JsonElement Json)> GetJsonAsync(string url)
    {
        using var response = await Client.GetAsync(url);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, json);
    }

    [Fact]
    public async Task Should_answer_search_with_the_contract_shape()
    {
        // Given a store where two outlets report the Moscow meeting
        // When searching for a word of it, spelled without the article
        var (status, json) = await GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("الخارجية") + "&limit=5");

        // Then both are found, each with the contract's fields
        status.Should().Be(HttpStatusCode.OK);
        json.GetProperty("total").GetInt32().Should().Be(2);
        var first = json.GetProperty("results")[0];
        foreach (var field in new[] { "id", "title", "source", "published", "snippet", "score" })
        {
            first.TryGetProperty(field, out _).Should().BeTrue(field);
        }
        first.GetProperty("published").GetString().Should().Be("2021-04-06");
    }

    [Fact]
    public async Task Should_filter_search_by_source()
    {
        // Given two outlets reporting the meeting
        // When searching with one outlet as filter
        var (_, json) = await GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("موسكو") + "&source=" + Uri.EscapeDataString("صحيفة ب"));

        // Then only that outlet's article is found
        json.GetProperty("total").GetInt32().Should().Be(1);
        json.GetProperty("results")[0].GetProperty("source").GetString().Should().Be("صحيفة ب");
    }

    [Theory]
    // SQL in a filter: bound as a value, it matches no outlet or actor
    [InlineData("&source=x%27%20OR%20%271%27%3D%271")]
    [InlineData("&actor=x%27)%20OR%201%3D1%20--")]
    [InlineData("&source=x%27%3B%20DROP%20TABLE%20articles%3B%20--")]
    // FTS5 syntax in the query: quoted as a term, it matches no word
    [InlineData("%20OR%20NEAR(a%20b)%20*")]
    public async Task Should_treat_sql_and_fts_syntax_in_parameters_as_plain_values(string injection)
    {
        // Given the meeting reported by two outlets
        // When a search carries SQL or FTS5 syntax in its parameters
        var (status, json) = await GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("موسكو") + injection);

        // Then it finds nothing, and the store still answers as before
        status.Should().Be(HttpStatusCode.OK);
        json.GetProperty("total").GetInt32().Should().Be(0);
        var (_, after) = await GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("موسكو"));
        after.GetProperty("total").GetInt32().Should().Be(2);
    }

    [Theory]
    // A missing query
    [InlineData("/api/search")]
    // A limit out of range
    [InlineData("/api/search?q=x&limit=0")]
    // A limit that is no number
    [InlineData("/api/search?q=x&limit=ten")]
    // A date in the wrong form
    [InlineData("/api/events?from=05/03/2020")]
    // An unknown event type
    [InlineData("/api/events?type=HUG")]
    // An unknown export format
    [InlineData("/api/events?format=xml")]
    // A timeline with one side only
    [InlineData("/api/timeline?a=RUS")]
    // A yes/no flag that is neither
    [InlineData("/api/timeline?a=RUS&b=IRN&weekly=maybe")]
    // A page of stories too large, or an offset without a page size
    [InlineData("/api/stories?limit=5000")]
    [InlineData("/api/stories?offset=3")]
    // A timeline with a range that is not a date
    [InlineData("/api/timeline?a=RUS&b=IRN&from=April")]
    public async Task Should_reject_bad_parameters_with_a_one_line_json_error(string url)
    {
        // Given the API
        // When a parameter cannot be used
        using var response = await Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        // Then the answer is 400 with {"error": "..."} on one line and no stack trace
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        JsonDocument.Parse(body).RootElement.GetProperty("error").GetString().Should().NotBeNullOrEmpty();
        body.Should().NotContain("\n").And.NotContain("   at ");
    }

    [Theory]
    // An id of the right form that no article has
    [InlineData("/api/articles/0123456789abcdef")]
    // An id trying to climb out of any folder
    [InlineData("/api/articles/..%2F..%2Fetc%2Fpasswd")]
    // A story that does not exist
    [InlineData("/api/stories/nosuchstory")]
    // An actor no event involves
    [InlineData("/api/actors/ZZZGOV")]
    // A path the API does not have
    [InlineData("/api/nothing-here")]
    public async Task Should_answer_404_for_unknown_ids(string url)
    {
        // Given the API
        // When asking for something that is not there
        using var response = await Client.GetAsync(url);

        // Then the answer is 404 with a JSON error
        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Should_give_an_article_as_the_document_json()
    {
        // Given the id a search finds
        var (_, found) = await GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("البرلمان"));
        var id = found.GetProperty("results")[0].GetProperty("id").GetString()!;

        // When asking for the article
        var (status, json) = await GetJsonAsync("/api/articles/" + id);

        // Then it is the stored document, markup kept as data, in snake_case
        status.Should().Be(HttpStatusCode.OK);
        json.GetProperty("id").GetString().Should().Be(id);
        json.GetProperty("title").GetString().Should().Be(WebSamples.InjectedTitle);
        json.TryGetProperty("text", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Should_list_events_as_json_with_the_filters()
    {
        // Given one merged meeting between Russia and Iran
        // When filtering by actor, target and type
        var (status, json) = await GetJsonAsync("/api/events?actor=RUS&target=IRN&type=CONSULT&from=2021-01-01&to=2021-12-31");

        // Then the one event comes back, with both reports and its evidence
        status.Should().Be(HttpStatusCode.OK);
        json.GetArrayLength().Should().Be(1);
        json[0].GetProperty("num_articles").GetInt32().Should().Be(2);
        json[0].GetProperty("evidence").GetProperty("start").GetInt32().Should().Be(WebSamples.MeetingText.IndexOf(WebSamples.MeetingSentence, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_find_no_event_outside_the_date_range()
    {
        // Given the meeting of 2021-04-06
        // When asking for events after it
        var (_, json) = await GetJsonAsync("/api/events?from=2021-05-01");

        // Then there are none
        json.GetArrayLength().Should().Be(0);
    }

    [Theory]
    // Comma-separated values
    [InlineData("csv", "text/csv", ',')]
    // Tab-separated values
    [InlineData("tsv", "text/tab-separated-values", '\t')]
    public async Task Should_export_events_with_the_proper_content_type(string format, string contentType, char separator)
    {
        // Given the stored events
        // When exporting them in a text format
        using var response = await Client.GetAsync("/api/events?format=" + format);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // Then the content type says so, and the header is the contract's columns
        response.Content.Headers.ContentType!.MediaType.Should().Be(contentType);
        lines[0].Split(separator).Should().Equal(EventTable.Columns);
        lines.Should().HaveCount(2);
    }

    [Fact]
    public async Task Should_list_stories_and_give_one_by_id()
    {
        // Given the stories built from the samples
        var (_, list) = await GetJsonAsync("/api/stories");
        var meeting = list.EnumerateArray().Single(s => s.GetProperty("events").GetArrayLength() == 1);

        // When asking for the meeting's story
        var (status, story) = await GetJsonAsync("/api/stories/" + meeting.GetProperty("id").GetString());

        // Then it holds both reports
        status.Should().Be(HttpStatusCode.OK);
        story.GetProperty("articles").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public async Task Should_build_a_dyad_timeline()
    {
        // Given a Russia-Iran meeting in April 2021
        // When asking for the timeline of the pair, the other way round
        var (status, json) = await GetJsonAsync("/api/timeline?a=IRN&b=RUS");

        // Then April 2021 has the one event
        status.Should().Be(HttpStatusCode.OK);
        var period = json.GetProperty("periods")[0];
        period.GetProperty("start").GetString().Should().Be("2021-04-01");
        period.GetProperty("events").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Should_page_the_stories_newest_first_when_asked_for_a_limit()
    {
        // Given the stored stories
        var (_, all) = await GetJsonAsync("/api/stories");

        // When asking for them one at a time
        var (status, first) = await GetJsonAsync("/api/stories?limit=1");
        var (_, rest) = await GetJsonAsync("/api/stories?limit=1000&offset=1");

        // Then the first page holds the newest story and the pages together hold every story once
        status.Should().Be(HttpStatusCode.OK);
        first.GetArrayLength().Should().Be(1);
        var lastDates = all.EnumerateArray().Select(s => s.GetProperty("last_date").GetString()).Where(d => d is not null).ToList();
        first[0].GetProperty("last_date").GetString().Should().Be(lastDates.Max(StringComparer.Ordinal));
        first.EnumerateArray().Concat(rest.EnumerateArray()).Select(s => s.GetProperty("id").GetString())
            .Should().BeEquivalentTo(all.EnumerateArray().Select(s => s.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Should_keep_a_timeline_within_the_dates_asked()
    {
        // Given a Russia-Iran meeting in April 2021
        // When asking for the pair's timeline from May on
        var (status, json) = await GetJsonAsync("/api/timeline?a=IRN&b=RUS&from=2021-05-01");

        // Then no period is left
        status.Should().Be(HttpStatusCode.OK);
        json.GetProperty("periods").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Should_give_an_actor_with_its_events_and_articles()
    {
        // Given Iran as the target of the meeting
        // When asking for the actor by its CAMEO code
        var (status, json) = await GetJsonAsync("/api/actors/IRNGOV");

        // Then its event and both articles reporting it come back
        status.Should().Be(HttpStatusCode.OK);
        json.GetProperty("events").GetArrayLength().Should().Be(1);
        json.GetProperty("article_count").GetInt32().Should().Be(2);
        json.GetProperty("articles").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public async Task Should_give_an_actor_only_mentioned_with_its_articles()
    {
        // Given Moscow, linked as an entity in both meeting articles, in no event
        // When asking for it by its Wikidata id
        var (status, json) = await GetJsonAsync("/api/actors/Q649");

        // Then no event, and the two articles mentioning it
        status.Should().Be(HttpStatusCode.OK);
        json.GetProperty("events").GetArrayLength().Should().Be(0);
        json.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("title").GetString()).Should().Equal("لقاء وزيري الخارجية في موسكو", "لقاء وزيري الخارجية في موسكو");
    }

    [Fact]
    public async Task Should_list_the_endpoints_in_the_openapi_document()
    {
        // Given the server
        // When fetching the OpenAPI document
        var (status, json) = await GetJsonAsync("/openapi/v1.json");

        // Then every API path is in it, and the pages are not
        status.Should().Be(HttpStatusCode.OK);
        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.Should().Contain(["/api/search", "/api/articles/{id}", "/api/events", "/api/stories", "/api/stories/{id}", "/api/timeline", "/api/actors/{key}", "/api/ingest"]);
        paths.Should().NotContain("/search");
    }

    [Fact]
    public async Task Should_refuse_ingest_without_the_key()
    {
        // Given ingest opened with a key
        // When posting with a wrong key
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = new StringContent("{\"text\":\"نص\"}", Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", "wrong-key-0123456789abcdef");
        using var response = await Client.SendAsync(request);

        // Then it is refused
        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_refuse_an_ingest_body_over_the_limit()
    {
        // Given a limit of 64 KB
        // When posting more than that with the right key
        var line = "{\"text\":\"" + new string('ب', 1000) + "\"}\n";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = new StringContent(string.Concat(Enumerable.Repeat(line, 60)), Encoding.UTF8, "application/x-ndjson") };
        request.Headers.Add("X-Api-Key", WebHostFixture.ApiKey);
        using var response = await Client.SendAsync(request);

        // Then it is refused as too large
        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Should_ingest_json_lines_with_the_key_and_make_them_searchable()
    {
        // Given the right key and two pages as JSON Lines
        var body = """
            {"text":"افتتحت البلدية حديقة الزيتون الجديدة أمام العائلات يوم الجمعة بعد أشهر من أعمال التشجير والتجهيز.\nوقال رئيس البلدية إن الحديقة تضم ملاعب للأطفال ومسارات للمشي وأكثر من ألف شجرة زيتون.\nوتفتح الحديقة أبوابها يوميا من الصباح حتى المساء.","title":"حديقة الزيتون","source":"جريدة ج","date":"2021-06-04"}
            {"text":"أعلنت البلدية تمديد ساعات عمل حديقة الزيتون خلال أشهر الصيف بسبب الإقبال الكبير من الزوار.\nوأوضحت أن الحديقة ستبقى مفتوحة حتى منتصف الليل في عطلة نهاية الأسبوع.\nودعت الزوار إلى الحفاظ على نظافة المكان والأشجار.","title":"ساعات الحديقة","source":"جريدة ج","date":"2021-06-10"}
            """;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = new StringContent(body, Encoding.UTF8, "application/x-ndjson") };
        request.Headers.Add("X-Api-Key", WebHostFixture.ApiKey);

        // When posting them
        using var response = await Client.SendAsync(request);
        var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        // Then both are stored, and search finds them
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        result.GetProperty("ids").GetArrayLength().Should().Be(2);
        var (_, found) = await GetJsonAsync("/api/search?q=" + Uri.EscapeDataString("الحديقة"));
        found.GetProperty("total").GetInt32().Should().Be(2);

        // And the stories were updated with them: each new article is in exactly one story
        var (_, stories) = await GetJsonAsync("/api/stories");
        var members = stories.EnumerateArray().SelectMany(s => s.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString())).ToList();
        foreach (var id in result.GetProperty("ids").EnumerateArray().Select(i => i.GetString()))
        {
            members.Count(m => m == id).Should().Be(1);
        }
    }
}
