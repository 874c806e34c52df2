using System.Security.Cryptography;
using System.Text;
using Marsad.Core;
using Marsad.Core.Processing;
using Marsad.Core.Reading;
using Marsad.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Web.Api;

/// <summary><c>POST /api/ingest</c>: pages in (JSON Lines or one JSON object), analyzed and stored; only with an API key.</summary>
internal static class IngestEndpoint
{
    public static void Map(IEndpointRouteBuilder app, WebOptions options)
    {
        app.MapPost("/api/ingest", (HttpContext context, IArticleStore store, CancellationToken ct) => IngestAsync(context, store, options, ct))
            .WithName("Ingest").Produces<IngestResult>().Produces<ApiError>(401).Produces<ApiError>(413).Produces<ApiError>(400);
    }

    /// <summary>Compares keys in time independent of where they differ: hashing first hides the length too.</summary>
    public static bool KeyMatches(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    private static async Task<IResult> IngestAsync(HttpContext context, IArticleStore store, WebOptions options, CancellationToken ct)
    {
        if (!KeyMatches(context.Request.Headers["X-Api-Key"].FirstOrDefault(), options.ApiKey!))
        {
            return ApiEndpoints.Error(401, "a valid X-Api-Key header is required");
        }
        if (context.Request.ContentLength > options.MaxIngestBytes)
        {
            return ApiEndpoints.Error(413, $"the body is larger than {options.MaxIngestBytes} bytes");
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.MaxIngestBytes;
        }
        using var body = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await context.Request.Body.ReadAsync(buffer, ct).ConfigureAwait(false)) > 0)
        {
            if (body.Length + read > options.MaxIngestBytes)
            {
                return ApiEndpoints.Error(413, $"the body is larger than {options.MaxIngestBytes} bytes");
            }
            body.Write(buffer, 0, read);
        }
        body.Position = 0;
        var pipeline = new Pipeline();
        var entries = new List<StoreEntry>();
        var errors = new List<string>();
        foreach (var result in new InputReader(ReadOptions.Default).Read(body, "http-ingest.jsonl"))
        {
            if (result.Page is { } page)
            {
                var document = pipeline.Process(page);
                if (string.IsNullOrWhiteSpace(document.Text))
                {
                    errors.Add($"{page.Origin}: no article text found");
                    continue;
                }
                entries.Add(new StoreEntry(document, PageFingerprint.Of(page)));
            }
            else if (result.Error is { } error)
            {
                errors.Add(error.ToString());
            }
        }
        if (entries.Count == 0)
        {
            return ApiEndpoints.Error(400, errors.Count > 0 ? errors[0] : "the body holds no page");
        }
        var written = await store.WriteAsync(entries, ct).ConfigureAwait(false);
        // Only the new articles are placed into the existing stories, as after a CLI ingest.
        if (await store.StoriesAreStaleAsync(ct).ConfigureAwait(false))
        {
            await store.UpdateStoriesAsync(ct).ConfigureAwait(false);
        }
        return ApiEndpoints.Json(new IngestResult(written.Added, written.Replaced, written.Unchanged, [.. entries.Select(e => e.Document.Id)], errors));
    }
}
