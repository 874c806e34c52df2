using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// استهدف "aims at" (evname28): a plan, a programme, a course or a policy right before it or as its subject, or a goal's verbal
/// noun after it (تقليص، مضاعفة، الحد من), is no attack; an attack, a strike or a bombing that targets keeps its assault.
/// Sentences written for these tests.
/// </summary>
public sealed class TriggerFinderAimAtTests
{
    [Theory]
    [InlineData("أعلنت الوزارة خطة تستهدف رفع نسبة التوظيف في القطاع الخاص.")]
    [InlineData("أطلقت الجمعية برنامجا يستهدف ألف أسرة في القرى الجنوبية.")]
    [InlineData("وتستهدف الدورة المعلمين الجدد في المدارس الحكومية.")]
    [InlineData("ويستهدف البرنامج الأطفال من سن السادسة إلى العاشرة.")]
    [InlineData("قال الوزير إن الحكومة تستهدف مضاعفة الصادرات خلال خمس سنوات.")]
    [InlineData("تستهدف الدولة تقليص العجز في الميزانية إلى النصف.")]
    [InlineData("صمم المهندسون جهازا يستهدف الحد من استهلاك المياه في المنازل.")]
    [InlineData("وقعت الشركتان اتفاقا يستهدف تنمية المناطق الريفية.")]
    public void Should_find_no_assault_when_it_aims_at_a_goal_or_an_audience(string sentence)
    {
        // Given استهدف of a plan, a programme or a goal
        var found = TriggerFinderTests.Find(sentence);

        // Then no assault is found
        found.Should().NotContain(c => c.Plover == PloverType.Assault);
    }

    [Theory]
    [InlineData("استهدف الهجوم مجموعة من الشباب في ساحة المدينة.")]
    [InlineData("استهدف انتحاري مركز تدريب للشرطة شمال البلاد.")]
    [InlineData("حذرت السفارة من هجمات تستهدف شبكة الأنفاق في العاصمة.")]
    [InlineData("استهدفت غارة جوية موقعا للمسلحين قرب الحدود.")]
    public void Should_keep_the_assault_of_an_attack_that_targets(string sentence)
    {
        // Given an attack that targets people or a place
        var found = TriggerFinderTests.Find(sentence);

        // Then the assault is found
        found.Should().Contain(c => c.Plover == PloverType.Assault);
    }
}
