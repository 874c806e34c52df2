using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Marsad.Web.Tests.Pages;

public sealed class DashboardPagesTests(WebHostFixture host) : IClassFixture<WebHostFixture>
{
    private static readonly int SentenceStart = WebSamples.MeetingText.IndexOf(WebSamples.MeetingSentence, StringComparison.Ordinal);

    private async Task<string> GetPageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await host.Client.GetAsync(url);
        response.StatusCode.Should().Be(expected);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        return await response.Content.ReadAsStringAsync();
    }

    // The page's text without its markup: a sentence whose words are marked still reads as the sentence.
    private static string TextOf(string html) => Regex.Replace(html, "<[^>]+>", "");

    [Theory]
    // The overview
    [InlineData("/")]
    // The search form without a query
    [InlineData("/search")]
    // The events table without filters
    [InlineData("/events")]
    // The timeline form without actors
    [InlineData("/timeline")]
    public async Task Should_render_every_page_in_arabic_right_to_left(string url)
    {
        // Given the dashboard
        // When opening a page
        var html = await GetPageAsync(url);

        // Then it is Arabic, right to left, and loads nothing from outside
        html.Should().StartWith("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\">");
        html.Should().NotContain("src=\"http").And.NotContain("href=\"//");
    }

    [Fact]
    public async Task Should_highlight_search_matches_in_encoded_snippets()
    {
        // Given articles about the parliament and a meeting
        // When searching a word of the page that carries markup
        var html = await GetPageAsync("/search?q=" + Uri.EscapeDataString("البرلمان"));

        // Then the match is marked, and the markup of the page is shown as text
        html.Should().Contain("<mark>");
        html.Should().Contain("&lt;script&gt;window.__x=1&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;");
        html.Should().NotContain("<script>").And.NotContain("<b>bold").And.NotContain("<img src=x");
    }

    [Fact]
    public async Task Should_keep_injected_markup_encoded_on_the_article_page()
    {
        // Given the page whose title, outlet and text carry markup
        var id = await IdOfAsync("البرلمان");

        // When opening its article page
        var html = await GetPageAsync("/articles/" + id);

        // Then none of it is markup
        html.Should().NotContain("<script>").And.NotContain("<i>outlet").And.NotContain("<img");
        html.Should().Contain("&lt;img src=x onerror=window.__y=1&gt;");
    }

    [Fact]
    public async Task Should_mark_event_sentences_with_anchors_on_the_article_page()
    {
        // Given the meeting article with its event sentence and an entity
        var id = await IdOfAsync("موسكو");

        // When opening it
        var html = await GetPageAsync("/articles/" + id);

        // Then the sentence carries both anchors and the entity is marked
        var at = SentenceStart.ToString(CultureInfo.InvariantCulture);
        html.Should().Contain($"id=\"e-{at}\"").And.Contain($"id=\"s-{at}\"");
        html.Should().Contain("<span class=\"ent\" title=\"Moscow\">موسكو</span>");
    }

    [Fact]
    public async Task Should_link_story_events_to_their_sentence()
    {
        // Given the meeting's story
        var stories = JsonDocument.Parse(await host.Client.GetStringAsync("/api/stories")).RootElement;
        var story = stories.EnumerateArray().Single(s => s.GetProperty("events").GetArrayLength() == 1).GetProperty("id").GetString();

        // When opening the story page
        var html = await GetPageAsync("/stories/" + story);

        // Then its event links to the sentence in the evidence article
        html.Should().MatchRegex($"href=\"/articles/[0-9a-f]+#s-{SentenceStart}\"");
        html.Should().Contain("CONSULT");
    }

    [Fact]
    public async Task Should_mark_the_words_that_prove_an_event()
    {
        // Given the meeting, its trigger and its actors named in its sentence
        // When opening the events table and the article the event cites
        var table = await GetPageAsync("/events");
        var article = Regex.Match(table, "href=\"(/articles/[0-9a-f]+)#s-").Groups[1].Value;
        var page = await GetPageAsync(article);

        // Then the table marks the trigger with its type and the actors' words with their roles
        table.Should().Contain("<mark class=\"trig\" title=\"CONSULT 043\">استقبل</mark>")
            .And.Contain("<b title=\"الفاعل\">وزير الخارجية الروسي</b>")
            .And.Contain("<b title=\"المفعول به\">نظيره الإيراني</b>");

        // and the article marks the trigger inside the event's sentence
        page.Should().Contain($"<span id=\"s-{SentenceStart}\"><mark class=\"trig\" title=\"CONSULT 043\">استقبل</mark>");
    }

    [Fact]
    public async Task Should_draw_the_timeline_as_inline_svg()
    {
        // Given the Russia-Iran meeting
        // When opening the dyad's timeline
        var html = await GetPageAsync("/timeline?a=RUS&b=IRN");

        // Then bars and the Goldstein line are drawn, with the table under them
        html.Should().Contain("<svg").And.Contain("class=\"q1\"").And.Contain("class=\"goldstein\"").And.Contain("2021-04-01");
    }

    [Fact]
    public async Task Should_show_the_actor_page_with_events_and_articles()
    {
        // Given Russia's government in the meeting
        // When opening its page
        var html = await GetPageAsync("/actors/RUSGOV");

        // Then the meeting and its articles are listed
        TextOf(html).Should().Contain(WebSamples.MeetingSentence).And.Contain("لقاء وزيري الخارجية في موسكو");
    }

    [Fact]
    public async Task Should_list_the_articles_that_mention_an_actor_without_events()
    {
        // Given Moscow, an entity of both meeting articles that takes part in no event
        // When opening its page by its Wikidata id
        var html = await GetPageAsync("/actors/Q649");

        // Then both articles mentioning it are listed, and the page about the markup is not
        html.Should().Contain("2 مقالًا");
        Regex.Matches(html, "href=\"/articles/").Count.Should().Be(2);
        html.Should().Contain("لقاء وزيري الخارجية في موسكو").And.NotContain("bold");
    }

    [Fact]
    public async Task Should_filter_the_events_table_and_offer_exports()
    {
        // Given the events page
        // When filtering by a type no event has
        var html = await GetPageAsync("/events?type=ASSAULT");

        // Then no event is listed, the filter is kept, and CSV export keeps the filter
        TextOf(html).Should().NotContain(WebSamples.MeetingSentence);
        html.Should().Contain("<option selected>ASSAULT</option>").And.Contain("/api/events?type=ASSAULT&amp;format=csv");
    }

    [Theory]
    // An article id that does not exist
    [InlineData("/articles/0123456789abcdef", HttpStatusCode.NotFound)]
    // A story id with path characters
    [InlineData("/stories/..%2F..%2Fetc", HttpStatusCode.NotFound)]
    // A page that does not exist
    [InlineData("/admin", HttpStatusCode.NotFound)]
    // A bad date on the events page
    [InlineData("/events?from=yesterday", HttpStatusCode.BadRequest)]
    public async Task Should_answer_errors_with_a_plain_page(string url, HttpStatusCode status)
    {
        // Given the dashboard
        // When asking for something wrong
        var html = await GetPageAsync(url, status);

        // Then a plain error page comes back without internals
        html.Should().Contain("<h1>").And.NotContain("Exception").And.NotContain("   at ");
    }

    private async Task<string> IdOfAsync(string word)
    {
        var found = JsonDocument.Parse(await host.Client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(word))).RootElement;
        return found.GetProperty("results")[0].GetProperty("id").GetString()!;
    }
}
