using Marsad.Core.Entities;
using Marsad.Core.Entities.Quotes;

namespace Marsad.Core.Tests.Entities.Quotes;

/// <summary>
/// Where a quotation's clause starts and ends (session 26, qt31): a verb with و after a sentence end that follows a closing
/// mark names the speaker of its own sentence; a quotation right after إن / أن / إنه is the verb's even across an aside or
/// when its clause goes on; a medium after لـ and a short quoted name inside the introduction are no quotation nor a clause's
/// end; an SVO subject of five words or more that opens its clause with a title or name.
/// </summary>
public sealed class QuoteClauseBoundaryTests
{
    private static Quote Only(string text, string quoted) => QuoteFinder.Find(text).Single(q => q.Text == quoted);

    [Fact]
    public void Should_leave_the_next_sentence_speaker_to_his_own_quotation()
    {
        // Given a quoted phrase inside a clause with no verb of saying, then «…». وأضاف X أن «…»
        var text = "قال الباحث سامي الحربي إن المدينة تحتاج إلى «خطة شاملة لتطوير النقل العام في الأحياء». وأضاف المهندس خالد العمري أن «الطرق الجديدة ستفتح قبل نهاية العام».";

        var quotes = QuoteFinder.Find(text);

        quotes.Single(q => q.Text == "الطرق الجديدة ستفتح قبل نهاية العام").SpeakerText.Should().Be("المهندس خالد العمري");
        quotes.Should().NotContain(q => q.Text == "خطة شاملة لتطوير النقل العام في الأحياء" && q.SpeakerText == "المهندس خالد العمري");
    }

    [Fact]
    public void Should_not_keep_a_quoted_name_as_the_next_sentence_speakers_quotation()
    {
        // Given a channel's name in quotation marks at a sentence end, then وقال X
        var text = "وبثت الخبر قناة «الرياض». وقال المتحدث باسم الوزارة إن الحادث لم يسفر عن إصابات.";

        QuoteFinder.Find(text).Should().NotContain(q => q.Text == "الرياض");
    }

    [Fact]
    public void Should_still_give_a_bare_verb_after_the_sentence_end_to_the_quotation_before_it()
    {
        // Given «…». يقول X، ويضيف: «…» (the feature writer's order: the quotation, then who said it)
        var text = "«المطعم يفتح أبوابه بعد الظهر لطلاب الجامعة». يقول صاحب المطعم سامي الحربي، ويضيف: «الأسعار تناسب الجميع هذا العام».";

        Only(text, "المطعم يفتح أبوابه بعد الظهر لطلاب الجامعة").SpeakerText.Should().Be("صاحب المطعم سامي الحربي");
        Only(text, "الأسعار تناسب الجميع هذا العام").SpeakerText.Should().Be("صاحب المطعم سامي الحربي");
    }

    [Fact]
    public void Should_still_continue_the_speaker_with_a_verb_that_names_no_one_after_the_sentence_end()
    {
        // Given a speaker's quotation inside his reported clause, then «…». وأضاف أن …: the continuation keeps him
        var text = "وقال الوزير خالد العمري إن المشروع «سيوفر آلاف الوظائف للشباب في المنطقة». وأضاف أن العمل سيبدأ الشهر المقبل.";

        Only(text, "العمل سيبدأ الشهر المقبل").SpeakerText.Should().Be("الوزير خالد العمري");
    }

    [Fact]
    public void Should_give_a_quotation_right_after_anna_to_the_verb_when_the_clause_goes_on()
    {
        // Given أكد X أن "…" and more words of the clause after the closing mark
        var text = "وأكد قائد الشرطة سامي الحربي أن \"ثلاثة أشخاص أصيبوا في الحادث قرب السوق\" في وسط المدينة، بحسب ما نقلت الصحيفة.";

        Only(text, "ثلاثة أشخاص أصيبوا في الحادث قرب السوق").SpeakerText.Should().Be("قائد الشرطة سامي الحربي");
    }

    [Fact]
    public void Should_not_make_a_short_quoted_name_after_anna_a_quotation()
    {
        // Given أن «name of three words» and the clause going on
        var text = "وأكد الوزير أن «جبهة التحرير الوطني» فازت بأغلب المقاعد في الانتخابات.";

        QuoteFinder.Find(text).Should().NotContain(q => q.Text == "جبهة التحرير الوطني");
    }

