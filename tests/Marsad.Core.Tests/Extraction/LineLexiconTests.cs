using Marsad.Core.Extraction.Text;
using Marsad.Core.Language;

namespace Marsad.Core.Tests.Extraction;

/// <summary>
/// The boilerplate lexicon: a menu item (بحث، الرئيسية) marks text only as whole words, never inside a word of running prose.
/// Lines and paragraphs written for these tests.
/// </summary>
public sealed class LineLexiconTests
{
    private static BoilerplateKind? Match(string line) => LineLexicon.Default.Match(ArabicNormalizer.Normalize(line));

    private static int Count(string text) => LineLexicon.Default.CountMatches(ArabicNormalizer.Normalize(text));

    [Theory]
    [InlineData("الرئيسية | أخبار | رياضة | بحث")]
    [InlineData("الرئيسية، اتصل بنا")]
    public void Should_read_a_short_line_of_menu_items_as_a_menu(string line) =>
        Match(line).Should().Be(BoilerplateKind.Menu);

    [Theory]
    [InlineData("وبحث الجانبان العلاقات الثنائية")]
    [InlineData("واشتركت الوفود في الجلسة")]
    public void Should_not_read_a_menu_item_inside_a_word_as_a_menu(string line) =>
        Match(line).Should().BeNull();

    [Fact]
    public void Should_count_no_menu_item_in_prose_that_holds_them_inside_words()
    {
        const string paragraph = "وبحث الوزيران أهم محاور التعاون، واشتركت الوفود في جلسة بحثت خطة النقل بين البلدين.";

        Count(paragraph).Should().Be(0);
    }

    [Fact]
    public void Should_count_each_site_service_a_notice_names()
    {
        const string notice = "للعودة إلى الصفحة الرئيسية أو استخدام البحث، اتصل بنا أو اقرأ سياسة الخصوصية.";

        Count(notice).Should().BeGreaterThanOrEqualTo(3);
    }
}
