using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// A verbal noun that names an earlier or a talked-about happening is no event of the sentence (evreal19): the genitive of a
/// bare noun after a background word (بعد إعلان استقالة، منذ اندلاع الاحتجاجات), a noun after a word of topic or of terms
/// (بشأن توقيع، حول حظر، مقابل رفع), an act called earlier (تحذيرا سابقا) and the content of an aim (للتوصل إلى هدنة). Sentences written for these tests.
/// </summary>
public sealed class EventCoderTopicTests
{
    private static readonly DateOnly Published = new(2024, 5, 2);

    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, Published);

    [Theory]
    // the genitive of a bare noun after a background word
    [InlineData("وتوترت العلاقات بين الأردن وسوريا بعد إعلان استقالة الحكومة الأردنية الشهر الماضي.", PloverType.Concede)]
    [InlineData("وتراجعت السياحة في تونس منذ اندلاع مظاهرات الطلاب التونسيين ضد الحكومة.", PloverType.Protest)]
    [InlineData("وساءت العلاقات بين البلدين منذ بدء الغارات الإسرائيلية على غزة.", PloverType.Assault)]
    // a word of topic or of terms
    [InlineData("وانتقد الوزير الإسرائيلي الموقف الأمريكي بشأن توقيع الاتفاق مع إيران.", PloverType.Agree)]
    [InlineData("وتحدث وزير الخارجية الروسي حول حظر الأسلحة على إيران.", PloverType.Coerce)]
    [InlineData("وينص الاتفاق على تقليص البرنامج النووي الإيراني مقابل رفع العقوبات الأمريكية عن إيران.", PloverType.Retreat)]
    // an act the sentence calls earlier
    [InlineData("وكانت الخارجية الروسية أصدرت تحذيرا سابقا للولايات المتحدة.", PloverType.Threaten)]
    [InlineData("وأعرب وزير الخارجية الأمريكي عن أمله في استكمال مناقشات سابقة مع الحكومة الروسية.", PloverType.Consult)]
    // the content of an aim
    [InlineData("وجرت اتصالات غير مباشرة بين الحكومة الإسرائيلية وحماس للتوصل إلى هدنة طويلة.", PloverType.Retreat)]
    public void Should_code_no_event_for_a_happening_told_as_background_or_topic(string sentence, PloverType type)
    {
        // Given a verbal noun named as the background, the topic or the aim of another act
        var events = Code(sentence);

        // Then it is coded as no event of its type
        events.Should().NotContain(e => e.Plover == type);
    }

    [Theory]
    // a noun with a pronoun the analyzer leaves unsplit, before a verb: the verb is the news
    [InlineData("وخلال خطابه ندد رئيس الوزراء البريطاني بالحكومة الإيرانية.", PloverType.Accuse)]
    // المقابل with the article: "on the other hand", a clause of its own
    [InlineData("وفي المقابل تظاهر آلاف الطلاب المصريين في القاهرة ضد الحكومة.", PloverType.Protest)]
    // the same talks without "earlier"
    [InlineData("وأعرب وزير الخارجية الأمريكي عن أمله في استكمال مناقشات مع الحكومة الروسية.", PloverType.Consult)]
    // a protest's cause after على names an act that was done
    [InlineData("وخرج مئات المحتجين في أنقرة احتجاجا على اعتقال الشرطة التركية عشرة صحفيين.", PloverType.Coerce)]
    public void Should_keep_the_event_told_as_news(string sentence, PloverType type)
    {
        // Given a sentence that reports the act
        var events = Code(sentence);

        // Then it is coded
        events.Should().Contain(e => e.Plover == type);
    }
}
