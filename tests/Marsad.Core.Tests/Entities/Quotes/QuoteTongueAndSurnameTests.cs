using Marsad.Core.Entities;
using Marsad.Core.Entities.Quotes;

namespace Marsad.Core.Tests.Entities.Quotes;

/// <summary>على لسان X ("on the tongue of X"), and a surname alone linked through the full name before it.</summary>
public sealed class QuoteTongueAndSurnameTests
{
    public sealed class OnTheTongueOf
    {
        [Fact]
        public void Should_continue_the_speaker_named_on_the_tongue_of()
        {
            // Given a statement "on the tongue of" an official with a لل complement, then a verb with no subject
            var text = "أعلن الصندوق عن برنامج جديد لدعم المزارعين. جاء ذلك على لسان المديرة التنفيذية للصندوق العربي منى الخالدي التي تزور المنطقة.\nوأوضحت أن البرنامج يبدأ الشهر المقبل.";

            // When
            var quote = QuoteFinder.Find(text).Single();

            // Then the continuation is hers, with the complement and the name in the speaker's words
            quote.Text.Should().Be("البرنامج يبدأ الشهر المقبل");
            quote.SpeakerText.Should().Be("المديرة التنفيذية للصندوق العربي منى الخالدي");
        }

        [Fact]
        public void Should_report_what_follows_qawluhu_after_the_tongue_of()
        {
            // Given / When
            var text = "ونقلت الإذاعة على لسان المتحدث باسم الشرطة قوله إن التحقيق ما زال جاريا.";
            var quote = QuoteFinder.Find(text).Single();

            // Then
            quote.Text.Should().Be("التحقيق ما زال جاريا");
            quote.SpeakerText.Should().Be("المتحدث باسم الشرطة");
        }

        [Fact]
        public void Should_not_take_characters_of_a_story_as_a_speaker()
        {
            // Given words put "on the tongue of" characters (no name, title or speaking word), then a reported clause
            var text = "وقال المخرج سالم العتيبي: «العرض جاهز».\nوتنتهي القصة بجملة على لسان البطلين يعدان فيها الجمهور بأن الرحلة لم تنته بعد.\nوأضاف أن التدريبات استمرت شهرين.";

            // When
            var quotes = QuoteFinder.Find(text);

            // Then no quotation is given to the characters and the continuation stays the director's
            quotes.Should().NotContain(q => q.SpeakerText != null && q.SpeakerText.Contains("البطلين", StringComparison.Ordinal));
            quotes.Single(q => q.Text.StartsWith("التدريبات", StringComparison.Ordinal)).SpeakerText.Should().Be("المخرج سالم العتيبي");
        }
    }

    public sealed class TitleComplement
    {
        [Fact]
        public void Should_go_on_past_the_complement_of_a_title_to_the_titled_name()
        {
            // Given a title cut at the preposition of its complement, then a titled name ended by a comma
            var text = "وأوضح رئيس الجمعية المشرف على المهرجان الدكتور سالم العتيبي، أن الفعاليات تبدأ الخميس.";

            // When / Then the name is in the speaker's words
            QuoteFinder.Find(text).Single().SpeakerText.Should().Be("رئيس الجمعية المشرف على المهرجان الدكتور سالم العتيبي");
        }

        [Fact]
        public void Should_not_take_an_interviewer_after_a_programme_as_the_title_complement()
        {
            // Given the medium told and the interviewer with his title after the speaker
            var text = "وقال اللاعب لبرنامج «في الملعب» مع الإعلامي سعد الزهراني، إنه سيوقع العقد قريبا.";

            // When / Then the interviewer is not in the speaker's words
            QuoteFinder.Find(text).Single().SpeakerText.Should().NotContain("الزهراني");
        }
    }

    public sealed class SurnameAlone
    {
        [Fact]
        public void Should_link_a_surname_alone_to_the_person_named_in_full_before_it()
        {
            // Given a full name the knowledge base links, then the surname alone (the tagger's mention, unlinked) as speaker
            var text = "وصل وزير الخارجية سامي الفارس إلى الرياض. وقال الفارس إن المحادثات مثمرة.";
            var entities = new[] { Person(text, "سامي الفارس", 0, "Sami al-Fares"), Person(text, "الفارس", text.IndexOf("وقال", StringComparison.Ordinal), null) };

            // When / Then
            SpeakerLinker.Link(Spoken(text, "الفارس", text.IndexOf("وقال", StringComparison.Ordinal)), entities).Speaker.Should().Be("Sami al-Fares");
        }

        [Fact]
        public void Should_not_link_a_surname_whose_latest_full_name_is_unknown()
        {
            // Given a known person, then another of the same family the knowledge base does not know, then the surname alone
            var text = "التقى سامي الفارس شقيقه خالد الفارس. وقال الفارس إن اللقاء عائلي.";
            var at = text.IndexOf("وقال", StringComparison.Ordinal);
            var entities = new[] { Person(text, "سامي الفارس", 0, "Sami al-Fares"), Person(text, "خالد الفارس", 0, null), Person(text, "الفارس", at, null) };

            // When / Then the surname is the latest full name's: nobody
            SpeakerLinker.Link(Spoken(text, "الفارس", at), entities).Speaker.Should().BeNull();
        }

        [Fact]
        public void Should_only_read_the_first_person_of_the_phrase_as_a_surname()
        {
            // Given a speaker the knowledge base does not know, described by a party "led by" a known person's surname
            var text = "ورد الرئيس سامي الفارس على المعارضة. وقال نادر العلي القيادي بالحزب الذي يتزعمه الفارس إن الحوار مستمر.";
            var at = text.IndexOf("وقال", StringComparison.Ordinal);
            var entities = new[] { Person(text, "سامي الفارس", 0, "Sami al-Fares"), Person(text, "نادر العلي", at, null), Person(text, "الفارس", at, null) };

            // When / Then the speaker is not the party leader
            SpeakerLinker.Link(Spoken(text, "نادر العلي القيادي بالحزب الذي يتزعمه الفارس", at), entities).Speaker.Should().BeNull();
        }

        private static Quote Spoken(string text, string phrase, int from)
        {
            var start = text.IndexOf(phrase, from, StringComparison.Ordinal);
            return new Quote(null, phrase, "x", text.Length - 2, text.Length - 1) { SpeakerStart = start, SpeakerEnd = start + phrase.Length };
        }

        private static EntityMention Person(string text, string words, int from, string? name)
        {
            var start = text.IndexOf(words, from, StringComparison.Ordinal);
            return new EntityMention(words, start, start + words.Length, EntityType.Person, name, null, null, null);
        }
    }
}
