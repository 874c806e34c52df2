using Marsad.Core.Entities.Quotes;

namespace Marsad.Core.Tests.Entities.Quotes;

/// <summary>
/// "As X said" after the clause it qualifies (حسبما قال X، …، كما يقول X، بحسب ما ذكر X), an addressee with a pronoun
/// after the verb (قال لزملائه إن), a time word that ends the speaker phrase (مساء) and "according to" an agency after a
/// closing mark (session 27, qt32).
/// </summary>
public sealed class QuoteAsSaidAndAddresseeTests
{
    [Fact]
    public void Should_read_the_sentence_before_hasabama_as_what_the_named_speaker_said()
    {
        // Given a statement of fact qualified by حسبما قال X at its end
        var text = "وصلت قافلة المساعدات إلى المدينة بعد ثلاثة أيام من الانتظار، حسبما قال المتحدث باسم الهلال الأحمر سامي الحربي.";

        var quote = QuoteFinder.Find(text).Single();

        quote.Text.Should().Be("وصلت قافلة المساعدات إلى المدينة بعد ثلاثة أيام من الانتظار");
        quote.SpeakerText.Should().Be("المتحدث باسم الهلال الأحمر سامي الحربي");
    }

    [Fact]
    public void Should_read_kama_after_a_comma_and_bihasab_ma_as_the_speaker_of_what_they_qualify()
    {
        // Given …، كما يقول X. and … بحسب ما ذكرت X.
        var text = "ارتفعت أسعار الخضار في الأسواق الشعبية هذا الأسبوع، كما يقول تجار الجملة. وتراجعت مبيعات السيارات المستعملة بنسبة كبيرة بحسب ما ذكرت غرفة التجارة.";

        var quotes = QuoteFinder.Find(text);

        quotes.Single(q => q.Text.StartsWith("ارتفعت", StringComparison.Ordinal)).SpeakerText.Should().Be("تجار الجملة");
        quotes.Single(q => q.Text.StartsWith("وتراجعت", StringComparison.Ordinal)).SpeakerText.Should().Be("غرفة التجارة");
    }

    [Fact]
    public void Should_continue_the_speaker_named_by_hasabama_after_it()
    {
        // Given حسبما أوضح X. وأضاف أن …: the continuation is X's (as X's turn gave it before; the quotation before must not change it)
        var text = "قال المدير العام إن الموسم كان ناجحا. وانخفض عدد الحوادث في الطرق السريعة هذا العام، حسبما أوضح قائد المرور فهد العتيبي. وأضاف أن الدوريات ستزيد في الصيف.";

        QuoteFinder.Find(text).Single(q => q.Text.StartsWith("الدوريات", StringComparison.Ordinal)).SpeakerText.Should().Be("قائد المرور فهد العتيبي");
    }

    [Fact]
    public void Should_not_read_kama_as_as_said_when_a_reported_clause_follows_or_the_verb_has_an_object()
    {
        // Given …، كما أكد X أن … ("also affirmed that") and …، كما كشف X عن وجود … ("also revealed"): no quotation of
        // the clause before
        var text = "افتتح الأمير المعرض الدولي للكتاب في العاصمة، كما أكد الوزير أن الدورة المقبلة ستكون أكبر. وبدأت أعمال الصيانة في الطريق الدائري الشمالي، كما كشفت البلدية عن خطة جديدة لتوسعة الجسور والأنفاق في كل أحياء المدينة.";

        var quotes = QuoteFinder.Find(text);

        quotes.Should().NotContain(q => q.Text.StartsWith("افتتح", StringComparison.Ordinal));
        quotes.Should().NotContain(q => q.Text.StartsWith("وبدأت", StringComparison.Ordinal));
        quotes.Single(q => q.Text.StartsWith("الدورة", StringComparison.Ordinal)).SpeakerText.Should().Be("الوزير");
    }

    [Fact]
    public void Should_not_read_hasabama_at_a_sentence_start_as_qualifying_the_sentence_before()
    {
        // Given . وحسبما قال X، فإن …: it qualifies what follows, not the sentence before
        var text = "انتهت المباراة بالتعادل بين الفريقين في الملعب الكبير. وحسبما قال المدرب، فإن اللاعبين كانوا متعبين.";

        QuoteFinder.Find(text).Should().NotContain(q => q.Text.StartsWith("انتهت", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_not_read_an_addressee_with_a_pronoun_as_the_speaker()
    {
        // Given قال X: «…». ثم قال لزملائه إن …: the addressee is whom X told; the speaker is X, continued
        var text = "قال رئيس الفريق خالد السالم: «نحن مستعدون للمباراة النهائية». ثم قال لزملائه إن الفوز ممكن هذه المرة.";

        QuoteFinder.Find(text).Single(q => q.Text.StartsWith("الفوز", StringComparison.Ordinal)).SpeakerText.Should().Be("رئيس الفريق خالد السالم");
    }

    [Fact]
    public void Should_keep_a_medium_spelled_with_ta_marbuta_after_l_as_it_was()
    {
        // Given وقال لصحيفة …: ة, not the pronoun ه, so the word is not an addressee (the medium's word ends the phrase as before)
        var text = "وقال الوزير لصحيفة محلية إن المشروع سيكتمل قريبا.";

        QuoteFinder.Find(text).Single().SpeakerText.Should().Be("الوزير");
    }

    [Fact]
    public void Should_end_the_speaker_phrase_at_masaa()
    {
        // Given وقال X مساء أمس إن: the time is no part of the speaker
        var text = "وقال المتحدث باسم الشرطة مساء أمس إن الطريق أعيد فتحه.";

        QuoteFinder.Find(text).Single().SpeakerText.Should().Be("المتحدث باسم الشرطة");
    }

    [Fact]
    public void Should_not_continue_the_last_speaker_through_according_to_an_agency()
    {
        // Given «…»، وفقا للوكالة: "according to the agency" names no one the phrase can hold; the quotation does not go to
        // the speaker named before
        var text = "قال الوزير سامي الحربي: «الميزانية جاهزة». وتتضمن الخطة الجديدة للإسكان مشاريع كثيرة «وستبدأ المرحلة الأولى منها في الربيع المقبل»، وفقا للوكالة.";

        QuoteFinder.Find(text).Single(q => q.Text.StartsWith("وستبدأ", StringComparison.Ordinal)).SpeakerText.Should().BeNull();
    }
}
