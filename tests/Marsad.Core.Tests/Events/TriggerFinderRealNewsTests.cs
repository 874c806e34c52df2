using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// What whole real articles hold besides events (eval/events-real): adverbs and names that look like triggers, a
/// page's link line, causes and generic cases, and the everyday senses of trigger words. Sentences written for
/// these tests.
/// </summary>
public sealed class TriggerFinderRealNewsTests
{
    [Theory]
    // هناك is "there is", not هنأ + ك (the normalizer drops the hamza)
    [InlineData("وهناك مخاوف كبيرة لدى السكان من ارتفاع الأسعار في الصيف.")]
    // an event noun heading a name or a device
    [InlineData("تحدث الأمين العام لمجلس التعاون لدول الخليج العربية للصحفيين.")]
    [InlineData("شارك وفد منظمة التعاون الإسلامي في المؤتمر الاقتصادي بجدة.")]
    [InlineData("يسمح الاتفاق بتشغيل عدد من أجهزة الطرد المركزي في المنشأة.")]
    [InlineData("تعيش مئات الأسر في مراكز الاحتجاز المؤقتة قرب الحدود.")]
    [InlineData("تملك المنشأة نحو ألف جهاز طرد مركزي من الجيل الأول.")]
    [InlineData("تبدو التسوية أبعد ما تكون عن الواقع في الوقت الحالي.")]
    // the first person أ on a stem in ل spells a definite noun
    [InlineData("افتتح المحافظ المعهد التقني الجديد في المدينة.")]
    // everyday senses, written as CAMEO 010 rows
    [InlineData("أطلقت الوزارة برنامجا يستهدف الطلاب في المدارس الثانوية.")]
    [InlineData("استقبل المستشفى عشرات المرضى خلال أيام العيد.")]
    [InlineData("زار المحافظ المعرض الدولي للكتاب برفقة عدد من المسؤولين.")]
    [InlineData("تبرع شباب الحي بالدم للمصابين في الحادث.")]
    [InlineData("أخرجت فرق الإنقاذ امرأة بعد احتجازها داخل المركبة إثر الحادث.")]
    [InlineData("وصف البيان التصريحات بأنها تعد على سيادة البلاد وحقوق شعبها.")]
    [InlineData("جاء تصميم المبنى توافقا مع معايير السلامة الدولية.")]
    [InlineData("تحقق للفريق ما أراد بعد موسم طويل.")]
    [InlineData("حقق الجيش تقدما ميدانيا في الأحياء الجنوبية من المدينة.")]
    [InlineData("تسعى الشركة إلى تحقيق أهدافها في الأسواق الخارجية خلال العام.")]
    [InlineData("وقال مسؤول أمني طلب عدم نشر اسمه إن التحقيق مستمر.")]
    [InlineData("أوضح موظف رفض ذكر اسمه أن الرواتب تأخرت.")]
    public void Should_find_no_event_where_the_word_is_no_act(string sentence)
    {
        // Given a sentence whose trigger-like word is an adverb, part of a name or an everyday sense
        var found = TriggerFinderTests.Find(sentence);

        // Then no event type is found
        found.Where(c => c.Plover is not null).Should().BeEmpty();
    }

    [Fact]
    public void Should_find_no_event_in_the_link_line_of_a_page()
    {
        // Given the line a news site appends after the article, repeating its headline
        var found = TriggerFinderTests.Find("رابط الخبر بصحيفة النبأ: الشرطة تعتقل ثلاثة مطلوبين في العاصمة");

        // Then it yields no event: the article already told it
        found.Should().BeEmpty();
    }

    [Fact]
    public void Should_read_an_appeal_verb_after_the_relative_ma_as_a_cause()
    {
        // Given ما دعا X إلى ("which led X to")
        var cause = TriggerFinderTests.Find("انتشرت الشائعات بسرعة، مما دعا الوزارة إلى إصدار بيان توضيحي.");
        var appeal = TriggerFinderTests.Find("دعا الوزير الأطراف إلى الحوار.");

        // Then only the plain appeal is a REQUEST
        cause.Should().NotContain(c => c.Plover == PloverType.Request);
        appeal.Should().Contain(c => c.Plover == PloverType.Request);
    }

    [Theory]
    // من right before a present verb is "whoever": a generic case
    [InlineData("قال الوزير إن على من يرفض الاتفاق أن يقدم بديلا.")]
    // a verbal noun after "as soon as" or "in exchange for" has not happened
    [InlineData("تستعد الشركات لدخول السوق فور رفع العقوبات عن البلاد.")]
    [InlineData("طالب الخاطفون بفدية مقابل إطلاق سراح الرهائن.")]
    public void Should_code_no_act_that_has_not_happened(string sentence)
    {
        // Given an act that is a generic case or a condition
        var events = EventCoder.Default.Code(sentence, null);

        // Then the coder, which drops hypotheticals, codes neither the rejection, the lifting nor the release
        events.Should().NotContain(e => e.Plover == PloverType.Reject || e.Plover == PloverType.Retreat);
    }

    [Theory]
    [InlineData("لم توافق الحكومة على المقترح الجديد.", PloverType.Agree)]
    [InlineData("استهدفت غارة جوية موقعا للمسلحين شمال المدينة.", PloverType.Assault)]
    [InlineData("استقبل الرئيس وزير الخارجية الفرنسي في القصر.", PloverType.Consult)]
    [InlineData("اعتقلت الشرطة اثنين من المطلوبين في المدينة.", PloverType.Coerce)]
    public void Should_keep_the_event_sense(string sentence, PloverType type)
    {
        // Given the event sense of the same words
        var found = TriggerFinderTests.Find(sentence);

        // Then it is still found
        found.Should().Contain(c => c.Plover == type);
    }
}
