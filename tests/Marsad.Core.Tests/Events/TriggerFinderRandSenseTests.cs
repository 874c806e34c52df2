namespace Marsad.Core.Tests.Events;

/// <summary>
/// Trigger words in another sense seen in evrand28's random sample of the whole corpus: باحث "a researcher" (not بـ + أحث "I urge":
/// no preposition stands before a finite verb), الفجر "dawn" and «عملية فجر X» (not فجر "bombed"), تدمر "Palmyra" (not "she
/// destroys"), صفحتها "her page" (not صفح "forgave"), هنا "here" before a verb (not هنأ). Each beside the event sense of the same word.
/// </summary>
public sealed class TriggerFinderRandSenseTests
{
    [Theory]
    [InlineData("وقال باحث في مركز الدراسات إن الأسعار سترتفع.", "020")]
    [InlineData("وشارك باحثون من الجامعات العربية في الندوة العلمية.", "020")]
    [InlineData("وصل المصلون إلى المسجد قبيل صلاة الفجر بقليل.", "183")]
    [InlineData("واستمرت الاحتفالات حتى ساعات الفجر الأولى في الساحة.", "183")]
    [InlineData("يفتح السوق أبوابه فجر كل يوم أمام المزارعين.", "183")]
    [InlineData("وتقع مدينة تدمر الأثرية في وسط البادية.", "1712")]
    [InlineData("ونظم الأهالي مهرجانا في تدمر قبل سنوات.", "1712")]
    [InlineData("ونشرت الوزارة على صفحتها في موقع تويتر صورا للحفل.", "056")]
    [InlineData("وهنا تكمن صعوبة المهمة التي تنتظر الحكومة الجديدة.", "051")]
    [InlineData("وهنا يجدر القول إن المشروع تأخر عن موعده.", "051")]
    public void Should_find_no_event_in_the_other_sense(string sentence, string cameo)
    {
        // Given a trigger word in another sense (a researcher, dawn, Palmyra, a page, "here")
        var found = TriggerFinderTests.Find(sentence);

        // Then the event of that word's lexicon sense is not found
        found.Should().NotContain(c => c.Cameo == cameo);
    }

    [Theory]
    [InlineData("وقال الوزير: أحث الطرفين على العودة إلى المفاوضات.", "020")]
    [InlineData("فجر انتحاري نفسه في سوق مزدحمة شمال البلاد.", "1831")]
    [InlineData("وفجر مسلحون عبوة ناسفة قرب مركز الشرطة.", "183")]
    [InlineData("وقالت المنظمة إن الميليشيات تدمر المنازل في القرى الحدودية.", "1712")]
    [InlineData("هنأ الملك الرئيس التونسي بمناسبة ذكرى الاستقلال.", "051")]
    public void Should_find_the_event_sense_of_the_same_word(string sentence, string cameo)
    {
        // Given the same word in its event sense (I urge, bombed, destroys, congratulated)
        var found = TriggerFinderTests.Find(sentence);

        // Then the event is found with its code
        found.Should().Contain(c => c.Cameo == cameo);
    }
}
