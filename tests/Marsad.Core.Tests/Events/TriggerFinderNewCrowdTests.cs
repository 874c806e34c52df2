using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Session evup17: a crowd act (banners, chants, a march, burning, an assault) is a protest when its subject, right after the
/// singular past verb, is a crowd the sentence names for the first time: indefinite and nominative (أحرق متظاهرون), or governed by
/// a count or crowd word (حمل نحو 25 متظاهرا، أضرم آلاف المتظاهرين، سارت حشود من المتظاهرين). The definite crowd alone
/// (ورفع المتظاهرون لافتات) is a protest told before, and a crowd named before the verb (المتظاهرين الذين أحرقوا) is left too.
/// </summary>
public sealed class TriggerFinderNewCrowdTests
{
    [Theory]
    [InlineData("ورفع متظاهرون لافتات تطالب بإطلاق سراح المعتقلين أمام مقر الحكومة.", "141")]
    [InlineData("وحمل نحو 40 متظاهرا صورا للضحايا أمام مبنى البلدية.", "141")]
    [InlineData("وأضرم آلاف المتظاهرين النار في مبنى البلدية.", "145")]
    [InlineData("وسارت حشود من المحتجين نحو القصر الرئاسي.", "141")]
    [InlineData("هاجم مئات المحتجين مقر الحزب الحاكم في المدينة.", "145")]
    [InlineData("ردد مئات الأشخاص هتافات ضد الحكومة أمام البرلمان.", "141")]
    public void Should_find_a_protest_in_a_crowd_act_of_a_new_crowd(string sentence, string cameo)
    {
        // Given a crowd act whose subject right after the verb is a new crowd
        var found = TriggerFinderTests.Find(sentence);

        // Then a protest is found with the act's code
        found.Should().Contain(c => c.Plover == PloverType.Protest && c.Cameo == cameo);
    }

    [Theory]
    // the crowd told before (definite)
    [InlineData("ورفع المتظاهرون لافتات تطالب بإطلاق سراح المعتقلين.")]
    [InlineData("وردد المحتجون هتافات ضد الحكومة طوال ساعتين.")]
    // the crowd named before the verb
    [InlineData("وقال الشهود إن المتظاهرين الذين حملوا الأعلام تفرقوا بعد الظهر.")]
    // an indefinite oblique plural right after the verb is its object, not its subject
    [InlineData("حمل الجنود متظاهرين مصابين إلى سيارات الإسعاف.")]
    // no crowd
    [InlineData("رفع اللاعبون الكأس بعد نهاية المباراة.")]
    // one person, not a counted crowd of people
    [InlineData("ردد شخص هتافات في المدرجات خلال المباراة.")]
    public void Should_find_no_protest_in_a_crowd_act_without_a_new_crowd_subject(string sentence)
    {
        // Given a crowd act whose subject is not a new crowd right after the verb
        var found = TriggerFinderTests.Find(sentence);

        // Then no protest is found
        found.Should().NotContain(c => c.Plover == PloverType.Protest);
    }
}
