using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Fixed expressions that hold a trigger's word in another sense (<c>idioms.tsv</c>): ثلاثية الأبعاد، البحث عن، تكمن في،
/// بشكل قاطع، تقاطع طريق، هنا في. Each has its event sense beside it, which must still be found.
/// </summary>
public sealed class TriggerFinderIdiomTests
{
    [Theory]
    [InlineData("صنعت الشركة أول منزل بطابعة ثلاثية الأبعاد في مدينة دبي.", "174")]
    [InlineData("قال الوزير إن الأزمة أخذت أبعادا جديدة بعد الانتخابات.", "174")]
    [InlineData("يريد الرئيس أن يذهب أبعد من ذلك في إصلاح الاقتصاد.", "174")]
    [InlineData("تواصل فرق الإنقاذ البحث عن المفقودين تحت الأنقاض.", "040")]
    [InlineData("قال إن الحكومة تبحث عن حلول لأزمة السكن في العاصمة.", "040")]
    [InlineData("قال الخبير إن المشكلة تكمن في ضعف التمويل لا في الخطة.", "190")]
    [InlineData("أكد أن سر النجاح يكمن في العمل الجماعي.", "190")]
    [InlineData("نفت الوزارة بشكل قاطع ما نشرته الصحيفة عن الصفقة.", "143")]
    [InlineData("وقع حادث مروري عند تقاطع طريق الملك فهد مع شارع الستين.", "143")]
    [InlineData("افتتحت البلدية جسرا جديدا على تقاطع الشارع الرئيسي.", "143")]
    [InlineData("نشرت حملة الرقة تذبح بصمت صورا من المدينة.", "1823")]
    [InlineData("قال السفير إن الجالية هنا في لندن تتابع الأخبار باهتمام.", "051")]
    [InlineData("ومن هنا بدأت الشركة خطتها الجديدة للتوسع في آسيا.", "051")]
    [InlineData("طالب الوزير بإقامة منطقة حظر طيران فوق شمال البلاد.", "172")]
    [InlineData("زار الوفد أماكن احتجاز اللاجئين على الحدود.", "173")]
    [InlineData("سيطرت ميليشيات فجر ليبيا على مطار العاصمة.", "183")]
    [InlineData("وصلت القافلة إلى المدينة فجر اليوم بعد رحلة طويلة.", "183")]
    public void Should_find_no_event_in_the_fixed_expression(string sentence, string cameo)
    {
        // Given a sentence where the trigger's word stands in a fixed expression of another sense
        var found = TriggerFinderTests.Find(sentence);

        // Then the event of that word's lexicon sense is not found
        found.Should().NotContain(c => c.Cameo == cameo);
    }

    [Theory]
    [InlineData("أبعدت السلطات ثلاثة صحفيين أجانب إلى بلادهم أمس.", "174")]
    [InlineData("بحث وزير الخارجية مع نظيره الفرنسي الأزمة في ليبيا.", "040")]
    [InlineData("كمن مسلحون لدورية للشرطة على الطريق الساحلي.", "190")]
    [InlineData("قاطعت أحزاب المعارضة الانتخابات البرلمانية احتجاجا على القانون.", "143")]
    [InlineData("وتقاطع المعارضة الانتخابات منذ عامين.", "143")]
    [InlineData("هنأ الرئيس نظيره الفرنسي بفوزه في الانتخابات.", "051")]
    [InlineData("بعث الملك برقية تهنئة إلى الرئيس المصري بمناسبة اليوم الوطني.", "051")]
    [InlineData("حظرت الحكومة دخول الصحفيين إلى المنطقة الحدودية.", "172")]
    [InlineData("احتجزت الشرطة ثلاثة صحفيين في مطار العاصمة.", "173")]
    [InlineData("فجر مسلحون جسرا على الطريق الدولي أمس.", "183")]
    public void Should_find_the_event_sense_of_the_same_word(string sentence, string cameo)
    {
        // Given the same word in its event sense, outside the fixed expression
        var found = TriggerFinderTests.Find(sentence);

        // Then the event is found with its code
        found.Should().Contain(c => c.Cameo == cameo);
    }

    [Theory]
    [InlineData("تستقبل إدارة التعليم المعلمين الجدد يوم الأحد لاستكمال إجراءاتهم.")]
    [InlineData("ستستقبل اللجان المرشحين للوظائف التعليمية الأسبوع المقبل.")]
    public void Should_find_no_hosting_in_a_job_or_school_intake(string sentence)
    {
        // Given an office receiving teachers, candidates or students
        var found = TriggerFinderTests.Find(sentence);

        // Then no hosting of a visit (CONSULT 043) is found
        found.Should().NotContain(c => c.Cameo == "043");
    }

    [Fact]
    public void Should_name_file_and_line_of_a_malformed_row()
    {
        // Given a row with a lemma but neither a word before nor a word after
        var load = () => Idioms.Load(new StringReader("# comment\nبحث\t-\t-\t-\tno neighbour\n"), "idioms.tsv");

        // Then loading fails and names the file and line
        load.Should().Throw<EventResourceException>().WithMessage("*idioms.tsv*2*");
    }
}
