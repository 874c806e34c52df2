using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// Session evup19: نتيجة is a causal word like إثر (توفي/توفوا count as casualties before it), and an attack verb told without
/// author or object took place when a verb of consequence after it names casualties, up to three words after عن/إلى
/// (أطلقت قذيفتان … مما أسفر عن تدمير منزل ومقتل طفل).
/// </summary>
public sealed class EventCoderConsequenceTests
{
    private static readonly DateOnly Published = new(2026, 5, 4);

    private static List<Event> Assaults(string text) => EventCoder.Default.Code(text, Published).Where(e => e.Plover == PloverType.Assault).ToList();

    [Theory]
    // نتيجة after the wounded or the dead
    [InlineData("وأصيب أربعة جنود بجروح نتيجة انفجار عبوة ناسفة قرب دوريتهم في ولاية هلمند.")]
    [InlineData("توفي ثلاثة سجناء نتيجة التعذيب في السجن المركزي.")]
    // an attack verb without author or object, its casualties told by a verb of consequence, another outcome between
    [InlineData("وأطلقت قذيفتان على الحي الشرقي مما أسفر عن تدمير منزل ومقتل طفل.")]
    public void Should_code_an_attack_whose_casualties_the_sentence_tells(string sentence)
    {
        // Given an attack told through its casualties
        var assaults = Assaults(sentence);

        // Then it is an event
        assaults.Should().NotBeEmpty();
    }

    [Theory]
    // a death of illness: no attack noun after نتيجة
    [InlineData("توفي الرجل نتيجة مرض عضال في المستشفى.")]
    // an arrest after an explosion: no casualties
    [InlineData("اعتقلت الشرطة ثلاثة رجال نتيجة الانفجار الذي وقع في السوق.")]
    // a launch that is no attack, its "consequence" no casualty
    [InlineData("أطلقت الشركة منتجا جديدا مما أسفر عن ارتفاع أسهمها في السوق.")]
    public void Should_code_no_attack_without_an_attack_and_its_casualties(string sentence)
    {
        // Given a sentence with no attack told through casualties
        var assaults = Assaults(sentence);

        // Then no attack is coded
        assaults.Should().BeEmpty();
    }
}
