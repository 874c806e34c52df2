using FsCheck;
using FsCheck.Fluent;
using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

public sealed class TriggerFinderTests
{
    internal static IReadOnlyList<TriggerCandidate> Find(string sentence) =>
        TriggerFinder.Default.Find(WordSplitter.Split(sentence));

    internal static TriggerCandidate Single(string sentence, PloverType type)
    {
        var found = Find(sentence).Where(c => c.Plover == type).ToList();
        found.Should().ContainSingle($"one {type} trigger in «{sentence}»");
        return found[0];
    }

    public sealed class Find_
    {
        [Theory]
        // sentence, expected PLOVER type, expected CAMEO code, the trigger word as written
        [InlineData("التقى وزير الخارجية العماني نظيره الهندي في مسقط.", PloverType.Consult, "040", "التقى")]          // past
        [InlineData("الرئيسان التقيا مساء الأحد في الدوحة.", PloverType.Consult, "040", "التقيا")]                     // dual past
        [InlineData("وفود الفصائل التقوا ممثلي الحكومة في الجزائر.", PloverType.Consult, "040", "التقوا")]             // plural past
        [InlineData("ويلتقي الوزير نظيره الكيني اليوم.", PloverType.Consult, "040", "ويلتقي")]                       // clitic و on a present verb
        [InlineData("أعلن القصر عن زيارته المرتقبة إلى نواكشوط.", PloverType.Consult, "042", "زيارته")]               // enclitic on ة: زيارته → زيارة
        [InlineData("وأكد ضرورة استئناف الحوار للتوصل إلى حل.", PloverType.Consult, "040", "الحوار")]                  // article ال
        [InlineData("غادر الوفد العاصمة بعد الاجتماعات المطولة.", PloverType.Consult, "040", "الاجتماعات")]        // plural masdar with ال (evthank32: not after الشكر, now a SUPPORT trigger whose content a later masdar is)
        [InlineData("فاستقبله الملك في قصره بالرباط.", PloverType.Consult, "043", "فاستقبله")]                       // clitic ف + enclitic ه
        [InlineData("شنت المقاتلات غارات على مواقع المسلحين في الصحراء.", PloverType.Assault, "195", "شنت")]          // companion: شن … غارات
        [InlineData("فرضت كندا الأسبوع الماضي عقوبات على شركات روسية.", PloverType.Coerce, "163", "فرضت")]            // companion beyond the subject
        [InlineData("وقعت بولندا وأوكرانيا اتفاقية لتصدير الحبوب.", PloverType.Support, "057", "وقعت")]                // companion: وقع … اتفاقية
        [InlineData("أطلقت الحكومة سراح مئة معتقل سياسي.", PloverType.Retreat, "0841", "أطلقت")]                      // companion: أطلق … سراح
        [InlineData("أجرت البحرية مناورات مشتركة مع نظيرتها الهندية.", PloverType.Cooperate, "062", "مناورات")]         // companion beats the bare entry (150)
        [InlineData("رفضت الحكومة المبادرة الأممية جملة وتفصيلا.", PloverType.Reject, "127", "رفضت")]                  // companion picks the subcode
        [InlineData("فتحت النيابة تحقيقا في صفقة الأسلحة.", PloverType.Accuse, "090", "تحقيقا")]                       // accusative tanwin ا on a masdar
        [InlineData("أدانت المحكمة العليا الوزير السابق بالرشوة.", PloverType.Accuse, "116", "أدانت")]                 // a court convicts; a government condemns (111)
        [InlineData("نجا الرئيس من محاولة اغتيال في العاصمة.", PloverType.Assault, "185", "محاولة")]                    // attempt + assassination is one event
        [InlineData("لم تلتق الوزيرة بنظيرها.", PloverType.Consult, "040", "تلتق")]                                     // jussive of a defective verb
        [InlineData("اِتَّهَمَتْ الحُكُومَةُ المُعَارَضَةَ بِالتَّحْرِيضِ.", PloverType.Accuse, "112", "اِتَّهَمَتْ")] // full diacritics
        [InlineData("خرج طلاب الجامعة في مسيرة نحو مبنى البرلمان.", PloverType.Protest, "141", "خرج")]              // خرج … مسيرة (UniversalPetrarch batch)
        [InlineData("تجمهر السكان أمام مقر البلدية منذ الصباح.", PloverType.Protest, "141", "تجمهر")]                 // تجمهر needs no companion
        [InlineData("أغارت المقاتلات على مخازن الذخيرة.", PloverType.Assault, "190", "أغارت")]                        // أغار على, hollow verb
        [InlineData("وقالت الشرطة إن سيارة مفخخة انفجرت قرب السوق.", PloverType.Assault, "1832", "انفجرت")]         // an intransitive verb's companion may be its subject before it
        public void Should_find_the_trigger_with_its_code_and_offsets(string sentence, PloverType type, string cameo, string word)
        {
            // When the sentence's words are searched
            var found = Single(sentence, type);

            // Then the trigger has the expected code and its offsets point at the word
            found.Cameo.Should().Be(cameo);
            sentence[found.Start..found.End].Should().Be(word);
        }

