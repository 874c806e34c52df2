using Marsad.Core.Extraction;

namespace Marsad.Core.Tests.Extraction;

public sealed class PublicationDateTests
{
    [Theory]
    // year/month/day folders
    [InlineData("https://x.example/news/2015/11/23/story.html", "2015-11-23")]
    // dashed date in a slug
    [InlineData("https://x.example/2015-11-23-story", "2015-11-23")]
    // compact date
    [InlineData("https://x.example/archive/20151123/story", "2015-11-23")]
    // year, section, month, day (CNN Arabic)
    [InlineData("http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html", "2013-08-03")]
    public void Should_read_the_day_a_url_path_names(string url, string expected)
    {
        PublicationDate.FromUrl(url).Should().Be(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    // year and month only: no day, no date
    [InlineData("https://x.example/2015/11/story")]
    // an article id that is not a date
    [InlineData("https://x.example/article/20151399")]
    // no path date
    [InlineData("https://x.example/politics/story-123")]
    public void Should_find_no_date_in_urls_without_a_day(string url)
    {
        PublicationDate.FromUrl(url).Should().BeNull();
    }

    [Fact]
    public void Should_not_take_a_date_from_deep_inside_the_text()
    {
        // Given a text whose only date is a historical one far from its opening
        var text = string.Join('\n', Enumerable.Repeat("وقال المتحدث إن المفاوضات مستمرة بين الأطراف المعنية منذ أشهر دون نتيجة واضحة حتى الآن.", 6))
            + "\nوكانت الحرب قد اندلعت في 2 أغسطس 1990 بعد أشهر من التوتر بين البلدين الجارين.";

        PublicationDate.FromText(text).Should().BeNull();
    }

    [Theory]
    // a place and a weekday before the date
    [InlineData("بغداد - الثلاثاء 17 نوفمبر 2015: أعلنت الحكومة العراقية خطة جديدة لإعادة الإعمار.", "2015-11-17")]
    // a place and an agency in brackets, the date after them
    [InlineData("القاهرة – (أ.ف.ب) – 23/11/2015 – قال وزير الخارجية إن المحادثات ستستأنف قريبا.", "2015-11-23")]
    // the date alone on the first line
    [InlineData("الأحد 22 نوفمبر 2015\nافتتح المعرض الدولي للكتاب أبوابه أمام الزوار.", "2015-11-22")]
    public void Should_take_a_dateline_that_opens_the_text(string text, string expected)
    {
        PublicationDate.FromText(text).Should().Be(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    // the first sentence tells when something happened
    [InlineData("أكدت عائلة الصحافي المعتقل تدهور حالته الصحية. واعتقل الصحافي في 12 مارس 2014 في العاصمة وهو في السجن منذ ذلك الحين.")]
    // a reference to an earlier article
    [InlineData("الرياض: تلقت الصحيفة رد الوزارة على المقال الذي نشر بتاريخ 17-4-1435هـ حول المجالس البلدية.")]
    // a sentence opening with the date of an old event
    [InlineData("في 3 نوفمبر 2009 اندلعت أولى المواجهات على الحدود الجنوبية بين الجيش والمسلحين.")]
    public void Should_not_take_a_date_the_first_sentence_tells(string text)
    {
        PublicationDate.FromText(text).Should().BeNull();
    }

    [Fact]
    public void Should_not_take_a_short_line_that_tells_a_date_in_a_sentence()
    {
        var text = "قال المتحدث إن المفاوضات مستمرة بين الأطراف المعنية.\nواندلعت الحرب في 2 أغسطس 1990 بين البلدين";

        PublicationDate.FromText(text).Should().BeNull();
    }

    [Fact]
    public void Should_take_a_closing_dateline_line()
    {
        var text = "قال المتحدث إن المفاوضات مستمرة بين الأطراف المعنية.\nنشر بتاريخ 23/11/2015";

        PublicationDate.FromText(text).Should().Be(new DateOnly(2015, 11, 23));
    }
}
