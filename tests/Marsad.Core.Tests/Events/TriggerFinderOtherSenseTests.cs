namespace Marsad.Core.Tests.Events;

/// <summary>
/// Trigger words in another sense seen on the whole corpus (evsense24): احتل + a rank (triggers.tsv row 010), طالب "a student"
/// after a count, in a name or before a student's word, تصفح الإنترنت "browsing", رحلتها "her trip", تحقيق الأمن "achieving" (idioms.tsv). Each sense is
/// beside the event sense of the same word, which must still be found.
/// </summary>
public sealed class TriggerFinderOtherSenseTests
{
    [Theory]
    [InlineData("احتلت الإمارات المرتبة الأولى عربيا في مؤشر السعادة.", "192")]
    [InlineData("وتحتل الشركة مكانة بارزة في سوق الطاقة العالمية.", "192")]
    [InlineData("ويحتل الفريق المركز الثالث في ترتيب الدوري برصيد عشر نقاط.", "192")]
    [InlineData("التحق أكثر من 1500 طالب بالجامعة هذا العام.", "100")]
    [InlineData("استقبلت المدارس نصف مليون طالب وطالبة مع بداية العام الدراسي.", "100")]
    [InlineData("لقي طالب أردني مصرعه في حادث سير قرب الجامعة.", "100")]
    [InlineData("يقع مسجد علي بن أبي طالب في وسط المدينة القديمة.", "100")]
    [InlineData("وتحدث طالب جامعي عن تجربته في البرنامج الصيفي.", "100")]
    [InlineData("توفر الخطوط الجوية خدمة تصفح الإنترنت على متن رحلاتها.", "056")]
    [InlineData("هبطت الطائرة في مطار القاهرة خلال رحلتها من عمان إلى تونس.", "174")]
    [InlineData("أكملت السفينة رحلتها الأخيرة إلى الميناء بسلام.", "174")]
    [InlineData("أكد الوزيران حرص البلدين على تحقيق الأمن في المنطقة.", "090")]
    [InlineData("وأشاد المدير بما تحقق له من نجاح في الموسم الماضي.", "090")]
    public void Should_find_no_event_in_the_other_sense(string sentence, string cameo)
    {
        // Given a trigger word in another sense (a rank, a student, browsing, a trip)
        var found = TriggerFinderTests.Find(sentence);

        // Then the event of that word's lexicon sense is not found
        found.Should().NotContain(c => c.Cameo == cameo);
    }

    [Theory]
    [InlineData("احتل الجيش الروسي مركز الشرطة في المدينة.", "192")]
    [InlineData("احتلت القوات الإسرائيلية الضفة الغربية عام 1967.", "192")]
    [InlineData("وفي 2014 طالب الرئيس الأمريكي روسيا بسحب قواتها.", "100")]
    [InlineData("طالب الرئيس اليمني المجتمع الدولي بدعم الحكومة.", "100")]
    [InlineData("رحلت السلطات التركية مئات المهاجرين السوريين إلى بلادهم.", "174")]
    [InlineData("تحقق الشرطة في مقتل رجل أعمال داخل منزله.", "090")]
    [InlineData("فتحت النيابة تحقيقا في الهجوم على قوات الأمن.", "090")]
    public void Should_find_the_event_sense_of_the_same_word(string sentence, string cameo)
    {
        // Given the same word in its event sense (a post occupied, a demand after a year, a deportation)
        var found = TriggerFinderTests.Find(sentence);

        // Then the event is found with its code
        found.Should().Contain(c => c.Cameo == cameo);
    }
}
