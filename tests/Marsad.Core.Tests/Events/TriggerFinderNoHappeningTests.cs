using Marsad.Core.Events;
using static Marsad.Core.Tests.Events.TriggerFinderTests;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// Attack and protest words that tell no new happening (session 7): figurative senses (a verbal attack, a crisis
/// that "exploded"), statistics, acts told before, cases and inquiries, commemorations, a province. Our own sentences.
/// </summary>
public sealed class TriggerFinderNoHappeningTests
{
    public sealed class Figurative_senses
    {
        [Theory]
        // sentence, the CAMEO code the attack word now gets
        [InlineData("شن النائب هجوما حادا على وزير المالية في جلسة البرلمان.", "111")]    // a verbal attack is a criticism
        [InlineData("هاجم رئيس الحزب سياسة الحكومة الاقتصادية في مؤتمر صحفي.", "111")]   // attacking a policy
        [InlineData("وجهت الصحيفة هجوما شديدا إلى أداء الوزارة.", "111")]                  // the noun with its adjective
        [InlineData("فجر تصريح الوزير أزمة جديدة بين الحزبين.", "010")]                    // sparked a crisis: no act of force
        [InlineData("أجرت الدولة تجربة جديدة وفجرت قنبلة نووية تحت الأرض.", "150")]       // a weapons test
        public void Should_read_the_figurative_sense(string sentence, string cameo)
        {
            Find(sentence).Should().Contain(c => c.Cameo == cameo);
            Find(sentence).Should().NotContain(c => c.Plover == PloverType.Assault);
        }

        [Theory]
        [InlineData("هاجم مسلحون مركزا للشرطة في ضواحي المدينة فجر اليوم.")]
        [InlineData("شن الجيش هجوما واسعا على مواقع المتمردين في الجبال.")]
        [InlineData("فجر انتحاري نفسه عند مدخل السوق المزدحم.")]
        [InlineData("اعتدى مستوطنون على مزارعين في أرضهم قرب القرية.")]
        public void Should_keep_the_literal_attack(string sentence)
        {
            Find(sentence).Should().Contain(c => c.Plover == PloverType.Assault);
        }
    }

    public sealed class No_new_event
    {
        [Theory]
        [InlineData("تراجع عدد الهجمات في الولاية خلال الصيف.")]                                  // a count of events
        [InlineData("سجلت الشرطة 120 هجوما على المتاجر منذ مطلع السنة.")]                         // a statistic
        [InlineData("وأعربت الوزارة عن أسفها لهذا الهجوم وقدمت التعازي.")]                        // an act told before
        [InlineData("أوقفت السلطات ثلاثة رجال للاشتباه في تورطهم في التفجيرات.")]                 // involvement: a case
        [InlineData("أحيا السكان الذكرى العاشرة لاغتيال رئيس البلدية.")]                          // a commemoration
        [InlineData("نشرت العائلة بيانا بعد مرور عشرين عاما على خطف ابنها.")]                     // years since
        public void Should_not_find_an_attack(string sentence)
        {
            Find(sentence).Should().NotContain(c => c.Plover == PloverType.Assault);
        }

        [Fact]
        public void Should_read_a_province_after_fi_as_a_place()
        {
            Find("يعيش المزارعون في مقاطعة جبلية نائية.").Should().NotContain(c => c.Plover == PloverType.Protest);
            Find("بدأت النقابات مقاطعة المنتجات المستوردة.").Should().Contain(c => c.Cameo == "143");
        }

        [Theory]
        [InlineData("شن المسلحون ثلاثة هجمات على نقاط التفتيش.")]         // a small count is events, not a statistic
        [InlineData("وقع الهجوم عند مدخل المدينة ظهر أمس.")]                 // a definite noun without a demonstrative
        [InlineData("قال شهود إن انفجارا هز السوق بعد خمس دقائق من الهجوم.")]
        public void Should_keep_a_new_attack(string sentence)
        {
            Find(sentence).Should().Contain(c => c.Plover == PloverType.Assault);
        }
    }

    public sealed class Training_for_an_act
    {
        [Fact]
        public void Should_read_an_attack_one_was_trained_for_as_intent()
        {
            // Given men trained to carry out attacks (the attacks have not happened)
            var found = Single("قالت الشرطة إن الموقوفين تلقوا تدريبا على تنفيذ هجمات في الخارج.", PloverType.Assault);

            // Then the attack is an aim, not a happening
            found.Mode.Should().Be(EventMode.Intent);
        }

        [Fact]
        public void Should_keep_an_attack_without_training_as_told()
        {
            Single("نفذ المسلحون هجمات على مراكز الشرطة في الخارج.", PloverType.Assault).Mode.Should().BeNull();
        }
    }
}
