using Marsad.Core.Entities.Quotes;

namespace Marsad.Core.Tests.Entities.Quotes;

public sealed class QuoteFinderTests
{
    public sealed class Find
    {
        [Theory]
        // speaker before the quotation, colon, guillemets
        [InlineData("وقال وزير الخارجية سامي الحربي: «المحادثات مستمرة حتى الآن».", "وزير الخارجية سامي الحربي", "المحادثات مستمرة حتى الآن")]
        // speaker before, comma, curly quotes, feminine verb
        [InlineData("وأكدت المتحدثة باسم الوزارة، “لن نقبل بأي تأخير”.", "المتحدثة باسم الوزارة", "لن نقبل بأي تأخير")]
        // speaker before, straight quotes, phrase cut at a preposition
        [InlineData("وأوضح المدير في مؤتمر صحفي: \"الخطة جاهزة للتنفيذ\".", "المدير", "الخطة جاهزة للتنفيذ")]
        // speaker after the quotation
        [InlineData("«سنواصل العمل مع شركائنا»، قال رئيس البعثة.", "رئيس البعثة", "سنواصل العمل مع شركائنا")]
        // speaker after, introduced by بحسب
        [InlineData("«الوضع تحت السيطرة» بحسب قائد الشرطة.", "قائد الشرطة", "الوضع تحت السيطرة")]
        public void Should_find_a_direct_quotation_and_its_speaker(string text, string speaker, string quoted)
        {
            // Given / When
            var quote = QuoteFinder.Find(text).Single();

            // Then the quoted words and the speaker's words come with their offsets
            quote.Text.Should().Be(quoted);
            quote.SpeakerText.Should().Be(speaker);
            text[quote.Start..quote.End].Should().Be(quoted);
            text[quote.SpeakerStart!.Value..quote.SpeakerEnd!.Value].Should().Be(speaker);
            quote.Speaker.Should().BeNull();
        }

        [Theory]
        // reported speech with إن
        [InlineData("وقال الرئيس التونسي إن الانتخابات ستجري في موعدها.", "الرئيس التونسي", "الانتخابات ستجري في موعدها")]
        // reported speech with أن after a prepositional phrase
        [InlineData("وأكد السفير خلال اللقاء أن بلاده تدعم الحوار الوطني.", "السفير", "بلاده تدعم الحوار الوطني")]
        // reported speech with بأن
        [InlineData("وصرح مسؤول أمني بأن الهجوم أسفر عن خسائر.", "مسؤول أمني", "الهجوم أسفر عن خسائر")]
        // a colon without quotation marks
        [InlineData("وقال المتحدث: الحدود مغلقة حتى إشعار آخر.", "المتحدث", "الحدود مغلقة حتى إشعار آخر")]
        public void Should_find_reported_speech_and_its_speaker(string text, string speaker, string quoted)
        {
            var quote = QuoteFinder.Find(text).Single();

            quote.Text.Should().Be(quoted);
            quote.SpeakerText.Should().Be(speaker);
            text[quote.Start..quote.End].Should().Be(quoted);
        }

        [Fact]
        public void Should_give_a_continuing_verb_the_previous_speaker()
        {
            // Given a speaker, then وأضاف with no name, then وأشار إلى أن
            var text = "وقال وزير المالية خالد العمر: «الميزانية متوازنة».\nوأضاف: «لن نرفع الضرائب هذا العام».\nوأشار إلى أن العجز تراجع.";

            // When quotations are found
            var quotes = QuoteFinder.Find(text);

            // Then all three are the minister's, with his words' offsets
            quotes.Select(q => q.Text).Should().Equal("الميزانية متوازنة", "لن نرفع الضرائب هذا العام", "العجز تراجع");
            quotes.Should().OnlyContain(q => q.SpeakerText == "وزير المالية خالد العمر");
            quotes.Should().OnlyContain(q => q.SpeakerStart == quotes[0].SpeakerStart);
        }

        [Fact]
        public void Should_switch_speakers_when_a_new_one_is_named()
        {
            // Given two named speakers, the second one continued by a pronoun verb
            var text = "وقال الوزير إن الاتفاق قريب. في المقابل قال زعيم المعارضة إن الاتفاق بعيد. وأضاف أن الحكومة تماطل.";

            // When quotations are found
            var quotes = QuoteFinder.Find(text);

            // Then the continuation goes to the nearest speaker before it
            quotes.Select(q => q.SpeakerText).Should().Equal("الوزير", "زعيم المعارضة", "زعيم المعارضة");
        }

        [Theory]
        // a quoted name is not a quotation
        [InlineData("أعلن تنظيم \"الدولة الإسلامية\" مسؤوليته عن الهجوم.")]
        // no attribution verb and no quotation mark
        [InlineData("ارتفعت أسعار النفط في الأسواق العالمية أمس.")]
        // an attribution verb with no complementizer is not reported speech
        [InlineData("وذكر التقرير الأرقام الأخيرة للبطالة.")]
        public void Should_find_nothing_where_no_one_is_quoted(string text)
        {
            QuoteFinder.Find(text).Should().BeEmpty();
        }

        [Fact]
        public void Should_keep_a_long_unattributed_quotation_without_speaker()
        {
            // Given a long quotation with no attribution
            var text = "كتب على اللافتة «لا للحرب ولا للحصار ولا للجوع في مدينتنا».";

            // When / Then it is kept with a null speaker
            var quote = QuoteFinder.Find(text).Single();
            quote.SpeakerText.Should().BeNull();
            quote.SpeakerStart.Should().BeNull();
            quote.Text.Should().Be("لا للحرب ولا للحصار ولا للجوع في مدينتنا");
        }

        [Fact]
        public void Should_ignore_an_unclosed_quotation_mark()
        {
            // Given an opening mark with no closing one, and reported speech
            var text = "وقال المتحدث إن «الاجتماع انتهى";

            // When / Then the reported speech stops at the mark and nothing crosses it
            var quotes = QuoteFinder.Find(text);
            quotes.Should().OnlyContain(q => q.End <= text.Length && q.Start >= 0);
        }

        [Fact]
        public void Should_keep_offsets_inside_the_text_for_any_input()
        {
            // Given random strings over quotation marks, verbs, punctuation and Arabic letters
            string[] pieces = ["قال", "الوزير", "إن", "أن", "«", "»", "\"", "“", "”", ":", "،", ".", "\n", " ", "وأضاف", "في", "كلام"];
            var random = new Random(7);
            for (var n = 0; n < 500; n++)
            {
                var text = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(3) == 0 ? "" : " ")));

                // When quotations are found
                var quotes = QuoteFinder.Find(text);

                // Then every offset is inside the text and every text matches its offsets
                foreach (var q in quotes)
                {
                    q.Start.Should().BeInRange(0, q.End);
                    q.End.Should().BeLessThanOrEqualTo(text.Length);
                    text[q.Start..q.End].Should().Be(q.Text);
                    if (q.SpeakerStart is { } s)
                    {
                        text[s..q.SpeakerEnd!.Value].Should().Be(q.SpeakerText);
                    }
                }
            }
        }
    }
}
