using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// An attack verb right after a relative pronoun describes its antecedent by an act told before (الوزير الذي اغتيل في
/// انفجار): background, no trigger; kept when the clause names its own subject (a resumptive object pronoun on the verb),
/// a near day stands in the clause, the antecedent opens a reported clause or the sentence, or the antecedent is itself an
/// attack noun (التفجير الذي استهدف السوق: the clause names that attack's target).
/// </summary>
public sealed class TriggerFinderRecalledTests
{
    [Theory]
    [InlineData("زار الوفد قبر الوزير الذي اغتيل في انفجار سيارة مفخخة.")]
    [InlineData("انتقد الكاتب الميليشيات التي خطفت عشرات الموظفين من مقر الوزارة.")]
    [InlineData("حضر الرئيس مؤتمرا لعائلات الجنود الذين قتلوا في الحرب.")]
    public void Should_read_an_attack_in_a_relative_clause_as_background(string sentence)
    {
        // Given an attack verb right after a relative pronoun, no near day and no subject of its own
        var found = TriggerFinderTests.Find(sentence);

        // Then no assault is found, and no attack noun after it (the means of the act told before) either
        found.Should().NotContain(c => c.Plover == PloverType.Assault);
    }

    [Theory]
    [InlineData("أعلن مسؤول أن السفينتين اللتين خطفهما القراصنة ترسوان قرب الساحل.")]
    [InlineData("اشتبك المصلون مع المستوطنين الذين اقتحموا ساحة المسجد صباح أمس.")]
    [InlineData("قال الضابط إن المسلح الذي قتل بالرصاص كان يحمل حزاما ناسفا.")]
    [InlineData("المسلحون الذين هاجموا الحاجز فروا نحو الجبال.")]
    [InlineData("ندد المجلس بالتفجير الإرهابي الذي استهدف سوق الخضار وسط المدينة.")]
    [InlineData("ارتفعت حصيلة القصف العشوائي الذي استهدف الحي السكني إلى عشرين قتيلا.")]
    public void Should_keep_an_attack_in_a_relative_clause_that_is_news(string sentence)
    {
        // Given a relative clause with its own subject after the verb, a near day in it, an antecedent the report is about, or an attack noun as antecedent
        var found = TriggerFinderTests.Find(sentence);

        // Then the verb itself is found as an attack
        found.Should().Contain(c => c.Plover == PloverType.Assault && c.Form == WordForm.Past);
    }

    [Fact]
    public void Should_keep_the_same_verb_outside_a_relative_clause()
    {
        // Given the same verb that opens its own clause
        var found = TriggerFinderTests.Find("وخطفت الميليشيات عشرات الموظفين من مقر الوزارة.");

        // Then it is an assault
        found.Should().Contain(c => c.Plover == PloverType.Assault);
    }
}
