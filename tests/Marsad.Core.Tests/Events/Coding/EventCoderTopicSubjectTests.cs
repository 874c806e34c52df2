using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// A clause opened by a subject the knowledge base does not know (evsvo32): a definite noun phrase no actor covers before a past
/// or present verb (اللجنة المنظمة رفضت، فالهجوم استهدف، عناصر المقاومة احتجزوا) is the verb's own subject, so the actor after the
/// verb is its object and never its author; time words, nouns pointing back, acts done together and a verb whose subject follows
/// it (VSO) keep their author.
/// </summary>
public sealed class EventCoderTopicSubjectTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, Published);

    [Theory]
    [InlineData("واللجنة المنظمة رفضت طلب الحكومة المصرية أمس.", "EGY")]
    [InlineData("والوفد الزائر انتقد الحكومة المصرية بشدة.", "EGY")]
    [InlineData("فالهجوم استهدف الجيش العراقي في الموصل.", "IRQ")]
    [InlineData("وفد الحركة شكر الحكومة المصرية على جهودها.", "EGY")]
    [InlineData("وأكد المصدر أن إحدى الغارات استهدفت مواقع الجيش السوري.", "SYR")]
    [InlineData("وقال إن عناصر المقاومة اعتقلوا عشرة من الجنود الإيرانيين في عدن.", "IRN")]
    [InlineData("هذه الخطوة ستدعم الحكومة اليمنية في مواجهة الأزمة.", "YEM")]
    [InlineData("كما الإرهاب يهدد المواطنين الأردنيين في كل مكان.", "JOR")]
    public void Should_not_take_the_actor_after_the_verb_as_its_author(string sentence, string objectCountry)
    {
        // When a clause opens with a subject the knowledge base does not know, before its verb
        var events = Code(sentence);

        // Then the actor after the verb is not made the author
        events.Should().NotContain(e => e.Source != null && e.Source.Country == objectCountry);
    }

    [Theory]
    [InlineData("والثلاثاء هاجم الجيش الأمريكي مواقع تنظيم داعش في العراق.", "USA")]
    [InlineData("وبعد اللقاء انتقد وزير الخارجية الروسي الحكومة الأمريكية.", "RUS")]
    [InlineData("وفي الأسبوع الماضي اعتقلت الشرطة التركية عشرين مشتبها.", "TUR")]
    [InlineData("الأسبوع الماضي اعتقلت الشرطة التركية عشرين مشتبها.", "TUR")]
    [InlineData("وأكدت الوزارة أن الحكومة المصرية رفضت الطلب الإسرائيلي.", "EGY")]
    public void Should_keep_the_author_after_a_time_word_or_before_a_named_subject(string sentence, string author)
    {
        // When what opens the clause is a time word, a preposition's phrase or a named actor
        var events = Code(sentence);

        // Then the named actor is still the author
        events.Should().Contain(e => e.Source != null && e.Source.Country == author);
    }

    [Fact]
    public void Should_keep_the_author_of_an_act_done_together()
    {
        // When the noun before a verb of meeting stands for actors named before (the two states)
        var events = Code("وزار الرئيس المصري الأردن، والبلدان ينسقان مع الجامعة العربية في الملف.");

        // Then the meeting with the league is not left without its parties
        events.Should().Contain(e => e.Source != null && e.Source.Country == "EGY");
    }
}
