using System.Net;
using System.Text.Json;
using Marsad.Core.Documents;
using Marsad.Core.Stories;
using Marsad.Storage;
using Marsad.Storage.Search;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Marsad.Web.Tests.Api;

public sealed class FailingStoreTests : IAsyncLifetime
{
    private const string Secret = "SECRET-DETAIL /var/lib/marsad/store.db";
    private Microsoft.AspNetCore.Builder.WebApplication? _app;

    public async Task InitializeAsync()
    {
        _app = MarsadWeb.Build(new WebOptions { DataDirectory = "unused" }, b =>
        {
            b.WebHost.UseTestServer();
            b.Services.AddSingleton<IArticleStore>(new BrokenStore());
        });
        await _app.StartAsync();
    }

    public async Task DisposeAsync() => await _app!.DisposeAsync();

    [Theory]
    // The API answers in JSON
    [InlineData("/api/stories", "application/json")]
    // A page answers with a plain page
    [InlineData("/", "text/html")]
    public async Task Should_hide_internal_failures_behind_a_bare_500(string url, string mediaType)
    {
        // Given a store that fails with a message naming its internals
        using var client = _app!.GetTestClient();

        // When a request reaches it
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();

        // Then the client gets a 500 that says nothing of them
        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        response.Content.Headers.ContentType!.MediaType.Should().Be(mediaType);
        body.Should().NotContain("SECRET").And.NotContain("InvalidOperationException").And.NotContain("   at ");
        if (mediaType == "application/json")
        {
            JsonDocument.Parse(body).RootElement.GetProperty("error").GetString().Should().Be("internal error");
        }
    }

    private sealed class BrokenStore : IArticleStore
    {
        public bool HasInput(string input, string pageFingerprint) => throw Fail();

        public Task<StoreWriteResult> WriteAsync(IReadOnlyList<StoreEntry> entries, CancellationToken cancellationToken = default) => throw Fail();

        public Task<Document?> GetArticleAsync(string id, CancellationToken cancellationToken = default) => throw Fail();

        public Task<StoreStats> GetStatsAsync(CancellationToken cancellationToken = default) => throw Fail();

        public Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default) => throw Fail();

        public Task<int> RebuildStoriesAsync(CancellationToken cancellationToken = default) => throw Fail();

        public Task<bool> StoriesAreStaleAsync(CancellationToken cancellationToken = default) => throw Fail();

        public Task CompactAsync(CancellationToken cancellationToken = default) => throw Fail();

        public Task<IReadOnlyList<StoredStory>> GetStoriesAsync(CancellationToken cancellationToken = default) => throw Fail();

        public Task<IReadOnlyList<StoredStory>> GetRecentStoriesAsync(int offset, int limit, CancellationToken cancellationToken = default) => throw Fail();

        public Task<IReadOnlyList<ActorCount>> GetTopActorsAsync(int limit, CancellationToken cancellationToken = default) => throw Fail();

        public Task<StoredStory?> GetStoryAsync(string id, CancellationToken cancellationToken = default) => throw Fail();

        public Task<string?> GetStoryIdOfArticleAsync(string articleId, CancellationToken cancellationToken = default) => throw Fail();

        public Task<IReadOnlyList<MergedEvent>> GetEventsAsync(EventFilter filter, CancellationToken cancellationToken = default) => throw Fail();

        public void Dispose()
        {
        }

        private static InvalidOperationException Fail() => new(Secret);
    }
}
