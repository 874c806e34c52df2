using System.Net;
using System.Text;
using Microsoft.AspNetCore.TestHost;

namespace Marsad.Web.Tests.Api;

public sealed class ReadOnlyServerTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "marsad-ro-" + Guid.NewGuid().ToString("N"));
    private Microsoft.AspNetCore.Builder.WebApplication? _app;

    public async Task InitializeAsync()
    {
        await WebSamples.FillAsync(_folder);
        _app = MarsadWeb.Build(new WebOptions { DataDirectory = _folder }, b => b.WebHost.UseTestServer());
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _app!.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Should_have_no_ingest_endpoint_without_an_api_key()
    {
        // Given a server started without an API key
        using var client = _app!.GetTestClient();

        // When posting a page to ingest, even with some key
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest") { Content = new StringContent("{\"text\":\"نص\"}", Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", "anything-at-all-0123456789");
        using var response = await client.SendAsync(request);
        var openApi = await client.GetStringAsync("/openapi/v1.json");

        // Then nothing accepts it, and the OpenAPI document does not offer it
        response.IsSuccessStatusCode.Should().BeFalse();
        response.StatusCode.Should().BeOneOf(HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed);
        openApi.Should().Contain("/api/search").And.NotContain("/api/ingest");
    }

    [Fact]
    public async Task Should_send_headers_that_forbid_sniffing_and_outside_resources()
    {
        // Given a server started without an API key
        using var client = _app!.GetTestClient();

        // When opening the overview
        using var response = await client.GetAsync("/");

        // Then the page may load nothing from elsewhere and is not sniffed into another type
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().StartWith("default-src 'none'");
    }
}
