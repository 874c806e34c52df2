using Marsad.Core.Entities.Quotes;

namespace Marsad.Core.Tests.Entities.Quotes;

/// <summary>
/// "X reported Y as saying" (نقلت وكالة X عن Y قوله إن …، نقل البيان عن Y القول: «…»): Y speaks, not the medium that
/// relays (session 27, qt33).
/// </summary>
public sealed class QuoteRelayTests
{
    [Fact]
    public void Should_read_the_clause_after_qawluhu_inna_as_the_relayed_speakers()
    {
        // Given نقلت وكالة X عن Y قوله إن …, with a name whose علي normalizes as the preposition على
        var text = "ونقلت وكالة الأنباء المحلية عن محمد علي الزهراني مدير الدفاع المدني قوله إن الحريق أخمد بعد ساعتين من العمل المتواصل.";

        var quote = QuoteFinder.Find(text).Single();

        quote.Text.Should().Be("الحريق أخمد بعد ساعتين من العمل المتواصل");
        quote.SpeakerText.Should().Be("محمد علي الزهراني مدير الدفاع المدني");
    }

    [Fact]
    public void Should_keep_a_relayed_speaker_longer_than_eight_words_up_to_qawluhu()
    {
        // Given a title of ten words with its name before قوله: the name is not cut off at the usual eight words
        var text = "ونقلت الإذاعة عن نائب رئيس الهيئة العامة للشؤون الاقتصادية والتنمية الريفية خالد العمري قوله إن المشروع سيكتمل العام المقبل.";

        QuoteFinder.Find(text).Single().SpeakerText.Should().Be("نائب رئيس الهيئة العامة للشؤون الاقتصادية والتنمية الريفية خالد العمري");
    }

    [Fact]
    public void Should_give_the_relayed_speaker_the_quotation_mark_after_al_qawl_and_what_continues_it()
    {
        // Given نقل البيان عن Y القول في …: «…». وأضاف أن …: both are Y's (before, the mark had no speaker)
        var text = "ونقل البيان عن وزير التجارة القول في ختام الاجتماع: «هذه خطوة كبيرة نحو أسواق مفتوحة للجميع». وأضاف أن المفاوضات ستستأنف الشهر المقبل.";

        var quotes = QuoteFinder.Find(text);

        quotes.Single(q => q.Text.StartsWith("هذه خطوة", StringComparison.Ordinal)).SpeakerText.Should().Be("وزير التجارة");
        quotes.Single(q => q.Text.StartsWith("المفاوضات", StringComparison.Ordinal)).SpeakerText.Should().Be("وزير التجارة");
    }

    [Fact]
    public void Should_end_the_relayed_speaker_at_its_comma_and_not_take_a_word_of_the_aside_as_the_speaker()
    {
        // Given عن Y، الذي رفض ذكر اسمه، قولها: «…»: ذكر is an attribution verb, but its "speaker" اسمه is part of the aside
        var text = "ونقلت الصحيفة عن المسؤولة، التي رفضت ذكر اسمها، قولها: «لن نسمح بتكرار ما حدث في الموسم الماضي».";

        var quote = QuoteFinder.Find(text).Single(q => q.Text.StartsWith("لن نسمح", StringComparison.Ordinal));

        quote.SpeakerText.Should().Be("المسؤولة");
    }

    [Fact]
    public void Should_not_read_tanqulu_as_a_relay_without_an_an_and_qawluhu()
    {
        // Given تنقل "carries" in a statement qualified by حسبما قال X: still X's statement, and no relay
        var text = "وصلت إلى الميناء أول سفينة تنقل مساعدات غذائية للسكان منذ بداية الأزمة، حسبما قال مدير الميناء خالد السالم.";

        var quote = QuoteFinder.Find(text).Single();

        quote.Text.Should().StartWith("وصلت إلى الميناء");
        quote.SpeakerText.Should().Be("مدير الميناء خالد السالم");
    }

    [Fact]
    public void Should_not_relay_when_no_saying_word_follows_the_one_quoted_from()
    {
        // Given نقل X عن Y with no قوله: a relay of news, not of speech; the verb after it continues the last speaker
        var text = "قال الوزير إن الخطة جاهزة. ونقلت الصحف عن مصادر رسمية تفاصيل الخطة الجديدة. وأضاف أن التنفيذ يبدأ غدا.";

        var quotes = QuoteFinder.Find(text);

        quotes.Single(q => q.Text.StartsWith("التنفيذ", StringComparison.Ordinal)).SpeakerText.Should().Be("الوزير");
    }
}
