using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// استهدف "aims at" (evname28): a plan, a programme, a course or a policy right before it or as its subject, or a goal's verbal
/// noun after it (تقليص، مضاعفة، الحد من), is no attack; an attack, a strike or a bombing that targets keeps its assault. Also
/// the present تغير/يغير "change" is no raid (أغار), and أبعد "farther" no deportation. Sentences written for these tests.
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
    [InlineData("نفذت الإدارة ثلاثة برامج تدريبية تستهدف المشرفين في الفروع.")]
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

    [Theory]
    [InlineData("قال الرئيس إن بلاده ستغير سياستها بناء على نتائج المحادثات.")]
    [InlineData("قال إن الاتفاق لا يغير شيئا على الأرض في الوقت الحاضر.")]
    public void Should_read_the_present_of_change_as_no_raid(string sentence)
    {
        // Given تغير/يغير "change" with a على nearby (not أغار على "raid")
        var found = TriggerFinderTests.Find(sentence);

        // Then no assault is found
        found.Should().NotContain(c => c.Plover == PloverType.Assault);
    }

    [Fact]
    public void Should_keep_the_past_raid()
    {
        // Given أغار على in the past
        var found = TriggerFinderTests.Find("أغارت الطائرات الحربية على مخازن السلاح قرب المطار.");

        // Then the raid is found
        found.Should().Contain(c => c.Plover == PloverType.Assault && c.Cameo == "190");
    }

    [Theory]
    [InlineData("قال المحلل إن الخلاف قد يذهب إلى أبعد حد بين الطرفين.")]
    [InlineData("تقلع الطائرات حاليا من قواعد أبعد في الجنوب.")]
    [InlineData("يتجه المهاجرون إلى مدن أبعد شمالا بحثا عن العمل.")]
    public void Should_read_the_comparative_farther_as_no_deportation(string sentence)
    {
        // Given أبعد "farther" after a place word or إلى, or before حد or a direction
        var found = TriggerFinderTests.Find(sentence);

        // Then no deportation is found
        found.Should().NotContain(c => c.Cameo == "174");
    }

    [Fact]
    public void Should_keep_the_deportation_of_abad()
    {
        // Given أبعد "deported" with its subject and object
        var found = TriggerFinderTests.Find("أبعد الأمن الناشط عن المسجد لمدة شهر.");

        // Then the deportation is found
        found.Should().Contain(c => c.Cameo == "174");
    }
}
