using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// A gathering in a square or in front of a building is a rally (تجمع/احتشد + ساحة، ميدان، أمام), and a protest row that
/// lists only verb forms does not count the word read as a noun (مكان التجمع، هجوم على تجمع لهم), except in the periphrasis
/// with ب (قام … بالتجمع أمام); a present protest verb right after a protester noun describes the crowd (متظاهرين يحتجون
/// على), unless "still" stands before (ما زال المعتصمون يعتصمون).
/// </summary>
public sealed class TriggerFinderGatheringTests
{
    [Theory]
    [InlineData("وتجمع مئات الطلاب في ميدان التحرير مطالبين بإصلاح التعليم.")]
    [InlineData("احتشد آلاف المواطنين أمام مبنى البرلمان رافعين شعارات ضد الفساد.")]
    [InlineData("تجمع العشرات في الساحة الرئيسية للمدينة بعد صلاة الجمعة.")]
    [InlineData("استنكرت الحكومة قيام عشرات الشبان بالتجمع أمام مقر سفارتها.")]
    public void Should_find_a_rally_where_a_crowd_gathers_in_a_square_or_before_a_building(string sentence)
    {
        // Given a crowd that gathers in a square or in front of a building
        var found = TriggerFinderTests.Find(sentence);

        // Then a demonstration is found
        found.Should().Contain(c => c.Plover == PloverType.Protest && c.Cameo == "141");
    }

    [Theory]
    [InlineData("قتل عشرة مسلحين في هجوم على تجمع لهم أمام مبنى الوزارة.")]
    [InlineData("منعت الشرطة المارة من الوصول إلى مكان التجمع أمام المحكمة.")]
    [InlineData("يحاول الوزير التظاهر بالقوة أمام خصومه في البرلمان.")]
    [InlineData("أعلنت المنظمة عن تجمع للمتطوعين أمام المستشفى الأسبوع المقبل.")]
    public void Should_find_no_protest_where_the_gathering_is_a_noun_of_a_verb_row(string sentence)
    {
        // Given the word of a verb-only protest row read as a noun: a place, a target, a pretence
        var found = TriggerFinderTests.Find(sentence);

        // Then no protest is found
        found.Should().NotContain(c => c.Plover == PloverType.Protest);
    }

    [Theory]
    [InlineData("شارك المئات في مظاهرة أمام مقر الحكومة.")]
    [InlineData("أقدم المحتجون على قطع الطريق الدولي.")]
    public void Should_keep_a_noun_the_row_lists(string sentence)
    {
        // Given a protest noun the lexicon lists as a noun (مظاهرة، قطع الطريق), after a preposition
        var found = TriggerFinderTests.Find(sentence);

        // Then the protest is still found
        found.Should().Contain(c => c.Plover == PloverType.Protest);
    }

    [Theory]
    [InlineData("أطلقت الشرطة النار على متظاهرين يحتجون على غلاء الأسعار.")]
    [InlineData("قال شاهد إن المحتجين يتظاهرون ضد القانون الجديد منذ الصباح.")]
    public void Should_find_no_protest_in_a_verb_that_describes_the_protesters(string sentence)
    {
        // Given a present protest verb right after a protester noun: what the crowd already named protests
        var found = TriggerFinderTests.Find(sentence);

        // Then the verb yields no protest of its own
        found.Should().NotContain(c => c.Plover == PloverType.Protest && c.Form == WordForm.Present);
    }

    [Fact]
    public void Should_find_the_protest_that_still_goes_on()
    {
        // Given protesters who are still in a sit-in
        var found = TriggerFinderTests.Find("ما زال المعتصمون يعتصمون أمام مقر الحكومة منذ أسبوع.");

        // Then the sit-in is found
        found.Should().Contain(c => c.Plover == PloverType.Protest);
    }

    [Fact]
    public void Should_find_no_rally_without_a_place_or_a_protester()
    {
        // Given a gathering with neither a square, a building nor a protester word after it
        var found = TriggerFinderTests.Find("تجمع الأصدقاء في منزل العائلة للاحتفال بالعيد.");

        // Then no protest is found
        found.Should().NotContain(c => c.Plover == PloverType.Protest);
    }
}
