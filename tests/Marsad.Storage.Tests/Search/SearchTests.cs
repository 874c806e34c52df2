using Marsad.Core;
using Marsad.Core.Documents;
using Marsad.Core.Entities;
using Marsad.Storage.Search;
using Marsad.Storage.Sqlite;
using Marsad.Storage.Tests.Sqlite;

namespace Marsad.Storage.Tests.Search;

public sealed class SearchTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly SqliteArticleStore _store;
    private readonly Dictionary<string, string> _titles = [];

    public SearchTests()
    {
        _store = SqliteArticleStore.Open(_temp.Path);
        _store.WriteAsync(SampleDocuments.Entries(
            Article("a", "وزير الخارجية يبدأ جولة خليجية", "بدأ وزير الخارجية اليوم جولة خليجية تشمل الرياض والدوحة لبحث المفاوضات الجارية بشأن اتفاق التجارة.", "one", new DateOnly(2020, 1, 5)),
            Article("b", "أحمد يفوز بجائزة الرواية", "فاز الكاتب احمد بجائزة الرواية العربية عن روايته الجديدة التي تدور أحداثها في القاهرة.", "two", new DateOnly(2020, 2, 7)),
            Article("c", "بوتين يستقبل أردوغان في سوتشي", "استقبل الرئيس الروسي فلاديمير بوتين نظيره التركي في سوتشي، وتناولت مفاوضات الجانبين الوضع في إدلب.", "one", new DateOnly(2020, 3, 5),
                [new EntityMention("فلاديمير بوتين", 16, 30, EntityType.Person, "Vladimir Putin", "Q7747", "RUS", "RUSGOV")]),
            Article("e", "مجلس الوزراء يقر الميزانية", "أقر مجلس الوزراء في جلسته الأسبوعية الميزانية العامة بعد جولة من المشاورات مع النواب حول بنود الإنفاق.", "two", new DateOnly(2020, 1, 9)),
            Article("d", "<script>alert(1)</script> تقرير عن الطقس", "توقعت الأرصاد أجواء معتدلة مع فرص لهطول أمطار خفيفة على المرتفعات الجنوبية خلال الأيام المقبلة.", "three", null))).GetAwaiter().GetResult();
    }

    private Document Article(string input, string title, string text, string source, DateOnly? date, EntityMention[]? entities = null) => new()
    {
        Id = Pipeline.ContentId(text),
        Input = input,
        Source = source,
        Title = _titles[input] = title,
        Text = text,
        Published = date,
        Language = "ar",
        Entities = entities ?? [],
    };

    private SearchResults Search(string query, Func<SearchRequest, SearchRequest>? with = null) =>
        _store.SearchAsync((with ?? (r => r))(new SearchRequest { Query = query })).GetAwaiter().GetResult();

    [Theory]
    // the definite article and plural suffix are stemmed away: مفاوضات finds المفاوضات and مفاوضات
    [InlineData("مفاوضات", new[] { "a", "c" })]
    // hamza forms are normalized: أحمد finds احمد in the text and أحمد in the title
    [InlineData("أحمد", new[] { "b" })]
    // a name is matched unstemmed, clitic-free: وبوتين finds بوتين
    [InlineData("وبوتين", new[] { "c" })]
    // every word must match
    [InlineData("مفاوضات إدلب", new[] { "c" })]
    // a phrase matches words in order only
    [InlineData("\"جولة خليجية\"", new[] { "a" })]
    [InlineData("\"خليجية جولة\"", new string[0])]
    public void Should_find_articles_with_arabic_aware_matching(string query, string[] inputs)
    {
        var results = Search(query);

        results.Results.Select(r => r.Title).Should().BeEquivalentTo(inputs.Select(TitleOf));
        results.Total.Should().Be(inputs.Length);
    }

    private string TitleOf(string input) => _titles[input];

    [Fact]
    public void Should_rank_a_title_match_above_a_body_match()
    {
        // جولة is in a's title and text, and in e's text only
        var results = Search("جولة");

        results.Results.Select(r => r.Title).Should().Equal(TitleOf("a"), TitleOf("e"));
        results.Results[0].Score.Should().BeGreaterThan(results.Results[1].Score);
    }

    [Fact]
    public void Should_filter_by_outlet_date_and_actor()
    {
        Search("مفاوضات", r => r with { Outlet = "one", From = new DateOnly(2020, 3, 1) }).Results.Should().ContainSingle().Which.Title.Should().Contain("بوتين");
        Search("مفاوضات", r => r with { Actor = "RUSGOV" }).Results.Should().ContainSingle();
        Search("مفاوضات", r => r with { Actor = "Vladimir Putin" }).Results.Should().ContainSingle();
        Search("مفاوضات", r => r with { To = new DateOnly(2020, 1, 31) }).Results.Should().ContainSingle().Which.Published.Should().Be(new DateOnly(2020, 1, 5));
    }

    [Fact]
    public void Should_highlight_the_matching_words_in_the_snippet()
    {
        var hit = Search("المفاوضات").Results.First(r => r.Title.Contains("جولة", StringComparison.Ordinal));

        hit.Highlights.Should().NotBeEmpty();
        hit.Highlights.Select(h => hit.Snippet[h.Start..h.End]).Should().Contain("المفاوضات");
    }

    [Theory]
    [InlineData("")]
    [InlineData("في من على")]          // stopwords only
    [InlineData("\" OR title : * AND")] // FTS5 syntax is never passed through
    [InlineData("'; DROP TABLE articles; --")]
    public void Should_answer_odd_queries_with_no_results_and_no_error(string query)
    {
        var results = Search(query);

        results.Total.Should().Be(0);
        _titles.Should().HaveCount(5); // and the store is intact
        Search("الطقس").Total.Should().Be(1);
    }

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }
}
