using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// Session evup18: an attack noun after a causal word (إثر، جراء، بسبب) is the sentence's own happening when the sentence
/// tells whom it killed or wounded; without casualties it stays background.
/// </summary>
public sealed class EventCoderCausalAttackTests
{
    private static readonly DateOnly Published = new(2026, 5, 4);

    private static List<Event> Assaults(string text) => EventCoder.Default.Code(text, Published).Where(e => e.Plover == PloverType.Assault).ToList();

    [Theory]
    // casualties before the causal word
    [InlineData("وأصيب ستة عمال بجروح من جراء انفجار عبوة ناسفة قرب مصنع في ولاية كونر.")]
    [InlineData("لقي ثلاثة أشخاص حتفهم إثر انفجار عبوة ناسفة في سوق شعبي بمدينة الحلة.")]
    // casualties told after the noun by a verb of consequence, a series word between
    [InlineData("شهدت مدينة الموصل يوما داميا إثر سلسلة تفجيرات بسيارات ملغومة أسفرت عن مقتل تسعة أشخاص.")]
    public void Should_code_an_attack_after_a_causal_word_when_the_sentence_tells_its_casualties(string sentence)
    {
        // Given an attack noun after إثر/جراء and the killed or wounded it caused
        var assaults = Assaults(sentence);

        // Then the attack is an event
        assaults.Should().NotBeEmpty();
    }

    [Fact]
    public void Should_take_the_wounded_before_a_causal_attack_noun_as_its_victims_not_its_authors()
    {
        // Given workers wounded "as a result of" an explosion
        var assaults = Assaults("وأصيب ستة عمال بجروح من جراء انفجار عبوة ناسفة قرب مصنع في ولاية كونر.");

        // Then the workers are not the explosion's author
        assaults.Should().NotBeEmpty();
        assaults.Should().OnlyContain(e => e.Source == null);
    }

    [Theory]
    // an arrest after an attack: background, no casualties told
    [InlineData("اعتقلت الشرطة خمسة مشتبه بهم إثر انفجار عبوة ناسفة في المدينة.")]
    // a closure because of explosions
    [InlineData("أغلقت السلطات الطريق الرئيسي من جراء انفجار عبوة ناسفة الأسبوع الماضي.")]
    // casualties told as background themselves: an earlier attack recalled
    [InlineData("وتأتي الزيارة بعد يومين من مقتل عشرة أشخاص وإصابة عشرين بجروح جراء تفجير في سوق المدينة.")]
    public void Should_leave_an_attack_after_a_causal_word_in_the_background_without_casualties(string sentence)
    {
        // Given an attack noun after a causal word in a sentence that tells no casualties
        var assaults = Assaults(sentence);

        // Then no attack is coded from it
        assaults.Should().BeEmpty();
    }

    [Fact]
    public void Should_find_the_bomb_of_an_explosion_named_up_to_fifteen_words_before_the_verb()
    {
        // Given a bomb word at the clause's start and its place told at length before انفجرت (fourteen words between)
        var assaults = Assaults("قالت الشرطة إن عبوة ناسفة مزروعة على جانب الطريق المؤدي إلى سوق الخضار الرئيسي في وسط مدينة بعقوبة انفجرت صباح اليوم.");

        // Then the explosion is an attack, and the police who tell it are not its author
        assaults.Should().NotBeEmpty();
        assaults.Should().OnlyContain(e => e.Source == null);
    }

    [Fact]
    public void Should_code_a_detonation_whose_object_is_the_bomb_without_a_victim_named()
    {
        // Given a past detonation verb with the bomb as its object and no actor named
        var assaults = Assaults("وفجر الرجلان قنابلهما داخل محطة القطارات المركزية.");

        // Then the explosion is an attack
        assaults.Should().NotBeEmpty();
    }

    [Fact]
    public void Should_not_read_the_noun_explosion_spelled_like_a_present_verb_as_a_detonation()
    {
        // Given تفجر, the noun "explosion" after a preposition, in a sentence about reports
        var assaults = Assaults("وتحدثت تقارير صحفية حول تفجر قنابل صغيرة في بعض الحانات خلال السنوات الماضية.");

        // Then no attack is coded
        assaults.Should().BeEmpty();
    }
}
