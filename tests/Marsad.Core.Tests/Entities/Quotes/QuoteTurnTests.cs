using Marsad.Core.Entities;
using Marsad.Core.Entities.Quotes;

namespace Marsad.Core.Tests.Entities.Quotes;

/// <summary>Who continues, and subjects before their verb: speaker turns that quote nothing, SVO clauses, honorifics.</summary>
public sealed class QuoteTurnTests
{
    private static Quote Only(string text, string quoted) => QuoteFinder.Find(text).Single(q => q.Text == quoted);

    public sealed class Turns
    {
        [Fact]
        public void Should_continue_the_subject_of_a_verb_that_quoted_nothing()
        {
            // Given a quotation of one speaker, then another named by a verb whose object is no clause, then وأضاف أن
            var text = "وقال الوزير خالد العمر: «المشروع يسير وفق الخطة».\nوأكد رئيس اللجنة سعيد الحربي اكتمال الاستعدادات.\nوأضاف أن الفرق جاهزة للعمل.";

            // When / Then the continuation is the second speaker's
            Only(text, "الفرق جاهزة للعمل").SpeakerText.Should().Contain("سعيد الحربي");
        }

        [Fact]
        public void Should_not_take_the_object_of_a_verb_with_a_pronoun_subject_as_a_turn()
        {
            // Given a verb whose subject is a pronoun and whose object opens the phrase (وأكد حرص الوزارة)
            var text = "وقال الوزير خالد العمر: «المشروع يسير وفق الخطة».\nوأكد حرص الوزارة على دعم المشروع.\nوأضاف أن العمل مستمر.";

            // When / Then the continuation stays the minister's
            Only(text, "العمل مستمر").SpeakerText.Should().Be("الوزير خالد العمر");
        }

        [Fact]
        public void Should_skip_a_demonstrative_object_before_the_subject()
        {
            // Given أوضح ذلك X، وقال: «…»
            var text = "أوضح ذلك مدير الفرع سامي الحربي، وقال: «العمل مستمر في كل المواقع».";

            Only(text, "العمل مستمر في كل المواقع").SpeakerText.Should().Be("مدير الفرع سامي الحربي");
        }

        [Fact]
        public void Should_not_open_a_turn_with_god_in_a_citation()
        {
            // Given a preacher, then a verse cited with قال الله, then وأضاف أن
            var text = "وقال الخطيب ناصر العلي إن الصبر مفتاح الفرج.\nقال الله عن عباده الصابرين كلاما كثيرا.\nوأضاف أن الصبر عبادة.";

            Only(text, "الصبر عبادة").SpeakerText.Should().Be("الخطيب ناصر العلي");
        }

        [Theory]
        [InlineData("سموه")]
        [InlineData("معاليه")]
        [InlineData("فضيلته")]
        public void Should_continue_the_speaker_after_an_honorific_with_a_pronoun(string honorific)
        {
            var text = $"وقال الأمير فيصل بن سعد: «المهرجان ناجح».\nوأوضح {honorific} أن الزوار كثيرون.";

            Only(text, "الزوار كثيرون").SpeakerText.Should().Be("الأمير فيصل بن سعد");
        }

        [Fact]
        public void Should_read_a_one_letter_title_with_a_point_as_part_of_the_name()
        {
            var text = "وقال د. سامي الناصر إن الدراسة اكتملت.";

            Only(text, "الدراسة اكتملت").SpeakerText.Should().Be("د. سامي الناصر");
        }
    }

    public sealed class VerbsOfWritingAndTalk
    {
        [Fact]
        public void Should_read_a_writing_verb_before_a_colon_and_a_quotation()
        {
            var text = "وكتب الكاتب سالم الهاجري على حسابه في تويتر: «الصيف طويل هذا العام في المدينة».";

            Only(text, "الصيف طويل هذا العام في المدينة").SpeakerText.Should().Be("الكاتب سالم الهاجري");
        }

        [Fact]
        public void Should_not_take_the_subject_of_a_writing_verb_without_a_colon()
        {
            // Given the singer says it, while the poet only wrote the words of the song
            var text = "وقال المطرب سامي العلي إن الأغنية التي لحنها بنفسه، كتب كلماتها الشاعر محمد الناصر، \"موجهة لكل الأمهات في العالم\".";

            QuoteFinder.Find(text).Should().NotContain(q => q.SpeakerText != null && q.SpeakerText.Contains("الناصر"));
        }

        [Fact]
        public void Should_open_a_turn_with_spoke_about_after_a_name()
        {
            var text = "وقال الوزير خالد العمر: «المشروع يسير وفق الخطة».\nتحدث لاعب الفريق سعد المالكي عن المعسكر، وقال: «الأجواء رائعة هنا».";

            Only(text, "الأجواء رائعة هنا").SpeakerText.Should().Be("لاعب الفريق سعد المالكي");
        }

        [Fact]
        public void Should_not_read_occurs_as_spoke()
        {
            // تحدث is also "occurs": no speaker is named by it
            var text = "وقال الطبيب سامي الحربي: «الحركة مفيدة للقلب».\nحيث تحدث سنويا آلاف الإصابات، وأضاف: «المشي يكفي كل يوم».";

            Only(text, "المشي يكفي كل يوم").SpeakerText.Should().Be("الطبيب سامي الحربي");
        }

