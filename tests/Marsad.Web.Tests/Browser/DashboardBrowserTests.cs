using System.Globalization;
using Microsoft.Playwright;

namespace Marsad.Web.Tests.Browser;

public sealed class DashboardBrowserTests(LiveServerFixture server) : IClassFixture<LiveServerFixture>
{
    private static readonly string SentenceStart = WebSamples.MeetingText.IndexOf(WebSamples.MeetingSentence, StringComparison.Ordinal).ToString(CultureInfo.InvariantCulture);

    private async Task<IPage> OpenAsync(string path)
    {
        Skip.IfNot(LiveServerFixture.HasChromium, $"{LiveServerFixture.ChromiumPath} is absent: install the Debian chromium package to run browser tests");
        var page = await server.Browser!.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + path);
        return page;
    }

    // Waits for the navigation a click starts, listening before the click: WaitForURLAsync after the click checks the URL,
    // then subscribes, and can miss a navigation that lands in between (playwright-dotnet#3364), which timed out in CI.
    // Before the click the page is never at the target URL, so the wait cannot end early.
    private static async Task ClickAndWaitAsync(IPage page, ILocator link, string url)
    {
        var navigated = page.WaitForURLAsync(url);
        await link.ClickAsync();
        await navigated;
    }

    [SkippableFact]
    public async Task Should_search_open_a_story_and_follow_an_event_to_its_highlighted_sentence()
    {
        // Given the dashboard's search page
        var page = await OpenAsync("/search");

        // When searching for the meeting, opening a result, then its story, then the story's event
        await page.Locator("main form input[name=q]").FillAsync("موسكو");
        await ClickAndWaitAsync(page, page.Locator("main form button"), "**/search?q=*");
        (await page.Locator("ol.results li").CountAsync()).Should().Be(2);
        (await page.Locator("ol.results mark").First.InnerTextAsync()).Should().Be("موسكو");
        await page.Locator("a.result").First.ClickAsync();
        await ClickAndWaitAsync(page, page.Locator("a[href^='/stories/']"), "**/stories/*");
        await ClickAndWaitAsync(page, page.Locator("a.evidence").First, $"**#s-{SentenceStart}");

        // Then the sentence is the page's target, highlighted, and reads as the event's evidence
        var target = page.Locator(":target");
        (await target.GetAttributeAsync("id")).Should().Be($"s-{SentenceStart}");
        (await target.InnerTextAsync()).Should().Be(WebSamples.MeetingSentence);
        var background = await target.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        background.Should().Be("rgb(255, 213, 79)");
        (await page.Locator($"[id='e-{SentenceStart}']").CountAsync()).Should().Be(1);
        await page.CloseAsync();
    }

    [SkippableFact]
    public async Task Should_keep_injected_markup_as_visible_text()
    {
        // Given a stored page titled with a script and bold markup
        // When searching for it and opening it in the browser
        var page = await OpenAsync("/search?q=" + Uri.EscapeDataString("البرلمان"));
        (await page.Locator("a.result").First.InnerTextAsync()).Should().Be(WebSamples.InjectedTitle);
        await ClickAndWaitAsync(page, page.Locator("a.result").First, "**/articles/*");

        // Then no script ran, no element was made from it, and the literal text is what shows
        (await page.EvaluateAsync<bool>("() => window.__x === undefined && window.__y === undefined")).Should().BeTrue();
        (await page.Locator("main b, main img, main i").CountAsync()).Should().Be(0);
        (await page.Locator("h1.title").InnerTextAsync()).Should().Be(WebSamples.InjectedTitle);
        (await page.Locator("div.text").InnerTextAsync()).Should().Contain("<img src=x onerror=window.__y=1>");
        await page.CloseAsync();
    }

    [SkippableFact]
    public async Task Should_draw_the_timeline_chart_in_the_browser()
    {
        // Given the Russia-Iran meeting
        // When opening the dyad's timeline
        var page = await OpenAsync("/timeline?a=RUS&b=IRN");

        // Then the chart has a drawn bar for verbal cooperation, and the page is right to left
        var bar = page.Locator("svg.timeline rect.q1");
        (await bar.CountAsync()).Should().Be(1);
        (await bar.BoundingBoxAsync())!.Height.Should().BeGreaterThan(0);
        (await page.EvaluateAsync<string>("() => document.documentElement.dir")).Should().Be("rtl");
        await page.CloseAsync();
    }
}
