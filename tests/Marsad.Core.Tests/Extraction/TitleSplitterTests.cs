using Marsad.Core.Extraction;

namespace Marsad.Core.Tests.Extraction;

public sealed class TitleSplitterTests
{
    [Theory]
    // site name after a dash
    [InlineData("الحكومة تقر الموازنة الجديدة - الوطن نيوز", "الحكومة تقر الموازنة الجديدة", "الوطن نيوز")]
    // site name after a bar
    [InlineData("الحكومة تقر الموازنة الجديدة | صحيفة الأفق", "الحكومة تقر الموازنة الجديدة", "صحيفة الأفق")]
    // site name before the headline
    [InlineData("الأفق | الحكومة تقر الموازنة الجديدة للعام المقبل", "الحكومة تقر الموازنة الجديدة للعام المقبل", "الأفق")]
    // a dash inside the headline, both sides long: no site name
    [InlineData("اتفاق بين موسكو وطهران حول سوريا - وخلاف حول مصير الأسد في المرحلة المقبلة", "اتفاق بين موسكو وطهران حول سوريا - وخلاف حول مصير الأسد في المرحلة المقبلة", null)]
    // no separator
    [InlineData("الحكومة تقر الموازنة", "الحكومة تقر الموازنة", null)]
    public void Should_separate_the_headline_from_the_site_name(string title, string headline, string? site)
    {
        var (h, s) = TitleSplitter.Split(title, null);

        h.Should().Be(headline);
        s.Should().Be(site);
    }

    [Fact]
    public void Should_find_the_site_name_in_the_page_title_around_a_clean_headline()
    {
        var (h, s) = TitleSplitter.Split("الحكومة تقر الموازنة", "الحكومة تقر الموازنة :: موقع المرصد");

        h.Should().Be("الحكومة تقر الموازنة");
        s.Should().Be("موقع المرصد");
    }
}
