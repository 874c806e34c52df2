using Marsad.Core.Entities.Quotes;

namespace Marsad.Core.Tests.Entities.Quotes;

/// <summary>Where a speaker's phrase starts and ends, and who a continuation belongs to.</summary>
public sealed class QuoteSpeakerPhraseTests
{
    [Theory]
    // a pronoun object of a preposition before the subject is not the speaker
    [InlineData("وأشار فيه التقرير إلى أن الصادرات ارتفعت بنسبة كبيرة.", "التقرير", "الصادرات ارتفعت بنسبة كبيرة")]
    // an attribution to a medium ends the name
    [InlineData("وقال الوزير بحسب وكالة الأنباء إن المفاوضات مستمرة بين الطرفين.", "الوزير", "المفاوضات مستمرة بين الطرفين")]
    [InlineData("وقال المتحدث لـ«الوطن» إن الحادث قيد التحقيق.", "المتحدث", "الحادث قيد التحقيق")]
    // the medium told before the speaker is not the speaker
    [InlineData("وأوضح لـ«الوطن» مصدر مسؤول في الوزارة أن القرار نهائي.", "مصدر مسؤول", "القرار نهائي")]
    [InlineData("وأوضح لـ «الوطن» مصدر مسؤول في الوزارة أن القرار نهائي.", "مصدر مسؤول", "القرار نهائي")]
    [InlineData("وقال لـ«الشرق الأوسط» مصدر أمني إن الطريق مغلق.", "مصدر أمني", "الطريق مغلق")]
    // a title's complement with لل, then the name, is not an addressee
    [InlineData("وأكد الأمين العام للصندوق حسن الجاسر أن الطلبات كثيرة.", "الأمين العام للصندوق حسن الجاسر", "الطلبات كثيرة")]
    [InlineData("وقال المتحدث للصحفيين إن الطلبات كثيرة.", "المتحدث", "الطلبات كثيرة")]
    // "by saying" and a colon, without quotation marks
    [InlineData("وأضاف المدير بقوله: المشروع سيكتمل قبل نهاية العام.", "المدير", "المشروع سيكتمل قبل نهاية العام")]
    // a name is not cut after عبد at the word limit
    [InlineData("وأوضح وكيل الوزارة لشؤون التخطيط والتطوير بالمنطقة الدكتور عبد الرحمن أن العمل بدأ.", "وكيل الوزارة لشؤون التخطيط والتطوير بالمنطقة الدكتور عبد الرحمن", "العمل بدأ")]
    public void Should_take_the_speakers_words_only(string text, string speaker, string quoted)
    {
        var quote = QuoteFinder.Find(text).Single();

        quote.SpeakerText.Should().Be(speaker);
        quote.Text.Should().Be(quoted);
    }

    [Theory]
    // the object of the idiom لفت النظر, and a pronoun object with no subject after it, continue the last speaker
    [InlineData("ولفت النظر إلى أن الطلب تضاعف هذا العام.")]
    [InlineData("وتقول عنه إنه أفضل ما كتب في هذا الباب.")]
    [InlineData("وقال أيضا إن الطلب تضاعف هذا العام.")]
    public void Should_continue_the_previous_speaker_after_a_word_that_is_not_a_name(string second)
    {
        // Given a named speaker, then a verb whose next words name no one
        var text = "وقالت الباحثة سلمى العلي إن السوق تغيرت كثيرا.\n" + second;

        // When quotations are found
        var quotes = QuoteFinder.Find(text);

        // Then both are hers
        quotes.Should().HaveCount(2);
        quotes.Should().OnlyContain(q => q.SpeakerText == "الباحثة سلمى العلي");
    }

    [Fact]
    public void Should_read_reported_speech_through_a_short_quotation_and_keep_its_speaker_for_the_next()
    {
        // Given a first speaker, then a second one whose reported clause quotes two words, then a continuation
        var text = "وقال المفاوض الأمريكي: «لا شيء نهائي حتى الآن في هذه المحادثات».\n"
            + "وقال وزير التجارة الكندي إن المحادثات «على وشك» أن تنتهي. وأضاف في بيان «حسمنا معظم القضايا العالقة بيننا».";

        // When quotations are found
        var quotes = QuoteFinder.Find(text);

        // Then the reported clause runs through the short quotation, and the continuation is the Canadian minister's
        quotes.Select(q => q.SpeakerText).Should().Equal("المفاوض الأمريكي", "وزير التجارة الكندي", "وزير التجارة الكندي");
        quotes[1].Text.Should().Be("المحادثات «على وشك» أن تنتهي");
    }

    [Fact]
    public void Should_attribute_a_quotation_after_a_long_aside_ending_in_an()
    {
        // Given a verb, its speaker, an aside of seven words, then أن and the quotation
        var text = "وأضاف الوزير في كلمته التي ألقاها أمام المؤتمر الاقتصادي الدولي أن «العمل مستمر لإنجاز المشروع في موعده».";

        // When / Then the quotation is the minister's
        QuoteFinder.Find(text).Should().ContainSingle(q => q.Text == "العمل مستمر لإنجاز المشروع في موعده")
            .Which.SpeakerText.Should().Be("الوزير");
    }

    [Fact]
    public void Should_not_let_a_quoted_name_end_the_clause_of_its_verb()
    {
        // Given a verb whose speaker is a quoted name, then the quotation
        var text = "وأردف \"الغامدي\": \"تم ضبط كميات كبيرة من المواد الفاسدة خلال الجولات\".";

        // When / Then the quotation is his
        QuoteFinder.Find(text).Should().ContainSingle(q => q.Text.StartsWith("تم ضبط", StringComparison.Ordinal))
            .Which.SpeakerText.Should().Be("الغامدي");
    }

    [Fact]
    public void Should_continue_the_speaker_after_saying()
    {
        // Given a named speaker, then a clause of another verb closed by قائلا: and a quotation
        var text = "وقال الرئيس سامي العلي: «سنواصل الإصلاحات مهما كانت الصعوبات».\nكما تطرق في خطابه إلى الاقتصاد، قائلا: «الأزمة ستنتهي قبل نهاية العام المقبل».";

        // When / Then both quotations are his
        QuoteFinder.Find(text).Select(q => q.SpeakerText).Should().Equal("الرئيس سامي العلي", "الرئيس سامي العلي");
    }

    [Fact]
    public void Should_not_take_a_complementizer_of_the_next_sentence()
    {
        // Given an attribution verb whose clause ends, then a sentence opening with إنني
        var text = "وهو أمر يعتبر مخالفة صريحة للقانون. إنني أدعو الجميع إلى الالتزام.";

        // When / Then the verb reports nothing
        QuoteFinder.Find(text).Should().BeEmpty();
    }

    [Fact]
    public void Should_end_reported_speech_at_a_long_quotation()
    {
        // Given reported speech followed in the same sentence by a quotation of three words or more
        var text = "وقال الوزير إن الحكومة ماضية في خطتها «ولن نتراجع عنها مهما حدث».";

        // When quotations are found
        var quotes = QuoteFinder.Find(text);

        // Then the reported clause stops at the quotation mark
        quotes.Should().ContainSingle(q => q.SpeakerText == "الوزير").Which.Text.Should().Be("الحكومة ماضية في خطتها");
    }
}
