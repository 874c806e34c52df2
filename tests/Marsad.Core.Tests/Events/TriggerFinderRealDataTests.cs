using Marsad.Core.Events;
using Marsad.Core.Events.Coding;
using static Marsad.Core.Tests.Events.TriggerFinderTests;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The trigger data and finder rules of the fourth session, taken from how real news tells protests and
/// attacks (crowd acts, construct verbal nouns, تم + verbal noun, weapons, foiled plots). Our own sentences.
/// </summary>
public sealed class TriggerFinderRealDataTests
{
    public sealed class Crowd_acts
    {
        [Theory]
        // sentence, CAMEO code, the trigger word as written: a protester noun names who does the act
        [InlineData("وخرج آلاف المتظاهرين في شوارع العاصمة مساء الجمعة.", "141", "وخرج")]
        [InlineData("ونزل المحتجون إلى الساحات في ثلاث مدن ساحلية.", "141", "ونزل")]
        [InlineData("تجمع نحو ألف متظاهر قرب مبنى البلدية.", "141", "تجمع")]
        [InlineData("اجتاح آلاف المتظاهرين وسط العاصمة ظهر الأحد.", "141", "اجتاح")]
        [InlineData("تدفق مئات المحتجين على الميدان الرئيسي.", "141", "تدفق")]
        [InlineData("وأغلق المعتصمون مداخل الميناء بالحاويات.", "144", "وأغلق")]
        [InlineData("وحطم المتظاهرون واجهات عدد من المصارف.", "145", "وحطم")]
        [InlineData("ونزلوا إلى الشوارع يطالبون بخفض الأسعار.", "141", "ونزلوا")]                 // the street as companion
        [InlineData("جمعت المعارضة عشرين ألف متظاهر في الساحة الكبرى.", "141", "جمعت")]          // rallied protesters
        [InlineData("أعاق مئات المحتجين حركة السير على الطريق الدولي.", "144", "أعاق")]           // obstructed
        [InlineData("شارك العمال في وقفة احتجاجية أمام وزارة المالية.", "141", "وقفة")]             // a protest vigil
        public void Should_read_a_crowd_act_as_a_protest(string sentence, string cameo, string word)
        {
            var found = Single(sentence, PloverType.Protest);

            found.Cameo.Should().Be(cameo);
            sentence[found.Start..found.End].Should().Be(word);
        }

        [Theory]
        // the same verbs with no protester and no street: no protest
        [InlineData("أغلقت البلدية الطريق الساحلي لأعمال الصيانة.")]
        [InlineData("نزل الركاب من الحافلة عند المعبر.")]
        [InlineData("جابت دوريات الشرطة الأحياء الشرقية ليلا.")]
        [InlineData("تدفق النفط من الأنبوب المكسور لساعات.")]
        [InlineData("جمعت الجمعية التبرعات لضحايا الفيضان.")]
        public void Should_not_read_the_same_verb_without_a_crowd_as_a_protest(string sentence)
        {
            Find(sentence).Should().NotContain(c => c.Plover == PloverType.Protest);
        }

        [Fact]
        public void Should_code_the_crowd_as_civilians_protesting_against_their_government()
        {
            // Given protesters of a named state coming out in one of its cities
            var events = EventCoder.Default.Code("وخرج آلاف المتظاهرين المغاربة في شوارع الدار البيضاء.", null);

            // Then the protest is coded, from the crowd's state toward its government
            events.Should().Contain(e => e.Plover == PloverType.Protest && e.Source != null && e.Source.Country == "MAR");
        }
    }

