using Marsad.Core.Entities;
using Marsad.Core.Entities.Quotes;

namespace Marsad.Core.Tests.Entities.Quotes;

/// <summary>An attribution participle right before a quotation mark (مضيفا «…»), وكان X قد قال إن, and أما X فقال (session 25).</summary>
public sealed class QuoteParticipleAndWasTests
{
    private static Quote Only(string text, string quoted) => QuoteFinder.Find(text).Single(q => q.Text == quoted);

    public sealed class Participles
    {
        [Fact]
        public void Should_continue_the_last_speaker_after_a_participle_without_a_colon()
        {
            // Given two quotations of a coach, then a third introduced by مضيفا alone
            var text = "وقال المدرب سامي الخالد: «الفريق جاهز للموسم». وتابع «نحتاج إلى وقت أطول»، مضيفا «اللاعبون الشباب سيحصلون على فرصتهم كاملة هذا العام».";

            // When / Then the third is the coach's too
            Only(text, "اللاعبون الشباب سيحصلون على فرصتهم كاملة هذا العام").SpeakerText.Should().Be("المدرب سامي الخالد");
        }

        [Fact]
        public void Should_continue_the_speaker_of_reported_speech_after_a_participle_with_a_colon()
        {
            // Given reported speech, then موضحا: «…» after it in the same sentence
            var text = "أكد الوزير فهد السالم أن المشروع اكتمل، موضحا: «سنفتتح المرحلة الثانية بعد شهرين من الآن».";

            Only(text, "سنفتتح المرحلة الثانية بعد شهرين من الآن").SpeakerText.Should().Be("الوزير فهد السالم");
        }

        [Fact]
        public void Should_keep_the_subject_of_a_verb_whose_phrase_runs_up_to_the_participle()
        {
            // Given a first speaker, then وهنا تضيف X موضحة: «…»
            var text = "قالت الجدة: «كانت طفلة هادئة جدا في صغرها».\nوهنا تضيف سارة موضحة: «كنت أبحث عن أجوبة لأسئلتي الكثيرة».";

            // When / Then the second quotation is Sara's, without the participle
            Only(text, "كنت أبحث عن أجوبة لأسئلتي الكثيرة").SpeakerText.Should().Be("سارة");
        }

        [Fact]
        public void Should_not_read_a_participle_before_a_preposition_as_introducing_a_quoted_title()
        {
            // Given مشيرا إلى «title»: the participle is not right before the mark
            var text = "قال الوزير فهد السالم إن العمل انتهى، مشيرا إلى «الخطة الوطنية للتنمية الريفية».";

            // When / Then the title is no quotation of its own
            QuoteFinder.Find(text).Should().NotContain(q => q.Text == "الخطة الوطنية للتنمية الريفية");
        }
    }

    public sealed class SubjectAfterWas
    {
        [Fact]
        public void Should_take_the_subject_between_kana_and_qad_in_reported_speech()
        {
            // Given a first speaker, then وكان X قد قال إن
            var text = "قال المحلل سعيد العمر إن الأسواق مستقرة.\nوكان وزير المالية ماجد الفهد قد قال إن العجز سينخفض العام المقبل.";

            Only(text, "العجز سينخفض العام المقبل").SpeakerText.Should().Be("وزير المالية ماجد الفهد");
        }

        [Fact]
        public void Should_keep_a_quoted_name_in_the_subject()
        {
            var text = "قال المحلل سعيد العمر إن الأسواق مستقرة.\nوكانت صحيفة «الأيام» قد ذكرت أنه سيستقيل قريبا من منصبه.";

            Only(text, "أنه سيستقيل قريبا من منصبه").SpeakerText.Should().Contain("صحيفة «الأيام");
        }

        [Fact]
        public void Should_take_the_subject_before_a_direct_quotation()
        {
            var text = "وكان المتحدث باسم الجيش قد قال: «سنواصل العمليات حتى تحرير المدينة بالكامل».";

            Only(text, "سنواصل العمليات حتى تحرير المدينة بالكامل").SpeakerText.Should().Be("المتحدث باسم الجيش");
        }

        [Fact]
        public void Should_continue_the_previous_speaker_when_nothing_stands_between_kana_and_qad()
        {
            // Given وكان قد قال إن: the subject is the one named before
            var text = "قال الوزير فهد السالم إن الحرب انتهت.\nوكان قد قال إن السلام قريب من الجميع.";

            Only(text, "السلام قريب من الجميع").SpeakerText.Should().Be("الوزير فهد السالم");
        }
    }

    public sealed class TopicOfAmma
    {
        [Fact]
        public void Should_take_the_topic_of_amma_as_the_subject_of_a_verb_with_fa()
        {
            // Given a first speaker, then أما X، aside، فقال: «…»
            var text = "قال الوزير فهد السالم إن العمل انتهى.\nأما رئيس الرابطة الفنان سعيد الحربي، وهو أحد المعتقلين، فقال: «فوجئنا بما حدث في النادي أمس».";

            Only(text, "فوجئنا بما حدث في النادي أمس").SpeakerText.Should().Be("رئيس الرابطة الفنان سعيد الحربي");
        }

        [Fact]
        public void Should_take_the_topic_in_reported_speech()
        {
            var text = "قال الوزير فهد السالم إن العمل انتهى. أما المستشارة الألمانية فأوضحت أن الاتفاق جيد للجميع.";

            Only(text, "الاتفاق جيد للجميع").SpeakerText.Should().Be("المستشارة الألمانية");
        }

        [Fact]
        public void Should_not_take_a_topic_that_opens_with_a_preposition()
        {
            // Given أما عن X فقال: X is what he spoke about, the speaker is the one before
            var text = "قال المخرج سامي العلي إن التصوير انتهى. أما عن المسلسل فقال إن عرضه سيكون في رمضان.";

            Only(text, "عرضه سيكون في رمضان").SpeakerText.Should().Be("المخرج سامي العلي");
        }
    }
}