        [Theory]
        // sentence that holds no trigger of the type named
        [InlineData("أصدرت وزارة الخارجية بيانا مقتضبا.", PloverType.Consult)]          // وزارة is not و+زار+ه
        [InlineData("انطلق الموكب فجرا نحو الحدود.", PloverType.Assault)]              // فجرا "at dawn", not a dual "they bombed"
        [InlineData("نشرت الصحيفة صورا للوزير.", PloverType.Mobilize)]                  // نشر without forces
        [InlineData("وقع الانفجار قرب السوق المركزية.", PloverType.Support)]            // وقع "happened", no agreement follows
        [InlineData("عقد الاجتماع في فندق بالعاصمة.", PloverType.Assault)]             // nothing violent at all
        [InlineData("خرج الوزير من الاجتماع دون تصريح.", PloverType.Protest)]          // خرج without a march
        [InlineData("انفجر الوضع في المدينة بعد الانتخابات.", PloverType.Assault)]     // انفجر with no bomb before or after
        [InlineData("تجمع الحجاج في صعيد عرفات.", PloverType.Protest)]                 // a gathering with no protest word
        public void Should_not_take_a_look_alike_for_a_trigger(string sentence, PloverType type)
        {
            Find(sentence).Should().NotContain(c => c.Plover == type);
        }

        [Fact]
        public void Should_not_report_the_companion_word_as_a_second_event()
        {
            // Given "imposed sanctions", where عقوبات alone is also a trigger
            var found = Find("فرضت اليابان عقوبات جديدة على بيونغ يانغ.");

            // Then one event is found, on the verb
            found.Should().ContainSingle().Which.Stem.Should().Be("فرضت");
        }

        [Fact]
        public void Should_treat_the_verbal_noun_after_a_demand_as_its_content()
        {
            // Given a demand for a release (the release has not happened)
            var found = Find("طالبت المنظمة بالإفراج عن الصحفيين المحتجزين.");

            // Then only the demand is an event
            found.Select(c => c.Plover).Should().Equal(PloverType.Request);
            found[0].Cameo.Should().Be("1053");
        }

        [Fact]
        public void Should_keep_a_verbal_noun_after_a_condemnation_as_an_event()
        {
            // Given a condemnation of an attack that happened
            var found = Find("أدانت الجامعة العربية الهجوم على المدرسة.");

            // Then both the condemnation and the attack are events
            found.Select(c => c.Plover).Should().Equal(PloverType.Accuse, PloverType.Assault);
        }
    }

