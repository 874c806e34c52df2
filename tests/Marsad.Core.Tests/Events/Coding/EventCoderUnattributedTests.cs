using Marsad.Core.Events;
using Marsad.Core.Events.Coding;
using Marsad.Core.Language;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// Protests and attacks told without their author: the verb of happening with و still on it, after the noun,
/// and the explosion that killed or wounded people named before it.
/// </summary>
public sealed class EventCoderUnattributedTests
{
    private static readonly DateOnly Published = new(2025, 3, 11);

    private static List<Event> Code(string text, PloverType plover) =>
        EventCoder.Default.Code(text, Published).Where(e => e.Plover == plover && !e.Negated && e.Mode is null).ToList();

    [Theory]
    // و left on a verb whose base opens with و
    [InlineData("ووقع الهجوم مساء الجمعة قرب مركز تجاري في مدينة كراتشي.", PloverType.Assault)]
    [InlineData("ووقعت اشتباكات عنيفة قرب الحدود مساء السبت.", PloverType.Assault)]
    // the verb of happening after the noun, one adjective or قد between
    [InlineData("وقال شاهد إن مظاهرة حاشدة اندلعت في وسط مدينة أكرا مساء الأحد.", PloverType.Protest)]
    [InlineData("وأوضح المتحدث أن الهجوم جرى فجر الاثنين على نقطة تفتيش شرق المدينة.", PloverType.Assault)]
    [InlineData("وكانت أعمال الشغب قد اندلعت في ضاحية من ضواحي ليما ليلة الخميس.", PloverType.Protest)]
    // the dual
    [InlineData("وقال شرطي إن اثنين من التفجيرات وقعا قرب سوق للخضار في مدينة الموصل.", PloverType.Assault)]
    // جرت: took place
    [InlineData("وجرت التظاهرة أمام مبنى البلدية في مدينة صفاقس بحضور المئات.", PloverType.Protest)]
    // taking part in or leading a protest
    [InlineData("وقاد التظاهرة عدد من النقابيين أمام مقر الحكومة في مدينة سوسة.", PloverType.Protest)]
    [InlineData("وقال أحد الطلاب الذين شاركوا أمس إن من شارك في المظاهرة أمام البرلمان في نيروبي لم يعتقل.", PloverType.Protest)]
    public void Should_code_a_noun_whose_happening_is_told(string sentence, PloverType plover)
    {
        // Given a protest or attack noun reported as having taken place, no author named
        // When it is coded
        var events = Code(sentence, plover);

        // Then an event of that type is coded
        events.Should().NotBeEmpty();
    }

    [Theory]
    // a passive verb of killing, the explosion after في
    [InlineData("وقتل رجلان وأصيب ثلاثة آخرون في انفجار عبوة ناسفة قرب سوق شعبي شرق المدينة.")]
    // wounded in an explosion
    [InlineData("وأصيب خمسة عمال بجروح في انفجار لغم أرضي على طريق ريفي.")]
    // the killing told by a noun
    [InlineData("وأعلن مصدر طبي مقتل امرأة وإصابة طفلين في انفجار قنبلة قرب مدرسة.")]
    // the explosion as the subject of a verb of consequence whose outcome is a killing or wounding
    [InlineData("وأسفر انفجار عبوة ناسفة على طريق زراعي عن إصابة أربعة مزارعين.")]
    [InlineData("وأدى انفجار سيارة ملغومة قرب محطة الحافلات إلى مقتل سائق.")]
    public void Should_code_the_explosion_that_killed_or_wounded(string sentence)
    {
        // Given people killed or wounded in an explosion, no author named
        // When it is coded
        var events = Code(sentence, PloverType.Assault);

        // Then an attack without an author is coded
        events.Should().Contain(e => e.Source == null);
    }

    [Theory]
    // a relative clause presupposes an act told before: background, not news
    [InlineData("وتحدث الوزير عن الاحتجاجات التي وقعت في العاصمة الشهر الماضي.", PloverType.Protest)]
    // a verb of happening with a clitic preposition after the noun is not its verb
    [InlineData("وقال المحلل إن المظاهرة لوقف الحرب لم تنظم بعد.", PloverType.Protest)]
    // leading an attack is said of football too: participation verbs are read for protests only
    [InlineData("وقاد اللاعب البديل هجوما سريعا في الدقيقة الأخيرة من المباراة.", PloverType.Assault)]
    // a verb of consequence whose outcome is no casualty
    [InlineData("وأدى انفجار أسعار الوقود إلى تراجع الطلب في الأسواق.", PloverType.Assault)]
    // an explosion after في with no casualty before it
    [InlineData("وتحدث الخبير في برنامج تلفزيوني عن مخاطر التدخين في انفجار الأسعار.", PloverType.Assault)]
    public void Should_not_code_a_noun_without_a_told_happening(string sentence, PloverType plover)
    {
        // Given a protest or attack noun not told as having taken place here
        // When it is coded
        var events = Code(sentence, plover);

        // Then no event of that type is coded without an author
        events.Should().NotContain(e => e.Source == null);
    }

    [Theory]
    [InlineData("ووقع", RoleWordKind.Happening, true)]
    [InlineData("فوقعت", RoleWordKind.Happening, true)]
    [InlineData("وقع", RoleWordKind.Happening, true)]
    // the bare word is tried only when the analyzer left و/ف on it
    [InlineData("وقعوا", RoleWordKind.Happening, false)]
    public void Should_read_a_role_word_with_wa_left_on_it(string text, RoleWordKind kind, bool expected)
    {
        // Given a word as the analyzer tokenizes it
        var token = ArabicAnalyzer.Default.Analyze(text).Tokens[0];

        // When it is read against the word list
        // Then the bare word is found when و or ف is still on it
        RoleWords.Default.Is(token, kind).Should().Be(expected);
    }
}
