using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Trigger-finder rules written from the UniversalPetrarch misses (evup13): دون/بدون negate a trigger two words on only
/// when nothing of their own stands between (طائرة بدون طيار is a drone, not a negation), hostage taking is an abduction,
/// a downed aircraft may be named in the dual, استهدف before a verbal noun of harm (زعزعة، ضرب الاستقرار) aims, it does not attack, and في إشارة إلى refers to an act told before. Sentences written for these tests.
/// </summary>
public sealed class TriggerFinderUniversalPetrarchTests
{
    [Theory]
    [InlineData("وقامت طائرة بدون طيار بقصف موقع للمسلحين شرق المدينة.", PloverType.Assault, false)]
    [InlineData("وكانت طائرات بدون طيار قصفت القرية أمس.", PloverType.Assault, false)]
    [InlineData("انسحبت القوات من البلدة دون أن تقصف المسجد.", PloverType.Assault, true)]
    [InlineData("حالت قوات الأمن أمس دون وصول مظاهرة المعارضة إلى البرلمان.", PloverType.Protest, true)]
    [InlineData("مرت القافلة دون قصف.", PloverType.Assault, true)]
    [InlineData("منع النواب دون تنفيذ وعد الرئيس.", PloverType.Agree, true)]
    public void Should_read_without_as_negating_only_its_own_phrase(string sentence, PloverType type, bool negated)
    {
        TriggerFinderTests.Single(sentence, type).Negated.Should().Be(negated);
    }

    [Theory]
    [InlineData("احتجز مسلحون خمسة موظفين رهائن في مبنى البلدية.", "181")]
    [InlineData("وكان المسلحون يحتجزون ثلاثة صحفيين رهائن منذ أسبوع.", "181")]
    [InlineData("أسقطت الدفاعات الجوية طائرتين مسيرتين فوق الحدود.", "190")]
    [InlineData("أعلن الجيش أنه أسقط مروحية للمتمردين.", "190")]
    public void Should_find_the_act(string sentence, string cameo)
    {
        TriggerFinderTests.Find(sentence).Select(c => c.Cameo).Should().Contain(cameo);
    }

    [Theory]
    // without hostages احتجز is a detention (173); أسقط without an aircraft is no attack
    [InlineData("احتجزت الشرطة خمسة موظفين بتهمة الرشوة.")]
    [InlineData("أسقطت المحكمة التهم عن المتهمين.")]
    // استهدف with a verbal noun of harm is "aims to" (figurative), not an attack
    [InlineData("وقال إن هذه الحملات تستهدف زعزعة الأمن في البلاد.")]
    [InlineData("ورأى أن الخطاب يستهدف ضرب الاستقرار والسلم الأهلي.")]
    public void Should_find_no_attack_without_its_companion(string sentence)
    {
        TriggerFinderTests.Find(sentence).Select(c => c.Plover).Should().NotContain(PloverType.Assault);
    }

    [Fact]
    public void Should_keep_an_attack_whose_strike_follows_it()
    {
        // ضربة normalizes to ضربه, which reads as ضرب + ه: the verbal noun ضرب is no companion of the figurative row
        var found = TriggerFinderTests.Find("قتل القيادي مع مسلحين في غارة استهدفته في ضربة جديدة للتنظيم.");

        found.Should().Contain(c => c.Entry.Lemma == "استهدف" && c.Plover == PloverType.Assault);
    }

    [Theory]
    // a reference points back to an act told before; the same noun told as news is an attack
    [InlineData("وقال إن المتهم كان يعد لعملية أخرى، في إشارة واضحة إلى الهجوم على المطار.", false)]
    [InlineData("قتل خمسة في هجوم على المطار أمس.", true)]
    public void Should_read_a_referred_act_as_no_new_one(string sentence, bool found)
    {
        TriggerFinderTests.Find(sentence).Any(c => c.Plover == PloverType.Assault && c.Form == WordForm.Noun).Should().Be(found);
    }
}
