using Marsad.Core.Extraction.Text;

namespace Marsad.Core.Tests.Extraction;

/// <summary>
/// A news sentence full of names has few function words; ended as a sentence and ten words long, it is still the article's
/// prose. Lines written for these tests.
/// </summary>
public sealed class CrawlTextNameDenseTests
{
    [Fact]
    public void Should_keep_a_sentence_of_names_between_the_article_paragraphs()
    {
        // Given a page whose article opens and goes on with sentences made mostly of names and titles
        var page = string.Join('\n',
            "زيارة رسمية - موقع المثال",
            "الرئيسية",
            "أخبار محلية",
            "استقبل الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني في القاهرة اليوم.",
            "وأكد الجانبان خلال اللقاء أهمية تعزيز التعاون بين البلدين في مجالات الطاقة والنقل والتجارة، وتنسيق المواقف إزاء القضايا الإقليمية.",
            "والتقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي ووزير الطاقة الأردني صالح الخرابشة.",
            "جميع الحقوق محفوظة © موقع المثال 2019");

        // When it is read
        var text = CrawlTextReader.Read(page, "example", null).Text;

        // Then the three sentences are kept, and the menu and footer are not
        text.Split('\n').Should().HaveCount(3);
        text.Should().StartWith("استقبل الرئيس المصري").And.Contain("والتقى وزير الخارجية المصري").And.NotContain("الحقوق");
    }

    [Fact]
    public void Should_still_leave_out_headlines_of_names_that_end_no_sentence()
    {
        // Given related headlines of ten words or more, mostly names, that end no sentence
        var page = string.Join('\n',
            "عنوان المقال",
            "وأكد الجانبان خلال اللقاء أهمية تعزيز التعاون بين البلدين في مجالات الطاقة والنقل والتجارة، وتنسيق المواقف إزاء القضايا الإقليمية.",
            "أخبار ذات صلة",
            "وزير الخارجية المصري سامح شكري يستقبل نظيره الأردني أيمن الصفدي في القاهرة",
            "ولي العهد السعودي الأمير محمد بن سلمان يستقبل رئيس الوزراء الباكستاني عمران خان");

        // Then only the article's sentence is kept
        CrawlTextReader.Read(page, "example", null).Text.Split('\n').Should().ContainSingle();
    }

    [Fact]
    public void Should_read_a_menu_word_inside_a_sentence_as_text_and_alone_as_the_menu()
    {
        // Given a menu of single items (بحث among them) and a short sentence whose verb carries that word (وبحث)
        var page = string.Join('\n',
            "لقاء الرئيسين",
            "الرئيسية",
            "بحث",
            "اتصل بنا",
            "استقبل الرئيس المصري عبد الفتاح السيسي العاهل الأردني الملك عبد الله الثاني في القاهرة اليوم.",
            "ووقع الجانبان اتفاقية للتعاون في مجال الطاقة.",
            "وبحث الجانبان العلاقات الثنائية والأوضاع في المنطقة وسبل تعزيز التعاون.");

        // When it is read
        var lines = CrawlTextReader.Read(page, "example", null).Text.Split('\n');

        // Then the three sentences are the article and no menu item is
        lines.Should().HaveCount(3);
        lines[^1].Should().StartWith("وبحث الجانبان");
    }
}