    [Fact]
    public void Should_not_read_a_medium_after_li_as_a_quotation()
    {
        // Given وقال X، who he is، لـ«medium» إن «…»: the medium is told, the quotation after إن is X's
        var text = "وقال سامي الحربي، مدير الجمعية، لـ«الجزيرة» إن «العمل في المشروع سيبدأ بعد شهرين من الآن».";

        var quotes = QuoteFinder.Find(text);

        quotes.Should().NotContain(q => q.Text == "الجزيرة");
        quotes.Single(q => q.Text == "العمل في المشروع سيبدأ بعد شهرين من الآن").SpeakerText.Should().Be("سامي الحربي");
    }

    [Fact]
    public void Should_keep_a_long_quoted_phrase_after_li_as_a_quotation()
    {
        // Given لـ«…» of more words than a medium's name
        var text = "ووجه الوزير خالد العمري الشكر لـ«كل من ساهم في إنجاح الموسم الزراعي هذا العام في المنطقة».";

        QuoteFinder.Find(text).Should().Contain(q => q.Text == "كل من ساهم في إنجاح الموسم الزراعي هذا العام في المنطقة");
    }

    [Fact]
    public void Should_not_end_the_clause_at_a_quoted_name_inside_it()
    {
        // Given وقال X مدير «name of three words» في المدينة: «…»
        var text = "وقال سامي الحربي مدير «شركة النخيل العقارية» في الرياض: «الطلب على الشقق الصغيرة يزداد كل عام».";

        Only(text, "الطلب على الشقق الصغيرة يزداد كل عام").SpeakerText.Should().StartWith("سامي الحربي");
    }

    [Fact]
    public void Should_take_the_speaker_across_an_apposition_before_innahu()
    {
        // Given قال X، who he is in more than four words، إنه «…»
        var text = "من جهته، قال سامي الحربي، رئيس جمعية المزارعين في منطقة القصيم، إنه «عند وصول المطر تغير كل شيء في المزارع».";

        Only(text, "عند وصول المطر تغير كل شيء في المزارع").SpeakerText.Should().Be("سامي الحربي");
    }

    [Fact]
    public void Should_not_give_a_quoted_name_before_the_colon_the_speaker()
    {
        // Given وقال X، title في «name»: «…»: the name is no quotation and the speaker goes to the quotation after the colon
        var text = "وقال خالد العمري، مدير المبيعات في «مجموعة النخيل القابضة»: «الطلب على السيارات الصغيرة ارتفع هذا الصيف».";

        var quotes = QuoteFinder.Find(text);

        quotes.Should().NotContain(q => q.Text == "مجموعة النخيل القابضة");
        quotes.Single(q => q.Text == "الطلب على السيارات الصغيرة ارتفع هذا الصيف").SpeakerText.Should().Be("خالد العمري");
    }

    [Fact]
    public void Should_take_a_long_subject_that_opens_its_clause_with_a_title()
    {
        // Given a subject of six words at the paragraph's start, in SVO order, and one after أما with no ف
        var text = "وكيل أعمال اللاعبين سامي عبدالله الحربي يرى أن العقد سيجدد قبل بداية الموسم.\nأما مدير إدارة المرور بالمنطقة الشرقية أكد على أن الطريق سيفتح غدا.";

        var quotes = QuoteFinder.Find(text);

        quotes.Single(q => q.Text == "العقد سيجدد قبل بداية الموسم").SpeakerText.Should().Be("وكيل أعمال اللاعبين سامي عبدالله الحربي");
        quotes.Single(q => q.Text == "الطريق سيفتح غدا").SpeakerText.Should().Be("مدير إدارة المرور بالمنطقة الشرقية");
    }

    [Fact]
    public void Should_not_take_a_long_subject_that_opens_with_no_title_or_name()
    {
        // Given six words before the verb that open with a common noun: no speaker named
        var text = "الأرقام الجديدة عن البطالة في المدن الكبرى تقول إن الوضع تحسن كثيرا.";

        QuoteFinder.Find(text).Single(q => q.Text == "الوضع تحسن كثيرا").SpeakerText.Should().NotBe("الأرقام الجديدة عن البطالة في المدن الكبرى");
    }
}
