using Marsad.Core.Entities.Knowledge;

namespace Marsad.Core.Tests.Entities.Knowledge;

/// <summary>The outlet's state from a page's address: outlets.tsv first, then the country-code domain.</summary>
public sealed class OutletCountryTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;

    [Theory]
    [InlineData("http://www.okaz.com.sa/new/issues/20150722/Con20150722785470.htm", "SAU")]
    [InlineData("https://petra.gov.jo/Include/InnerPage.jsp?ID=1", "JOR")]
    [InlineData("https://www.example-news.ma/politique/123", "MAR")]
    [InlineData("http://www.alriyadh.com/1068562", "SAU")]
    [InlineData("https://news.aleqt.com/2015/07/22/article_1.html", "SAU")]
    [InlineData("https://www.bbc.co.uk/arabic/middleeast-1", "GBR")]
    [InlineData("https://WWW.HESPRESS.COM/politique/1.html", "MAR")]
    public void Should_find_the_outlets_state(string url, string iso3)
    {
        Kb.OutletCountry(url)!.Iso3.Should().Be(iso3);
    }

    [Theory]
    [InlineData("https://www.example.com/news/1")]
    [InlineData("https://arabic.example.tv/news/1")]
    [InlineData("not a url")]
    [InlineData("")]
    [InlineData(null)]
    public void Should_say_nothing_when_the_address_does_not_tell(string? url)
    {
        Kb.OutletCountry(url).Should().BeNull();
    }

    [Fact]
    public void Should_read_a_host_given_as_the_source_when_there_is_no_url()
    {
        Kb.OutletCountry(null, "aleqt.com")!.Iso3.Should().Be("SAU");
        Kb.OutletCountry(null, "صحيفة الرياض").Should().BeNull();
    }

    [Fact]
    public void Should_reject_an_outlet_of_an_unknown_state_naming_file_and_line()
    {
        var folder = Directory.CreateTempSubdirectory("marsad-kb-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "outlets.tsv"), "# host\tiso3\nexample.com\tXXX\n");

            var act = () => KnowledgeBase.LoadFrom(folder.FullName);

            act.Should().Throw<KnowledgeBaseException>().WithMessage("outlets.tsv:2:*XXX*");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
