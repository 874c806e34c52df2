using System.Globalization;
using System.Text;
using Marsad.Core.Events;
using Marsad.Core.Stories;
using Marsad.Storage;
using Marsad.Storage.Search;
using Marsad.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using static Marsad.Web.Pages.Layout;

namespace Marsad.Web.Pages;

/// <summary>The server-rendered dashboard: overview, search, article, story, actor, events and timeline pages.</summary>
internal static class DashboardPages
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").ExcludeFromDescription();
        pages.MapGet("/", OverviewAsync);
        pages.MapGet("/search", SearchAsync);
        pages.MapGet("/articles/{id}", ArticleAsync);
        pages.MapGet("/stories/{id}", StoryAsync);
        pages.MapGet("/actors/{key}", ActorAsync);
        pages.MapGet("/events", EventsAsync);
        pages.MapGet("/timeline", TimelineAsync);
    }

    /// <summary>Stories per overview page (<c>/?page=N</c>).</summary>
    internal const int StoriesPerPage = 20;

    private static async Task<IResult> OverviewAsync(IArticleStore store, HttpRequest request, CancellationToken ct)
    {
        var page = QueryArgs.Int(request, "page", 1, 1, 1_000_000);
        var stats = await store.GetStatsAsync(ct).ConfigureAwait(false);
        var html = new StringBuilder("<h1>مرصد</h1><p class=\"stats\">")
            .Append(Stat("مقالات", stats.Articles)).Append(Stat("مصادر", stats.Sources)).Append(Stat("كيانات", stats.Entities))
            .Append(Stat("أحداث", stats.Events)).Append(Stat("قصص", stats.Stories))
            .Append("<span>").Append(Date(stats.FirstDate)).Append(" — ").Append(Date(stats.LastDate)).Append("</span></p>");
        // One page of stories and the top actors come from the store: the page costs the same for ten articles or a year of them.
        var pages = (int)Math.Max(1, (stats.Stories + StoriesPerPage - 1) / StoriesPerPage);
        if (page > pages)
        {
            return MarsadWeb.NotFound(request);
        }
        html.Append("<h2>أحدث القصص</h2><ul class=\"stories\">");
        foreach (var story in await store.GetRecentStoriesAsync((page - 1) * StoriesPerPage, StoriesPerPage, ct).ConfigureAwait(false))
        {
            html.Append("<li><a href=\"/stories/").Append(U(story.Id)).Append("\">").Append(E(story.Title)).Append("</a> <span class=\"muted\">")
                .Append(Date(story.LastDate)).Append(" · ").Append(story.Articles.Count).Append(" مقالات</span></li>");
        }
        html.Append("</ul>").Append(Pager("/?", page, pages)).Append("<h2>أبرز الفاعلين</h2><ol class=\"actors\">");
        foreach (var actor in await store.GetTopActorsAsync(15, ct).ConfigureAwait(false))
        {
            html.Append("<li><a href=\"/actors/").Append(U(actor.Key)).Append("\">").Append(E(actor.Name))
                .Append("</a> <span class=\"muted\">").Append(E(actor.Key)).Append(" · ").Append(actor.Events).Append("</span></li>");
        }
        return Page("نظرة عامة", html.Append("</ol>").ToString());
    }

    /// <summary>"Page X of Y" with links to the previous and next pages (<paramref name="prefix"/> ends with ? or &amp;).</summary>
    private static string Pager(string prefix, int page, int pages)
    {
        var html = new StringBuilder("<nav class=\"pager\">");
        if (page > 1)
        {
            html.Append("<a rel=\"prev\" href=\"").Append(E(prefix)).Append("page=").Append(page - 1).Append("\">السابق</a> ");
        }
        html.Append("<span>الصفحة ").Append(page).Append(" من ").Append(pages).Append("</span>");
        if (page < pages)
        {
            html.Append(" <a rel=\"next\" href=\"").Append(E(prefix)).Append("page=").Append(page + 1).Append("\">التالي</a>");
        }
        return html.Append("</nav>").ToString();
    }

    private static string Stat(string label, long value) => $"<span>{E(label)}: {value.ToString(CultureInfo.InvariantCulture)}</span>";

    private static async Task<IResult> SearchAsync(IArticleStore store, HttpRequest request, CancellationToken ct)
    {
        var q = QueryArgs.Text(request, "q");
        var html = new StringBuilder("<h1>بحث</h1><form action=\"/search\" method=\"get\"><input name=\"q\" type=\"search\" value=\"")
            .Append(E(q)).Append("\"> <input name=\"source\" placeholder=\"المصدر\" value=\"").Append(E(QueryArgs.Text(request, "source")))
            .Append("\"> <input name=\"from\" type=\"date\" value=\"").Append(E(QueryArgs.Text(request, "from")))
            .Append("\"> <input name=\"to\" type=\"date\" value=\"").Append(E(QueryArgs.Text(request, "to"))).Append("\"> <button>ابحث</button></form>");
        if (await ApiEndpoints.SearchFromQueryAsync(store, request, 20, ct).ConfigureAwait(false) is { } results)
        {
            html.Append("<p class=\"muted total\">").Append(results.Total).Append(" مقالًا</p><ol class=\"results\">");
            foreach (var hit in results.Results)
            {
                html.Append("<li><a class=\"result\" href=\"/articles/").Append(U(hit.Id)).Append("\">").Append(E(hit.Title)).Append("</a> <span class=\"muted\">")
                    .Append(E(hit.Source ?? "—")).Append(" · ").Append(Date(hit.Published)).Append("</span><p class=\"snippet\">").Append(Snippet(hit)).Append("</p></li>");
            }
            html.Append("</ol>");
        }
        return Page(q is null ? "بحث" : "بحث: " + q, html.ToString());
    }

    /// <summary>The snippet, encoded piece by piece with the matching spans in &lt;mark&gt;: the raw text never reaches the page.</summary>
    internal static string Snippet(SearchHit hit)
    {
        var html = new StringBuilder();
        Marked.Append(html, hit.Snippet, 0, hit.Snippet.Length, hit.Highlights.Select(h => new MarkedSpan(h.Start, h.End, "mark")));
        return html.ToString();
    }

    private static async Task<IResult> ArticleAsync(string id, IArticleStore store, HttpRequest request, CancellationToken ct)
    {
        if (!QueryArgs.IsId(id) || await store.GetArticleAsync(id, ct).ConfigureAwait(false) is not { } document)
        {
            return MarsadWeb.NotFound(request);
        }
        var storyId = await store.GetStoryIdOfArticleAsync(id, ct).ConfigureAwait(false);
        return Page(document.Title, ArticlePage.Body(document, storyId));
    }

    private static async Task<IResult> StoryAsync(string id, IArticleStore store, HttpRequest request, CancellationToken ct)
    {
        if (!QueryArgs.IsId(id) || await store.GetStoryAsync(id, ct).ConfigureAwait(false) is not { } story)
        {
            return MarsadWeb.NotFound(request);
        }
        var events = await store.GetEventsAsync(new EventFilter { StoryId = story.Id }, ct).ConfigureAwait(false);
        var html = new StringBuilder("<h1 class=\"title\">").Append(E(story.Title)).Append("</h1><p class=\"muted\">")
            .Append(Date(story.FirstDate)).Append(" — ").Append(Date(story.LastDate)).Append("</p><h2>الملخص</h2><p class=\"summary\">")
            .Append(E(story.Summary)).Append("</p><h2>المقالات</h2><ul class=\"articles\">");
        foreach (var article in story.Articles)
        {
            html.Append("<li><a href=\"/articles/").Append(U(article.Id)).Append("\">").Append(E(article.Title)).Append("</a> <span class=\"muted\">")
                .Append(E(article.Source ?? "—")).Append(" · ").Append(Date(article.Published)).Append("</span></li>");
        }
        html.Append("</ul><h2>الأحداث</h2>").Append(EventsHtml.Table(events));
        return Page(story.Title, html.ToString());
    }

    private static async Task<IResult> ActorAsync(string key, IArticleStore store, HttpRequest request, CancellationToken ct)
    {
        if (key.Length > 200 || await ActorView.LoadAsync(store, key, ct).ConfigureAwait(false) is not { } view)
        {
            return MarsadWeb.NotFound(request);
        }
        var html = new StringBuilder("<h1>").Append(E(key)).Append("</h1><p><a href=\"/events?actor=").Append(U(key)).Append("\">كل الأحداث</a></p><h2>الأحداث</h2>")
            .Append(EventsHtml.Table(view.Events)).Append("<h2>المقالات التي تذكره</h2><p class=\"muted mentions\">").Append(view.ArticleCount)
            .Append(" مقالًا").Append(view.ArticleCount > view.Articles.Count ? $" (أحدث {view.Articles.Count})" : "").Append("</p><ul class=\"articles\">");
        foreach (var article in view.Articles)
        {
            html.Append("<li><a href=\"/articles/").Append(U(article.Id)).Append("\">").Append(E(article.Title)).Append("</a> <span class=\"muted\">")
                .Append(E(article.Source ?? "—")).Append(" · ").Append(Date(article.Published)).Append("</span></li>");
        }
        return Page(key, html.Append("</ul>").ToString());
    }

    private static async Task<IResult> EventsAsync(IArticleStore store, HttpRequest request, CancellationToken ct)
    {
        var filter = QueryArgs.Events(request);
        var events = await store.GetEventsAsync(filter, ct).ConfigureAwait(false);
        var query = request.QueryString.HasValue ? request.QueryString.Value![1..] + "&" : "";
        var html = new StringBuilder("<h1>الأحداث</h1><form action=\"/events\" method=\"get\">")
            .Append(Input("actor", "الفاعل", filter.Actor)).Append(Input("target", "المفعول به", filter.Target))
            .Append("<select name=\"type\"><option value=\"\">كل الأنواع</option>");
        foreach (var type in Enum.GetValues<PloverType>())
        {
            var name = QueryArgs.TypeName(type);
            html.Append("<option").Append(filter.Type == type ? " selected" : "").Append('>').Append(E(name)).Append("</option>");
        }
        html.Append("</select>").Append(Input("from", "من", Date(filter.From).Replace("—", "", StringComparison.Ordinal), "date"))
            .Append(Input("to", "إلى", Date(filter.To).Replace("—", "", StringComparison.Ordinal), "date")).Append("<button>تصفية</button></form>")
            .Append("<p>").Append(events.Count).Append(" حدثًا · <a href=\"/api/events?").Append(E(query)).Append("format=csv\">CSV</a> · <a href=\"/api/events?")
            .Append(E(query)).Append("format=tsv\">TSV</a></p>").Append(EventsHtml.Table(events));
        return Page("الأحداث", html.ToString());
    }

    private static string Input(string name, string label, string? value, string type = "text") =>
        $"<input name=\"{name}\" type=\"{type}\" placeholder=\"{E(label)}\" aria-label=\"{E(label)}\" value=\"{E(value)}\"> ";

    private static async Task<IResult> TimelineAsync(IArticleStore store, HttpRequest request, CancellationToken ct)
    {
        var a = QueryArgs.Text(request, "a");
        var b = QueryArgs.Text(request, "b");
        var weekly = QueryArgs.Flag(request, "weekly");
        var (from, to) = (QueryArgs.Date(request, "from"), QueryArgs.Date(request, "to"));
        var html = new StringBuilder("<h1>الخط الزمني</h1><form action=\"/timeline\" method=\"get\">").Append(Input("a", "الطرف الأول", a)).Append(Input("b", "الطرف الثاني", b))
            .Append(Input("from", "من", from?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "date")).Append(Input("to", "إلى", to?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "date"))
            .Append("<label><input type=\"checkbox\" name=\"weekly\" value=\"true\"").Append(weekly ? " checked" : "").Append("> أسبوعي</label> <button>ارسم</button></form>");
        if (a is not null && b is not null)
        {
            var timeline = await store.GetTimelineAsync(a, b, weekly ? TimelineGranularity.Week : TimelineGranularity.Month, from, to, ct).ConfigureAwait(false);
            html.Append("<h2>").Append(E(a)).Append(" ↔ ").Append(E(b)).Append("</h2>").Append(TimelineSvg.Draw(timeline)).Append(TimelineSvg.Table(timeline));
        }
        return Page("الخط الزمني", html.ToString());
    }
}
