using Marsad.Core;
using Marsad.Core.Documents;
using Marsad.Storage.Search;
using Marsad.Storage.Sqlite;
using Marsad.Storage.Tests.Sqlite;

namespace Marsad.Storage.Tests.Search;

/// <summary>The ranking phrases of <see cref="FtsQuery.Rank"/>: title hits and adjacent words.</summary>
public sealed class SearchRankingTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly SqliteArticleStore _store;

    public SearchRankingTests()
    {
        _store = SqliteArticleStore.Open(_temp.Path);
        _store.WriteAsync(SampleDocuments.Entries(
            // the word once in the title, once in a long body
            Article("title", "الأمطار تغمر شوارع المدينة",
                "شهدت المدينة منذ صباح أمس هطول الأمطار بغزارة، وأغلقت إدارة المرور عددا من الأنفاق والطرق الرئيسية، ودعت الجهات المختصة السكان إلى تجنب الأودية ومجاري السيول، فيما باشرت فرق الدفاع المدني عشرات البلاغات في الأحياء الشرقية والشمالية حتى ساعة متأخرة من الليل."),
            // the word three times in a short body, not in the title
            Article("body", "نشرة الطقس", "الأمطار متوقعة غدا، والأمطار قد تشتد مساء، وتستمر الأمطار يومين."),
            // the two words side by side
            Article("together", "تقرير اقتصادي", "ارتفع مؤشر سوق الأسهم في ختام تداولات الأسبوع بدعم من قطاع المصارف."),
            // the same two words apart, each twice
            Article("apart", "تقرير اقتصادي آخر", "أغلقت الأسهم الأوروبية على تراجع، بينما بقي سوق العقار هادئا، وتراجعت الأسهم الآسيوية وسوق الذهب."))).GetAwaiter().GetResult();
    }

    private static Document Article(string input, string title, string text) => new()
    {
        Id = Pipeline.ContentId(text),
        Input = input,
        Title = title,
        Text = text,
        Language = "ar",
    };

    private IReadOnlyList<SearchHit> Search(string query) =>
        _store.SearchAsync(new SearchRequest { Query = query }).GetAwaiter().GetResult().Results;

    [Fact]
    public void Should_rank_a_title_hit_above_repetitions_in_a_short_body()
    {
        var results = Search("أمطار");

        results.Should().HaveCount(2);
        results[0].Title.Should().Be("الأمطار تغمر شوارع المدينة");
    }

    [Fact]
    public void Should_rank_words_side_by_side_above_the_same_words_apart()
    {
        var results = Search("سوق الأسهم");

        results.Select(r => r.Title).Should().Equal("تقرير اقتصادي", "تقرير اقتصادي آخر");
    }

    [Fact]
    public async Task Should_match_the_same_articles_whatever_the_ranking_phrases()
    {
        var query = FtsQuery.Parse("سوق الأسهم");
        var results = await _store.SearchAsync(new SearchRequest { Query = "سوق الأسهم" });

        query.Rank.Should().NotBe(query.Match);
        results.Total.Should().Be(2);
        results.Results.Should().HaveCount(2);
    }

    public void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
    }
}