    public sealed class Negation
    {
        [Theory]
        // sentence, type of its trigger, negated?
        [InlineData("لم تلتق الوزيرة نظيرها السوري.", PloverType.Consult, true)]                     // لم right before
        [InlineData("لا تستهدف القوات المدنيين.", PloverType.Assault, true)]                           // لا
        [InlineData("ولم تعلق الحكومة المساعدات بعد.", PloverType.Sanction, true)]                     // clitic و on لم
        [InlineData("ما زالت الطائرات تقصف القرى.", PloverType.Assault, false)]                        // ما زال = still
        [InlineData("لا يزال الجيش يحاصر المدينة.", PloverType.Coerce, false)]                         // لا يزال = still
        [InlineData("أكدت الوزارة عدم زيارة الوفد للمخيم.", PloverType.Consult, true)]                  // عدم before a masdar
        [InlineData("غادر الوفد دون لقاء الرئيس.", PloverType.Consult, true)]                           // دون before a masdar
        [InlineData("نفت الحكومة أن تكون قد اعتقلت الصحفي.", PloverType.Coerce, true)]                  // denial + أن
        [InlineData("نفت الحكومة الاتهامات التي وجهتها المعارضة.", PloverType.Accuse, false)]           // denial without أن: the accusation happened
        [InlineData("قصفت المدفعية المواقع ولم يصب أحد.", PloverType.Assault, false)]                    // negation after the trigger
        public void Should_mark_negated_triggers(string sentence, PloverType type, bool negated)
        {
            Single(sentence, type).Negated.Should().Be(negated);
        }
    }

    public sealed class Mode
    {
        [Theory]
        // sentence, type of its trigger, expected mode (null: happened)
        [InlineData("سيلتقي الرئيس نظيره الفرنسي غدا.", PloverType.Consult, EventMode.Future)]             // prefix سـ
        [InlineData("سوف تفرض واشنطن عقوبات على الشركة.", PloverType.Coerce, EventMode.Future)]           // سوف
        [InlineData("لن تنسحب القوات من المدينة.", PloverType.Retreat, EventMode.Future)]                   // لن: future and negated
        [InlineData("يعتزم الوزير زيارة بغداد الأسبوع المقبل.", PloverType.Consult, EventMode.Intent)]       // intent verb
        [InlineData("تنوي الحكومة فرض قيود على الاستيراد.", PloverType.Coerce, EventMode.Intent)]           // intent verb, feminine
        [InlineData("قد تفرض الحكومة حظر التجول الليلة.", PloverType.Coerce, EventMode.Possible)]           // قد + present
        [InlineData("قد فرضت الحكومة حظر التجول أمس.", PloverType.Coerce, null)]                             // قد + past = already
        [InlineData("ربما يلتقي الطرفان في جنيف.", PloverType.Consult, EventMode.Possible)]                 // ربما
        [InlineData("إذا هاجمت الميليشيات القاعدة فسيكون الرد قاسيا.", PloverType.Assault, EventMode.Hypothetical)] // إذا
        [InlineData("لو قصفت الطائرات الجسر لانقطع الطريق.", PloverType.Assault, EventMode.Hypothetical)]    // لو
        [InlineData("قصفت الطائرات الجسر صباح اليوم.", PloverType.Assault, null)]                              // plain past
        public void Should_give_the_mode_of_each_trigger(string sentence, PloverType type, EventMode? mode)
        {
            Single(sentence, type).Mode.Should().Be(mode);
        }

        [Fact]
        public void Should_mark_a_trigger_after_lan_as_both_negated_and_future()
        {
            var found = Single("لن تعترف الحكومة بنتائج الانتخابات.", PloverType.Support);

            found.Negated.Should().BeTrue();
            found.Mode.Should().Be(EventMode.Future);
        }
    }

    public sealed class Properties
    {
        [Fact]
        public void Should_keep_every_trigger_inside_the_text_and_in_word_order_for_any_input()
        {
            // Given any text made of Arabic letters, clitics, spaces and punctuation
            var alphabet = "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةى وسفلبالـًٌٍَُِّْ،.؟".ToCharArray();
            var texts = Gen.ArrayOf(Gen.Elements(alphabet)).Select(cs => new string(cs)).ToArbitrary();

            // Then the finder never throws, and its offsets stay inside the text, in order
            Prop.ForAll(texts, text =>
            {
                var found = Find(text);
                return found.All(c => c.Start >= 0 && c.End <= text.Length && c.Start < c.End)
                    && found.Zip(found.Skip(1)).All(p => p.First.TokenIndex < p.Second.TokenIndex);
            }).QuickCheckThrowOnFailure();
        }
    }
}
