using Marsad.Storage;
using Marsad.Storage.Sqlite;
using Marsad.Web.Api;
using Marsad.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marsad.Web;

/// <summary>Builds the <c>marsad serve</c> application: the JSON API, the OpenAPI document and the dashboard pages over one store.</summary>
public static class MarsadWeb
{
    /// <summary>
    /// The application, not started. <paramref name="configure"/> runs last on the builder
    /// (tests swap in the test server there).
    /// </summary>
    public static WebApplication Build(WebOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxIngestBytes);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<IArticleStore>(_ => SqliteArticleStore.Open(options.DataDirectory));
        builder.Services.AddOpenApi();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.Use(GuardAsync);
        app.MapOpenApi();
        ApiEndpoints.Map(app);
        if (options.ApiKey is not null)
        {
            IngestEndpoint.Map(app, options);
        }
        DashboardPages.Map(app);
        app.MapFallback((HttpContext context) => NotFound(context.Request));
        return app;
    }

    /// <summary>The 404 answer: one-line JSON under <c>/api</c>, a plain page elsewhere.</summary>
    internal static IResult NotFound(HttpRequest request) => IsApi(request)
        ? ApiEndpoints.Error(404, "not found")
        : Layout.ErrorPage(404, "غير موجود", "The page you asked for does not exist.");

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    // Clients never see a stack trace: a bad parameter is a 400, anything else a bare 500.
    private static async Task GuardAsync(HttpContext context, RequestDelegate next)
    {
        SecureHeaders(context.Response);
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            var bad = e is BadParameterException or BadHttpRequestException;
            var status = e is BadHttpRequestException b ? b.StatusCode : bad ? 400 : 500;
            var message = bad ? e.Message : "internal error";
            if (!bad)
            {
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Marsad.Web").LogError(e, "request failed: {Path}", context.Request.Path);
            }
            context.Response.Clear();
            SecureHeaders(context.Response);
            var result = IsApi(context.Request) ? ApiEndpoints.Error(status, message) : Layout.ErrorPage(status, "خطأ", message);
            await result.ExecuteAsync(context).ConfigureAwait(false);
        }
    }

    // No script may run even where encoding were missed; nothing is loaded from elsewhere.
    private static void SecureHeaders(HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }
}
