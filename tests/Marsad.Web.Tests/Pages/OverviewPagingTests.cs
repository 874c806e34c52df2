using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Marsad.Core;
using Marsad.Core.Documents;
using Marsad.Storage;
using Marsad.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace Marsad.Web.Tests.Pages;

/// <summary>The overview over a store with more stories than one page holds.</summary>
public sealed partial class OverviewPagingTests : IAsyncLifetime
{
    private const int Stories = 45;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "marsad-paging-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        using (var store = SqliteArticleStore.Open(_folder))
        {
            // One story each: articles ten days apart never join a story (stories span at most three days around an article).
            var documents = Enumerable.Range(1, Stories).Select(n =>
            {
                var text = string.Format(CultureInfo.InvariantCulture, "ذكر التقرير {0} أن المدينة {0} شهدت أمس {0} حدثا جديدا {0} في السوق {0} القديمة.", n);
                return new Document
                {
                    Id = Pipeline.ContentId(text),
                    Input = $"pages/{n}.txt",
                    Title = $"خبر رقم {n}",
                    Text = text,
                    Published = new DateOnly(2021, 1, 1).AddDays(10 * n),
                    Language = "ar",
                };
            });
            await store.WriteAsync([.. documents.Select(d => new StoreEntry(d, "page:" + d.Input))]);
            await store.RebuildStoriesAsync();
        }
        _app = MarsadWeb.Build(new WebOptions { DataDirectory = _folder }, b => b.WebHost.UseTestServer());
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<(HttpStatusCode Status, string Html)> GetAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static List<string> StoryLinks(string html) => [.. StoryLink().Matches(html).Select(m => m.Groups[1].Value)];

    [Fact]
    public async Task Should_page_the_stories_newest_first_without_losing_or_repeating_any()
    {
        // Given 45 stories and 20 a page
        // When opening the three pages
        var pages = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var (status, html) = await GetAsync("/?page=" + page.ToString(CultureInfo.InvariantCulture));
            status.Should().Be(HttpStatusCode.OK);
            pages.Add(html);
        }

        // Then they hold 20, 20 and 5 stories, every story once, the newest first
        pages.Select(p => StoryLinks(p).Count).Should().Equal(20, 20, 5);
        pages.SelectMany(StoryLinks).Should().OnlyHaveUniqueItems().And.HaveCount(Stories);
        pages[0].Should().Contain("خبر رقم 45").And.NotContain("خبر رقم 25<");
        pages[2].Should().Contain("خبر رقم 1<");
    }

    [Fact]
    public async Task Should_link_each_page_to_its_neighbours()
    {
        // Given the overview
        // When opening the first, a middle and the last page
        var (_, first) = await GetAsync("/");
        var (_, middle) = await GetAsync("/?page=2");
        var (_, last) = await GetAsync("/?page=3");

        // Then each says where it is and links only to pages that exist
        first.Should().Contain("الصفحة 1 من 3").And.Contain("rel=\"next\" href=\"/?page=2\"").And.NotContain("rel=\"prev\"");
        middle.Should().Contain("rel=\"prev\" href=\"/?page=1\"").And.Contain("rel=\"next\" href=\"/?page=3\"");
        last.Should().Contain("الصفحة 3 من 3").And.Contain("rel=\"prev\" href=\"/?page=2\"").And.NotContain("rel=\"next\"");
    }

    [Theory]
    // past the last page
    [InlineData("/?page=4", HttpStatusCode.NotFound)]
    // not a page number
    [InlineData("/?page=0", HttpStatusCode.BadRequest)]
    [InlineData("/?page=two", HttpStatusCode.BadRequest)]
    public async Task Should_refuse_pages_that_do_not_exist(string url, HttpStatusCode expected)
    {
        var (status, _) = await GetAsync(url);

        status.Should().Be(expected);
    }

    [GeneratedRegex("href=\"/stories/([A-Za-z0-9_-]+)\"")]
    private static partial Regex StoryLink();
}
