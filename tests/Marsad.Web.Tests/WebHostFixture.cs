using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace Marsad.Web.Tests;

/// <summary>The web application over the sample store, in the test server; ingest open with <see cref="ApiKey"/>.</summary>
public sealed class WebHostFixture : IAsyncLifetime
{
    public const string ApiKey = "test-key-0123456789abcdef";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "marsad-web-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await WebSamples.FillAsync(_folder);
        _app = MarsadWeb.Build(new WebOptions { DataDirectory = _folder, ApiKey = ApiKey, MaxIngestBytes = 64 * 1024 }, b => b.WebHost.UseTestServer());
        await _app.StartAsync();
        Client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
