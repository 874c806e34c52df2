using Marsad.Core.Extraction.Text;

namespace Marsad.Core.Tests.Extraction;

public sealed class CrawlTextReaderTests
{
    private const string First = "أعلنت وزارة الصحة أن حملة التطعيم الوطنية ستنطلق مطلع الشهر المقبل في جميع المحافظات، وستستمر لمدة أسبوعين متتاليين بمشاركة آلاف العاملين في القطاع الصحي.";
    private const string Second = "وأوضح الوزير في مؤتمر صحفي أن الحملة تستهدف الأطفال دون سن الخامسة، وأن الفرق الطبية ستزور المنازل والمدارس في المناطق النائية.";

    [Theory]
    // copyright line
    [InlineData("© 2019 جميع الحقوق محفوظة")]
    // "go to top" button
    [InlineData("العودة إلى الأعلى")]
    // comment form field
    [InlineData("البريد الإلكتروني")]
    // comment form header
    [InlineData("أضف تعليقاً")]
    // related-articles header
    [InlineData("اقرأ أيضاً")]
    // sharing buttons
    [InlineData("شارك على فيسبوك")]
    // menu entry
    [InlineData("الصفحة الرئيسية")]
    // timestamp of a sidebar headline, digits
    [InlineData("12/03/2019 - 10:45")]
    // timestamp of a sidebar headline, month name
    [InlineData("الثلاثاء 12 مارس 2019")]
    public void Should_drop_a_boilerplate_line_even_between_paragraphs(string line)
    {
        // Given an article with a boilerplate line between its two paragraphs
        var page = $"العنوان\n{First}\n{line}\n{Second}";

        // When it is read
        var text = CrawlTextReader.Read(page, "", null).Text;

        // Then the line is gone and the paragraphs stay
        text.Should().Be($"{First}\n{Second}");
    }

    [Fact]
    public void Should_keep_a_subheading_between_paragraphs()
    {
        var text = CrawlTextReader.Read($"العنوان\n{First}\nالفرق الطبية في الميدان\n{Second}", "", null).Text;

        text.Should().Be($"{First}\nالفرق الطبية في الميدان\n{Second}");
    }

    [Fact]
    public void Should_not_take_the_headline_after_a_read_also_line_for_a_subheading()
    {
        var page = $"العنوان\n{First}\nاقرأ أيضا\nافتتاح طريق سريع جديد في العاصمة\n{Second}";

        var text = CrawlTextReader.Read(page, "", null).Text;

        text.Should().Be($"{First}\n{Second}");
    }

    [Fact]
    public void Should_drop_a_list_of_other_headlines_after_the_article()
    {
        // Given the article followed by a run of short headlines of other articles
        var page = $"العنوان\n{First}\n{Second}\nارتفاع أسعار الذهب في الأسواق\nافتتاح طريق سريع جديد\nفوز الفريق في مباراة الأمس\nانخفاض درجات الحرارة غدا";

        var text = CrawlTextReader.Read(page, "", null).Text;

        text.Should().Be($"{First}\n{Second}");
    }

    [Fact]
    public void Should_keep_the_first_line_as_the_title()
    {
        var read = CrawlTextReader.Read($"  حملة تطعيم وطنية - موقع الصحة  \n\n{First}", "", null);

        read.Title.Should().Be("حملة تطعيم وطنية - موقع الصحة");
        read.Text.Should().Be(First);
    }

    [FsCheck.Xunit.Property]
    public bool Should_only_keep_lines_of_the_page(string? content)
    {
        // Whatever the input, every kept line is one of the page's lines (trimmed, spaces collapsed)
        var page = content ?? "";
        var read = CrawlTextReader.Read(page, "", null);
        var lines = page.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToHashSet(StringComparer.Ordinal);
        return read.Text.Length == 0 || read.Text.Split('\n').All(lines.Contains);
    }
}