        [Fact]
        public void Should_accept_a_long_aside_when_the_quotation_opens_with_a_complementizer()
        {
            var text = "وأوضح لـ«الجريدة» مسؤول مطلع في مكتب رئيس الوزراء عبد الله الناصر، \"أن المساعدات وصلت إلى المدينة\".";

            Only(text, "أن المساعدات وصلت إلى المدينة").SpeakerText.Should().Be("مسؤول مطلع");
        }
    }

    public sealed class AccordingTo
    {
        [Theory]
        // the article of المتحدث merges with لل: the speaker's words start after it
        [InlineData("ووفقا للمتحدث الرسمي لشرطة المنطقة الرائد سعد العتيبي فإن الحادث وقع مساء أمس.", "الحادث وقع مساء أمس", "متحدث الرسمي لشرطة المنطقة الرائد سعد العتيبي")]
        [InlineData("وبحسب مصادر محلية فإن الطريق أغلق ساعتين.", "الطريق أغلق ساعتين", "مصادر محلية")]
        public void Should_report_what_follows_according_to_a_speaker(string text, string quoted, string speaker)
        {
            Only(text, quoted).SpeakerText.Should().Be(speaker);
        }

        [Fact]
        public void Should_not_report_according_to_figures()
        {
            // بحسب الإحصاءات فإن …: figures, not a speaker
            var text = "وبحسب الإحصاءات الرسمية فإن عدد السكان ارتفع كثيرا.";

            QuoteFinder.Find(text).Should().BeEmpty();
        }
    }

    public sealed class SubjectBeforeTheVerb
    {
        [Theory]
        // at a paragraph's start
        [InlineData("الصحيفة قالت إن المباراة ستقام في موعدها.", "المباراة ستقام في موعدها", "الصحيفة")]
        // after a particle, the subject with ف
        [InlineData("لذا فهذه الفئة ترى أن الحل قريب.", "الحل قريب", "فهذه الفئة")]
        // inside a reported clause
        [InlineData("وذكر التقرير أن الوزارة أوضحت أن الطرق مفتوحة.", "الطرق مفتوحة", "الوزارة")]
        // before a relative pronoun, after a comma
        [InlineData("واتفق القاضي مع سعيد المالكي، المدعي العام للمنطقة، الذي قال إن الأدلة كافية.", "الأدلة كافية", "المدعي العام للمنطقة")]
        // before a relative whose verb is followed by إلى أن
        [InlineData("وراجع الفريق ما ورد في بيان الوزارة الذي أشار إلى أن العمل انتهى.", "العمل انتهى", "بيان الوزارة")]
        public void Should_take_the_subject_before_a_verb_with_nothing_after_it(string text, string quoted, string speaker)
        {
            Only(text, quoted).SpeakerText.Should().Be(speaker);
        }

        [Theory]
        // a verb with و opens its own clause: it continues
        [InlineData("وقال المدير سامي الحربي: «نعمل بلا توقف».\nالعمال كثيرون. وأضاف أن الموسم طويل.", "الموسم طويل")]
        // a particle with a pronoun continues the speaker named before
        [InlineData("وقال المدير سامي الحربي: «نعمل بلا توقف».\nلكنه أوضح أن الموسم طويل.", "الموسم طويل")]
        // a verb of going on is no subject
        [InlineData("وقال المدير سامي الحربي: «نعمل بلا توقف».\nومضى يقول إن الموسم طويل.", "الموسم طويل")]
        // a relative that does not agree with its verb: the noun before it is the object
        [InlineData("وقال المدير سامي الحربي: «نعمل بلا توقف».\nودعمت الوزارة القرار الذي تقول إنه صائب.", "إنه صائب")]
        // a preposition's object set off by a comma before the relative
        [InlineData("وقال المدير سامي الحربي: «نعمل بلا توقف».\nوعقد اجتماع في المدينة، التي قالت إن الموسم طويل.", "الموسم طويل")]
        // a subject whose verb has its clause far after it (past a comma and a participle) says nothing reported here
        [InlineData("وقال المدير سامي الحربي: «نعمل بلا توقف».\nمشيرا إلى أن المدرب شدد على أهمية التمارين، موضحا أن الموسم طويل.", "الموسم طويل")]
        // a temporal conjunction is no subject
        [InlineData("وقال المدير سامي الحربي: «نعمل بلا توقف».\nوذلك عندما قال إن الموسم طويل.", "الموسم طويل")]
        public void Should_continue_when_no_subject_stands_before_the_verb(string text, string quoted)
        {
            Only(text, quoted).SpeakerText.Should().Be("المدير سامي الحربي");
        }

        [Fact]
        public void Should_name_nobody_for_who_says()
        {
            // فمنهم من يقول إن: "some of them say", nobody named, and no earlier speaker
            var text = "اختلف الناس في الأمر، فمنهم من يقول إن القرار صائب.";

            Only(text, "القرار صائب").SpeakerText.Should().BeNull();
        }
    }
}