    public sealed class Verbal_nouns
    {
        [Theory]
        // sentence, the trigger's type, its form: a bare three-letter past after an indefinite head in ـة/ـات is its verbal noun
        [InlineData("شهد المطار عملية خطف طائرة ركاب.", PloverType.Assault, WordForm.Noun)]   // (قضية خطف is now a case, no event: TriggerFinderNoHappeningTests)
        [InlineData("نددت المنظمة بحملة قتل طالت الصحفيين.", PloverType.Assault, WordForm.Noun)]
        [InlineData("خطف مسلحون مهندسا أجنبيا قرب الحدود.", PloverType.Assault, WordForm.Past)]      // sentence-initial: the verb
        [InlineData("وفي المدينة القديمة قتل مسلحون شرطيا.", PloverType.Assault, WordForm.Past)]      // the word before has the article: no construct
        [InlineData("وقال إن انتحاريا يقود شاحنة مفخخة فجر نفسه قرب الحاجز.", PloverType.Assault, WordForm.Past)] // a companion follows: the verb
        public void Should_tell_a_construct_verbal_noun_from_the_verb(string sentence, PloverType type, WordForm form)
        {
            Single(sentence, type).Form.Should().Be(form);
        }

        [Theory]
        // تمّ + verbal noun: the passive verb, in the tense of تم
        [InlineData("تم تدمير المستودع بالكامل.", PloverType.Assault, WordForm.Past)]
        [InlineData("ويتم اعتقال الناشطين عند الحواجز.", PloverType.Coerce, WordForm.Present)]
        [InlineData("سيتم اعتقال المشتبه بهم خلال أيام.", PloverType.Coerce, WordForm.Future)]
        [InlineData("أعلنت الوزارة تدمير المستودع.", PloverType.Assault, WordForm.Noun)]           // no تم: still the noun
        public void Should_read_tamma_and_a_verbal_noun_as_a_passive_verb(string sentence, PloverType type, WordForm form)
        {
            Single(sentence, type).Form.Should().Be(form);
        }

        [Fact]
        public void Should_give_the_future_mode_to_a_passive_with_sa_tamma()
        {
            Single("سيتم اعتقال المشتبه بهم خلال أيام.", PloverType.Coerce).Mode.Should().Be(EventMode.Future);
        }
    }

    public sealed class Attacks
    {
        [Theory]
        // sentence, CAMEO code, the trigger word as written
        [InlineData("انفجرت قذيفة هاون قرب سوق الخضار.", "183", "انفجرت")]                      // a shell exploding
        [InlineData("وقال الشاهد إن قذائف الهاون انفجرت فوق الحي.", "183", "انفجرت")]             // the shell as subject before the verb
        [InlineData("الانتحاريان فجرا نفسيهما عند مدخل المعسكر.", "1831", "فجرا")]               // dual, with its reflexive companion
        [InlineData("تعدت العصابة على المارة بالهراوات.", "180", "تعدت")]                          // تعدى على
        [InlineData("أطلقت الفصائل قذيفتين على المستوطنة.", "190", "أطلقت")]                       // two shells fired
        public void Should_find_the_attack(string sentence, string cameo, string word)
        {
            var found = Single(sentence, PloverType.Assault);

            found.Cameo.Should().Be(cameo);
            sentence[found.Start..found.End].Should().Be(word);
        }

        [Fact]
        public void Should_still_read_fajran_alone_as_at_dawn()
        {
            Find("غادرت القافلة فجرا نحو الجنوب.").Should().NotContain(c => c.Plover == PloverType.Assault);
        }
    }

    public sealed class Cues
    {
        [Theory]
        // a foiled attack did not happen
        [InlineData("أحبطت الشرطة هجوما على محطة القطارات.")]
        [InlineData("وأفشلت الشرطة اعتداء على السفارة.")]
        public void Should_negate_a_foiled_attack(string sentence)
        {
            Single(sentence, PloverType.Assault).Negated.Should().BeTrue();
        }

        [Theory]
        // sentence, expected mode
        [InlineData("كشفت السلطات مخططا لاغتيال الوزير.", EventMode.Intent)]                       // a plot
        [InlineData("حشد الجيش دباباته استعدادا لشن هجوم على المدينة.", EventMode.Intent)]         // in preparation for
        [InlineData("ومن المرجح أن تقصف الطائرات المواقع الليلة.", EventMode.Possible)]             // likely
        [InlineData("قصفت الطائرات المواقع الليلة الماضية.", null)]                                   // told as happened
        public void Should_read_plots_and_likelihood_as_modes(string sentence, EventMode? mode)
        {
            Single(sentence, PloverType.Assault).Mode.Should().Be(mode);
        }
    }
}
