using Marsad.Core.Events;
using Marsad.Core.Events.Coding;
using static Marsad.Core.Tests.Events.Coding.EventTriples;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>Acts that are said, claimed or considered but not told as happened: accusations, hypotheticals, means.</summary>
public sealed class EventCoderClaimsTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, Published);

    public sealed class Accusations
    {
        [Theory]
        // the accused act as a verbal noun carrying بـ
        [InlineData("اتهمت الحكومة الصومالية كينيا بتسليح ميليشيات في إقليم جوبالاند.", "SOM", "KEN")]
        // the accused act after بالوقوف وراء
        [InlineData("اتهم وزير الداخلية الباكستاني الهند بالوقوف وراء الهجوم على الحافلة في كويتا.", "PAK", "IND")]
        // the accused act in a clause opened by بأن
        [InlineData("اتهمت أذربيجان أرمينيا بأن قواتها قصفت قرى حدودية ليلة أمس.", "AZE", "ARM")]
        public void Should_code_the_accusation_and_not_the_act_it_alleges(string sentence, string accuser, string accused)
        {
            // Given an accusation whose content is an act of the accused
            // When it is coded
            var events = Code(sentence);

            // Then the accusation is the accuser's, toward the accused
            Triples(events).Should().Contain((accuser, accused, PloverType.Accuse));
            // And the alleged act is not coded as having happened
            events.Should().OnlyContain(e => e.Plover == PloverType.Accuse);
        }

        [Fact]
        public void Should_not_code_the_act_named_in_a_rejected_accusation()
        {
            // Given a state rejecting accusations that name an attack as their content
            var events = Code("رفضت روسيا الاتهامات البريطانية بالمسؤولية عن تفجير خط الأنابيب في بحر البلطيق.");

            // Then the rejection is coded, the alleged attack is not
            Triples(events).Should().Contain(("RUS", "GBR", PloverType.Reject));
            events.Should().NotContain(e => e.Plover == PloverType.Assault);
        }

        [Fact]
        public void Should_still_code_a_condemned_attack()
        {
            // Given a condemnation (not an accusation) of air strikes whose author the nisba names
            var events = Code("أدانت تونس الغارات الإسرائيلية على جنوب لبنان.");

            // Then both the condemnation and the attack are events, as before
            events.Should().Contain(e => e.Plover == PloverType.Accuse && GoldScore.Country(e.Source) == "TUN");
            events.Should().Contain(e => e.Plover == PloverType.Assault);
        }

        [Fact]
        public void Should_take_the_subject_framed_by_kana_and_qad()
        {
            // Given كان + a titled subject + قد + the verb (the pluperfect of a recalled statement)
            var events = Code("وكان وزير الخارجية الكندي قد اتهم الصين بسرقة بيانات شركات كندية.");

            // Then the accuser is the subject before قد, not the object after the verb
            Triples(events).Should().Contain(("CAN", "CHN", PloverType.Accuse));
            events.Should().NotContain(e => GoldScore.Country(e.Source) == "CHN");
        }
    }

    public sealed class Hypotheticals
    {
        [Theory]
        // أي + verbal noun: any attack (that might come)
        [InlineData("قال وزير الدفاع الهندي إن بلاده سترد بقوة على أي هجوم على حدودها.")]
        // أي + noun + a clause qualifying it
        [InlineData("حذرت كوريا الجنوبية من أنها ستتصدى لأي اعتداء يستهدف جزرها الغربية.")]
        public void Should_not_code_an_act_introduced_by_any(string sentence)
        {
            // Given a sentence about any attack that might come
            // When it is coded
            var events = Code(sentence);

            // Then no assault is coded
            events.Should().NotContain(e => e.Plover == PloverType.Assault);
        }

        [Fact]
        public void Should_read_any_after_a_negation_as_none()
        {
            // Given "did not see any protests": a negated act, not a hypothetical one
            var events = Code("لم تشهد العاصمة التشادية أي مظاهرات للمعارضة يوم السبت.");

            // Then the protest is kept, negated
            events.Should().Contain(e => e.Plover == PloverType.Protest && e.Negated);
        }
    }

    public sealed class Means
    {
        [Fact]
        public void Should_not_take_an_unnamed_group_carrying_bi_as_the_target()
        {
            // Given a criticized delivery whose only actor after the act is the means (بالطائرات)
            var events = Code("انتقدت أبوظبي تزويد الحوثيين بالطائرات المسيرة.");

            // Then the criticism is coded, and no event has the aircraft as its target
            Triples(events).Should().Contain(("ARE", "YEM", PloverType.Accuse));
            events.Should().NotContain(e => e.Target != null && e.Target.Text.Contains("طائرات"));
        }
    }

    public sealed class Condemnations
    {
        [Fact]
        public void Should_aim_a_condemnation_at_the_author_of_the_act()
        {
            // Given a condemnation of shelling whose author the nisba names, in a city of another state
            var events = Code("نددت كندا بالقصف الروسي على مدينة خاركيف.");

            // Then the condemnation targets the author, and the shelling is the author's toward the place's state
            Triples(events).Should().Contain(("CAN", "RUS", PloverType.Accuse)).And.Contain(("RUS", "UKR", PloverType.Assault));
        }

        [Fact]
        public void Should_leave_the_target_open_when_the_condemned_act_has_no_named_author()
        {
            // Given a condemnation of an attack of unnamed author, in a named state
            var events = Code("أدانت السنغال الهجوم على قاعدة عسكرية في مالي.");

            // Then the condemnation is coded with no target, not toward the state where it happened
            Triples(events).Should().Contain(("SEN", null, PloverType.Accuse));
            events.Should().NotContain(e => e.Plover == PloverType.Accuse && e.Target != null);
        }
    }

    public sealed class Contents
    {
        [Theory]
        // the genitive of an appeal's content (إلى استئناف المحادثات)
        [InlineData("دعت النرويج الحكومة الفلبينية والمتمردين إلى استئناف المحادثات في أوسلو.", PloverType.Consult)]
        // a noun coordinated with a pledge's content (بتقديم ذخائر ودعم مالي)
        [InlineData("تعهدت فرنسا بتقديم ذخائر ودعم مالي للجيش اللبناني.", PloverType.Aid)]
        public void Should_not_code_the_content_of_an_appeal_or_pledge(string sentence, PloverType content)
        {
            // Given an appeal or pledge whose content is a verbal noun phrase
            // When it is coded
            var events = Code(sentence);

            // Then what is asked for or promised is not an event
            events.Should().NotContain(e => e.Plover == content);
            events.Should().NotBeEmpty();
        }
    }

    public sealed class SameHappening
    {
        [Fact]
        public void Should_keep_the_counterpart_of_a_meeting_for_the_coordinated_verb_that_goes_on_telling_it()
        {
            // Given a phone call followed by وبحث معه and a topic naming another state
            var events = Code("هاتف وزير الخارجية الياباني نظيره الهندي وبحث معه الأوضاع في ميانمار.");

            // Then the call is coded toward India, and the topic's state is no counterpart
            Triples(events).Should().Contain(("JPN", "IND", PloverType.Consult));
            events.Should().NotContain(e => GoldScore.Country(e.Target) == "MMR");
        }
    }

    public sealed class Allegations
    {
        [Fact]
        public void Should_not_code_the_act_a_suspect_is_accused_of()
        {
            // Given an arrest of men "accused of" a bombing (متهمين بتفجير)
            var events = Code("اعتقلت الشرطة الفرنسية ثلاثة رجال متهمين بتفجير سيارة أمام مركز للشرطة في مرسيليا.");

            // Then the arrest is coded and the alleged bombing is not
            events.Should().Contain(e => e.Plover == PloverType.Coerce && GoldScore.Country(e.Source) == "FRA");
            events.Should().NotContain(e => e.Plover == PloverType.Assault);
        }
    }

    public sealed class Words
    {
        [Fact]
        public void Should_read_fajr_before_a_day_word_as_dawn()
        {
            // Given فجر اليوم (at dawn today) after a shelling
            var events = Code("قصفت الطائرات الروسية مواقع للمعارضة في ريف إدلب فجر اليوم.");

            // Then only the shelling is an assault, not a bombing read in فجر
            events.Where(e => e.Plover == PloverType.Assault).Should().ContainSingle().Which.Trigger.Should().Be("قصفت");
        }

        [Fact]
        public void Should_not_take_the_destination_for_the_agent_of_a_visit()
        {
            // Given a minister arriving in a capital (إلى أنقرة) "on a visit"
            var events = Code("وصل رئيس الوزراء الباكستاني إلى أنقرة في زيارة رسمية يلتقي خلالها الرئيس التركي.");

            // Then the visitor is the arriving minister, not the capital he arrived in
            Triples(events).Should().Contain(("PAK", "TUR", PloverType.Consult));
            events.Should().NotContain(e => e.Cameo == "042" && GoldScore.Country(e.Source) == "TUR");
        }
    }

    public sealed class ReportedSpeech
    {
        [Fact]
        public void Should_not_take_the_speakers_own_state_in_the_reported_clause_for_the_target()
        {
            // Given a warning whose reported clause (من أن) opens with the speaker's own state
            var events = Code("حذر الرئيس المصري من أن مصر سترد بحزم على أي اعتداء على حدودها.");

            // Then no event has Egypt acting toward Egypt, and "any attack" is no event
            events.Should().NotContain(e => GoldScore.Country(e.Source) == "EGY" && GoldScore.Country(e.Target) == "EGY");
            events.Should().NotContain(e => e.Plover == PloverType.Assault);
        }

        [Fact]
        public void Should_keep_a_foreign_state_in_the_reported_clause_as_the_target_of_a_warning()
        {
            // Given a warning that another state will pay
            var events = Code("حذرت بريطانيا من أن روسيا ستدفع ثمن التصعيد.");

            // Then the warning is aimed at that state
            Triples(events).Should().Contain(("GBR", "RUS", PloverType.Threaten));
        }

        [Fact]
        public void Should_code_the_reported_act_as_the_reported_actors()
        {
            // Given قال X إن Y رفض Z
            var events = Code("قال المتحدث باسم الخارجية المصرية إن إثيوبيا رفضت المقترح السوداني.");

            // Then the refusal is Ethiopia's toward Sudan, not the speaker's
            Triples(events).Should().Contain(("ETH", "SDN", PloverType.Reject));
            events.Should().NotContain(e => e.Plover == PloverType.Reject && GoldScore.Country(e.Source) == "EGY");
        }
    }

    public sealed class AssumedGroups
    {
        [Fact]
        public void Should_not_make_an_unnamed_group_of_assumed_state_the_counterpart_of_an_accusation()
        {
            // Given an accusation whose only later group (المسلحين) has no state of its own in the sentence
            var events = Code("تتهم إسلام آباد جارتها بدعم المسلحين على الحدود.");

            // Then Pakistan is not coded accusing Pakistani gunmen
            events.Should().NotContain(e => e.Plover == PloverType.Accuse && GoldScore.Country(e.Target) == "PAK");
        }

        [Fact]
        public void Should_keep_a_group_whose_state_a_place_names()
        {
            // Given a government criticizing protesters in its own capital
            var events = Code("انتقدت الحكومة النرويجية المتظاهرين في أوسلو.");

            // Then the criticism of its own citizens is coded
            Triples(events).Should().Contain(("NOR", "NOR", PloverType.Accuse));
        }
    }
}
