using Marsad.Core.Entities;
using Marsad.Core.Reading;

namespace Marsad.Core.Tests.Entities;

/// <summary>The pipeline takes the outlet's state from the page's address, so المملكة alone links in a kingdom's press only.</summary>
public sealed class OutletPipelineTests
{
    private static readonly Pipeline Pipeline = new(EntityRecognizer.KnowledgeBaseOnly);

    private const string Text = "أعلنت المملكة اليوم عن خطة جديدة لدعم المزارعين في المناطق الجنوبية.\nوقال المتحدث إن المملكة ستخصص ميزانية إضافية للمشروع.";

    [Theory]
    [InlineData("http://www.alwatan.com.sa/Politics/News_Detail.aspx?ArticleID=1", "SAU")]
    [InlineData("http://www.alriyadh.com/1068562", "SAU")]
    [InlineData("https://www.example-daily.jo/local/55", "JOR")]
    public void Should_link_the_kingdom_to_the_outlets_state(string url, string iso3)
    {
        var document = Pipeline.Process(Page(url));

        document.Entities.Where(e => e.Text == "المملكة").Should().HaveCount(2)
            .And.OnlyContain(e => e.Country == iso3);
    }

    [Theory]
    [InlineData("https://www.example-news.eg/local/55")]
    [InlineData("https://www.example.com/local/55")]
    [InlineData(null)]
    public void Should_not_link_it_when_the_outlet_is_no_kingdom_or_unknown(string? url)
    {
        var document = Pipeline.Process(Page(url));

        document.Entities.Should().NotContain(e => e.Text == "المملكة");
    }

    private static RawPage Page(string? url) => new()
    {
        Origin = "outlet.txt",
        Content = Text,
        Kind = ContentKind.Text,
        IsArticle = true,
        Url = url,
    };
}
