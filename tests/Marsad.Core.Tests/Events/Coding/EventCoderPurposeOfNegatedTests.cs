using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// A verbal noun of purpose (ل + noun) in a clause whose verb is negated tells an act not done (لم تستخدم الشرطة القوة لتفريق
/// المتظاهرين); with the verb not negated, or the negation in another clause, the act stands. Sentences written for these tests.
/// </summary>
public sealed class EventCoderPurposeOfNegatedTests
{
    private static readonly DateOnly Published = new(2025, 4, 9);

    [Fact]
    public void Should_negate_a_purpose_of_a_negated_verb()
    {
        // Given a negated verb and the act it was not done for
        var events = EventCoder.Default.Code("وقال مسؤول تركي إن الجيش التركي لم يدخل الأراضي السورية لقصف مواقع تنظيم داعش.", Published);

        // Then the strike is negated
        events.Should().Contain(e => e.Plover == PloverType.Assault).Which.Negated.Should().BeTrue();
    }

    [Theory]
    [InlineData("واستخدمت الشرطة الغاز المسيل للدموع لتفريق المتظاهرين في العاصمة.")]
    [InlineData("ولم تتدخل الشرطة في البداية، واستخدمت القوات الغاز لتفريق المتظاهرين في العاصمة.")]
    public void Should_keep_a_purpose_whose_own_clause_is_not_negated(string sentence)
    {
        // Given a purpose of a verb not negated (the negation, if any, in the clause before a comma)
        var events = EventCoder.Default.Code(sentence, Published);

        // Then the dispersal is told as done
        events.Should().Contain(e => e.Cameo == "175").Which.Negated.Should().BeFalse();
    }
}
