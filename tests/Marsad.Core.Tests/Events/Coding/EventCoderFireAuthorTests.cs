using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// The author of a killing told from its victim by a بـ phrase of fire (برصاص X، بنيران X), also after a second passive joined by و
/// (قتل وأصيب …), or by a relative clause on the weapon (بصاروخ أطلقه X، بألغام زرعها X): X is the author, the victim the target (evpass28).
/// </summary>
public sealed class EventCoderFireAuthorTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static List<Event> Code(string text) => EventCoder.Default.Code(text, Published).ToList();

    [Theory]
    [InlineData("قتل شاب فلسطيني مساء الثلاثاء برصاص الجيش الإسرائيلي قرب نابلس.", "ISRMIL", "PSE")]
    [InlineData("ذكر مصدر طبي أن عاملا قتل وأصيب شقيقه برصاص الشرطة الإسرائيلية في الخليل.", "ISRCOP", "PSE")]
    [InlineData("قتل جندي عراقي بصاروخ أطلقه تنظيم داعش على ثكنة في الأنبار.", "IMG", "IRQ")]
    [InlineData("قتل مدنيان بانفجار ألغام زرعها الحوثيون في لحج.", "YEMREB", "YEM")]
    [InlineData("قتل ثلاثة أشخاص وجرح آخرون بقصف الحوثيين حيا سكنيا في تعز.", "YEMREB", "YEM")]
    public void Should_make_the_owner_of_the_fire_the_author(string sentence, string author, string victim)
    {
        // Given a killing told from its victim, its author named by the weapon's owner
        var events = Code(sentence);

        // Then that owner is the source and the victim's side the target, never the other way round
        events.Should().Contain(e => e.Plover == PloverType.Assault && e.Source != null && e.Source.Code == author
            && e.Target != null && e.Target.Code == victim);
        events.Should().NotContain(e => e.Plover == PloverType.Assault && e.Target != null && e.Target.Code == author);
    }

    [Fact]
    public void Should_not_take_an_unowned_weapon_for_an_author()
    {
        // Given «the Syrian army killed ten civilians with mortar shells»: nothing names an owner after the weapon
        var events = Code("قتل الجيش السوري عشرة مدنيين بقذائف الهاون في حمص.");

        // Then the subject stays the author
        events.Should().Contain(e => e.Plover == PloverType.Assault && e.Source != null && e.Source.Code == "SYRMIL");
    }

    [Fact]
    public void Should_not_read_a_weapon_verb_without_its_pronoun()
    {
        // Given «a soldier was killed by a shell, and the army fired rockets at the camp»: أطلق has no pronoun pointing back to the
        // shell, so the army fired other rockets and is not the killer
        var events = Code("قتل جندي تركي بقذيفة وأطلق الجيش السوري صواريخ على المخيم.");

        // Then no killing is the Syrian army's against Turkey
        events.Should().NotContain(e => e.Plover == PloverType.Assault && e.Source != null && e.Source.Code == "SYRMIL"
            && e.Target != null && e.Target.Code != null && e.Target.Code.StartsWith("TUR", StringComparison.Ordinal) && e.Trigger.Contains("قتل", StringComparison.Ordinal));
    }
}
