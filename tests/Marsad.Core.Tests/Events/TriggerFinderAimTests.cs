using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Acts not told as done (evgsr18): an aim right before the event word (بهدف، من أجل), a capacity (يمكنهم، بإمكان), an act
/// named after "any" (أي هجوم). Sentences written for these tests.
/// </summary>
public sealed class TriggerFinderAimTests
{
    [Theory]
    [InlineData("زرع المسلحون عبوات على جانب الطريق بهدف تفجيرها لاحقا.", EventMode.Intent)]
    [InlineData("سافر الوزير إلى باريس من أجل عقد اجتماع مع نظيره الفرنسي.", EventMode.Intent)]
    [InlineData("قال المسؤول إن الحراس يمكنهم إطلاق النار على أي متسلل.", EventMode.Possible)]
    [InlineData("أكد البيان أن بإمكان المجلس إعادة فرض العقوبات إذا لزم.", EventMode.Possible)]
    public void Should_read_an_aim_or_a_capacity_as_not_done(string sentence, EventMode mode)
    {
        // Given an event word right after a word of aim, or after a word of capacity
        var found = TriggerFinderTests.Find(sentence);

        // Then every event found carries that mode
        found.Should().NotBeEmpty().And.OnlyContain(c => c.Mode == mode);
    }

    [Fact]
    public void Should_keep_the_act_a_word_of_aim_does_not_govern()
    {
        // Given an attack four words after بهدف, which governs another noun
        var found = TriggerFinderTests.Find("تحركت الحكومة بهدف احتواء الغضب بعد هجوم المسلحين على الفندق.");

        // Then the attack is found as done
        found.Should().Contain(c => c.Plover == PloverType.Assault && c.Mode == null);
    }

    [Theory]
    [InlineData("تعهد الجيش بحماية المدينة من أي هجوم قد تتعرض له.")]
    [InlineData("يعد الحلف أي اعتداء على أحد أعضائه اعتداء على الجميع.")]
    public void Should_find_no_done_assault_after_any(string sentence)
    {
        // Given an attack named after "any": no act in particular
        var found = TriggerFinderTests.Find(sentence);

        // Then no assault is found as done
        found.Where(c => c.Plover == PloverType.Assault).Should().OnlyContain(c => c.Mode != null || c.Negated);
    }

    [Fact]
    public void Should_keep_any_after_a_negation_for_the_negation()
    {
        // Given "no protests" (a negation before "any"; the coder reads the negation farther back than the finder)
        var found = TriggerFinderTests.Find("لم تشهد المدينة أي احتجاجات يوم الجمعة.");

        // Then the protest is found with no mode, for the negation to apply
        found.Should().Contain(c => c.Plover == PloverType.Protest && c.Mode == null);
    }
}
