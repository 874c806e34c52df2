using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Statements that tell no happening (<see cref="NonEpisodic"/>): a habit or a standing state, a noun that rates something,
/// a poll's findings, a kind of act in general. Sentences written for these tests, each with the event sense beside it.
/// </summary>
public sealed class NonEpisodicTests
{
    private static IReadOnlyList<PloverType> Coded(string sentence) => EventCoder.Default.Code(sentence, null).Select(e => e.Plover).ToList();

    [Theory]
    // a habit or a standing state
    [InlineData("تجتمع اللجنة السعودية الأردنية المشتركة مرتين سنويا لمراجعة الاتفاقات.", PloverType.Consult)]
    [InlineData("كثيرا ما يشن مقاتلو طالبان هجمات على القوات الأفغانية في تلك المنطقة.", PloverType.Assault)]
    [InlineData("ولطالما عارضت تركيا العقوبات المفروضة على إيران.", PloverType.Reject)]
    [InlineData("وتزور وفود قطرية مصر بشكل دوري.", PloverType.Consult)]
    [InlineData("وغالبا ما تتهم إيران السعودية بدعم المعارضة.", PloverType.Accuse)]
    // a noun that rates something
    [InlineData("وقال الخبير إن الاتفاق يمثل ضربة للحوثيين.", PloverType.Assault)]
    [InlineData("ورأى اليونانيون أن الاقتراح الألماني بمثابة طرد لليونان من منطقة اليورو.", PloverType.Coerce)]
    [InlineData("وقال وزير الداخلية الكويتي إن استهداف المساجد استهداف للكويت كلها.", PloverType.Assault)]
    // a poll's or a study's findings
    [InlineData("وأظهر استطلاع أن 48 في المائة من الألمان يحبذون انسحاب اليونان من منطقة اليورو.", PloverType.Retreat)]
    [InlineData("وأظهر استطلاع للرأي أن 55 في المائة من الألمان يؤيدون فرض عقوبات على روسيا.", PloverType.Support)]
    [InlineData("وأظهرت دراسة أن 40 في المائة من الأمريكيين يؤيدون الاتفاق مع إيران.", PloverType.Support)]
    // a kind of act in general
    [InlineData("وندد البيان بما تقوم به ميليشيات الحوثي من اعتداءات على اليمنيين.", PloverType.Assault)]
    public void Should_code_no_event_of_a_statement_that_tells_no_happening(string sentence, PloverType type)
    {
        // Given a habit, a rating, a poll or a kind of act told with an event word (each coded before this rule)
        // Then that event type is not coded
        Coded(sentence).Should().NotContain(type);
    }

    [Theory]
    // the same words telling a happening
    [InlineData("اجتمع وزير الخارجية السعودي مع نظيره الأردني أمس في الرياض.", PloverType.Consult)]
    [InlineData("شن مقاتلو طالبان هجوما على القوات الأفغانية في تلك المنطقة.", PloverType.Assault)]
    [InlineData("عارضت تركيا العقوبات الجديدة المفروضة على إيران.", PloverType.Reject)]
    // دائما after an accusative noun is "permanent"
    [InlineData("نشرت ألمانيا لواء عسكريا دائما في ليتوانيا.", PloverType.Mobilize)]
    // بأنه is left out of the copulas: what the act is said to be may be the act itself (تبين أنه انفجار قنبلة)
    [InlineData("ووصف الوزير الأردني الحادث بأنه اعتداء على الأردن.", PloverType.Assault)]
    // a demonstrative after a preposition opens no nominal clause
    [InlineData("كان من بين هذه الفعاليات مظاهرة لعمال المصنع أمام وزارة العمل الإيرانية.", PloverType.Protest)]
    // an act told before the poll word is no finding of the poll
    [InlineData("رفض الناخبون اليونانيون شروط الاتحاد الأوروبي في الاستفتاء، وأظهر استطلاع أن 60 في المائة يريدون البقاء في منطقة اليورو.", PloverType.Reject)]
    public void Should_keep_the_event_the_words_tell(string sentence, PloverType type)
    {
        Coded(sentence).Should().Contain(type);
    }
}
