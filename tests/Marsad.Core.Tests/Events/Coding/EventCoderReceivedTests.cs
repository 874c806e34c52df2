using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// An act noun after a verb of receiving or facing (واجه انتقادات، تعرض لانتقاد، تلقى دعوة) is the subject's to receive: the subject
/// is its target and the actor after من its author (evrole28).
/// </summary>
public sealed class EventCoderReceivedTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, Published);

    [Theory]
    [InlineData("ويواجه الرئيس التركي انتقادات من المعارضة بسبب الحملة العسكرية.", PloverType.Accuse, "TUROPP", "TURGOV")]
    [InlineData("وتعرض رئيس الاتحاد الأوروبي لانتقاد شديد من الأمير الأردني علي بن الحسين أمس.", PloverType.Accuse, "JOR", "IGOEEC")]
    [InlineData("وتلقت الحكومة الأردنية دعوة من وزارة الخارجية الروسية لحضور المؤتمر.", PloverType.Request, "RUSGOV", "JORGOV")]
    public void Should_read_the_one_after_from_as_the_author(string sentence, PloverType plover, string source, string target)
    {
        // When the subject faces or receives an act from someone named after من
        var events = Code(sentence);

        // Then the one after من is the source and the subject the target, not the other way round
        events.Should().Contain(e => e.Plover == plover && e.Source != null && e.Source.Code == source && e.Target != null && e.Target.Code == target);
        events.Should().NotContain(e => e.Plover == plover && e.Source != null && e.Source.Code == target);
    }

    [Theory]
    [InlineData("وواجهت الحكومة الفرنسية انتقادات واسعة بسبب صفقة السلاح مع مصر.")]
    [InlineData("وتعرضت الحكومة الكندية لانتقادات حادة بسبب تعاونها مع السعودية.")]
    public void Should_not_make_the_criticised_the_critic(string sentence)
    {
        // When the critics are not named
        var events = Code(sentence);

        // Then the criticised is never the source of the criticism
        events.Should().NotContain(e => e.Plover == PloverType.Accuse && e.Source != null);
    }

    [Fact]
    public void Should_read_the_caller_as_the_author_of_a_phone_call()
    {
        // When a call is received from a titled person
        var events = Code("وتلقى الرئيس المصري اتصالا هاتفيا مساء أمس من صاحب السمو الشيخ تميم بن حمد أمير قطر.");

        // Then the caller is the source
        events.Should().Contain(e => e.Plover == PloverType.Consult && e.Source != null && e.Source.Country == "QAT" && e.Target != null && e.Target.Country == "EGY");
    }

    [Fact]
    public void Should_not_take_an_actor_of_another_clause_after_from()
    {
        // When من opens a phrase whose actor belongs to another act (بعد يوم من هجوم شنته الطائرات)
        var events = Code("وقال الوزير إن بلاده تواجه تهديدا بعد يوم من هجوم شنته الطائرات الحربية الروسية على المدينة.");

        // Then the aircraft are not the authors of the threat
        events.Should().NotContain(e => e.Plover == PloverType.Threaten && e.Source != null && e.Source.Country == "RUS");
    }
}
