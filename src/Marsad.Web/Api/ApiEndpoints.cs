using System.Text.Json;
using Marsad.Core.Documents;
using Marsad.Core.Stories;
using Marsad.Storage;
using Marsad.Storage.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Web.Api;

/// <summary>The read-only JSON API: search, articles, events, stories, timelines and actors.</summary>
internal static class ApiEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/search", SearchAsync).WithName("Search").Produces<SearchResults>().Produces<ApiError>(400);
        api.MapGet("/articles/{id}", ArticleAsync).WithName("Article").Produces<Document>().Produces<ApiError>(404);
        api.MapGet("/events", EventsAsync).WithName("Events").Produces<IReadOnlyList<MergedEvent>>()
            .Produces<string>(200, "text/csv", "text/tab-separated-values").Produces<ApiError>(400);
        api.MapGet("/stories", StoriesAsync).WithName("Stories").Produces<IReadOnlyList<StoredStory>>();
        api.MapGet("/stories/{id}", StoryAsync).WithName("Story").Produces<StoredStory>().Produces<ApiError>(404);
        api.MapGet("/timeline", TimelineAsync).WithName("Timeline").Produces<Timeline>().Produces<ApiError>(400);
        api.MapGet("/actors/{key}", ActorAsync).WithName("Actor").Produces<ActorView>().Produces<ApiError>(404);
    }

    /// <summary>A JSON answer written with the contract's options (snake_case, Arabic unescaped).</summary>
    public static IResult Json<T>(T value, int status = 200) =>
        Results.Text(JsonSerializer.Serialize(value, DocumentJson.Options), "application/json; charset=utf-8", statusCode: status);

    public static IResult Error(int status, string message) => Json(new ApiError(message), status);

    /// <summary>Runs a search from query parameters; a query the engine cannot parse is the client's mistake.</summary>
    public static async Task<SearchResults?> SearchFromQueryAsync(IArticleStore store, HttpRequest request, int defaultLimit, CancellationToken ct)
    {
        if (QueryArgs.Text(request, "q") is not { } q)
        {
            return null;
        }
        var search = new SearchRequest
        {
            Query = q,
            Limit = QueryArgs.Int(request, "limit", defaultLimit, 1, 1000),
            Offset = QueryArgs.Int(request, "offset", 0, 0, 100_000),
            Actor = QueryArgs.Text(request, "actor"),
            Outlet = QueryArgs.Text(request, "source"),
            From = QueryArgs.Date(request, "from"),
            To = QueryArgs.Date(request, "to"),
            EventType = QueryArgs.Type(request),
        };
        try
        {
            return await store.SearchAsync(search, ct).ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            throw new BadParameterException($"'q' cannot be searched: {e.Message.Split('\n')[0]}");
        }
    }

    private static async Task<IResult> SearchAsync(IArticleStore store, HttpRequest request, CancellationToken ct) =>
        await SearchFromQueryAsync(store, request, 10, ct).ConfigureAwait(false) is { } results
            ? Json(results)
            : Error(400, "'q' is required");

    private static async Task<IResult> ArticleAsync(string id, IArticleStore store, CancellationToken ct) =>
        QueryArgs.IsId(id) && await store.GetArticleAsync(id, ct).ConfigureAwait(false) is { } document
            ? Json(document)
            : Error(404, "no article with this id");

    private static async Task<IResult> EventsAsync(IArticleStore store, HttpRequest request, CancellationToken ct)
    {
        var filter = QueryArgs.Events(request);
        var format = QueryArgs.Text(request, "format") ?? "json";
        if (!EventTable.Formats.Contains(format))
        {
            return Error(400, "'format' must be json, csv or tsv");
        }
        var events = await store.GetEventsAsync(filter, ct).ConfigureAwait(false);
        using var writer = new StringWriter();
        await EventTable.WriteAsync(writer, events, format).ConfigureAwait(false);
        return Results.Text(writer.ToString(), EventTable.ContentType(format));
    }

    // Every story in founding order (the contract's answer), or with limit/offset a page of the newest first.
    private static async Task<IResult> StoriesAsync(IArticleStore store, HttpRequest request, CancellationToken ct)
    {
        var offset = QueryArgs.Int(request, "offset", 0, 0, int.MaxValue);
        if (QueryArgs.Text(request, "limit") is null)
        {
            return offset == 0 ? Json(await store.GetStoriesAsync(ct).ConfigureAwait(false)) : Error(400, "'offset' needs 'limit'");
        }
        var limit = QueryArgs.Int(request, "limit", 0, 1, 1000);
        return Json(await store.GetRecentStoriesAsync(offset, limit, ct).ConfigureAwait(false));
    }

    private static async Task<IResult> StoryAsync(string id, IArticleStore store, CancellationToken ct) =>
        QueryArgs.IsId(id) && await store.GetStoryAsync(id, ct).ConfigureAwait(false) is { } story
            ? Json(story)
            : Error(404, "no story with this id");

    private static async Task<IResult> TimelineAsync(IArticleStore store, HttpRequest request, CancellationToken ct)
    {
        if (QueryArgs.Text(request, "a") is not { } a || QueryArgs.Text(request, "b") is not { } b)
        {
            return Error(400, "'a' and 'b' (two actors) are required");
        }
        var granularity = QueryArgs.Flag(request, "weekly") ? TimelineGranularity.Week : TimelineGranularity.Month;
        return Json(await store.GetTimelineAsync(a, b, granularity, QueryArgs.Date(request, "from"), QueryArgs.Date(request, "to"), ct).ConfigureAwait(false));
    }

    private static async Task<IResult> ActorAsync(string key, IArticleStore store, CancellationToken ct) =>
        await ActorView.LoadAsync(store, key, ct).ConfigureAwait(false) is { } view
            ? Json(view)
            : Error(404, "no events involve this actor");
}
