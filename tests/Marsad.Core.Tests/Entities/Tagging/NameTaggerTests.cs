using Marsad.Core.Entities.Tagging;

namespace Marsad.Core.Tests.Entities.Tagging;

public sealed class NameTaggerTests
{
    private static string[] Tokens(string sentence) => sentence.Split(' ');

    public sealed class Default
    {
        [Fact]
        public void Should_load_the_embedded_model_once()
        {
            // Given / When the default tagger is asked for twice
            var first = NameTagger.Default;
            var second = NameTagger.Default;

            // Then it is one instance with a trained model
            first.Should().BeSameAs(second);
            first.FeatureCount.Should().BeGreaterThan(10_000);
        }
    }

    public sealed class Tag
    {
        [Theory]
        // a person announced by a title word, name unseen in training
        [InlineData("وصل الرئيس كمال بن عيسى إلى المطار صباح اليوم .", "كمال بن عيسى", NameType.Person)]
        // a person as the subject of a speech verb
        [InlineData("وقال وزير الخارجية سامي الحربي إن المحادثات مستمرة .", "سامي الحربي", NameType.Person)]
        // a city after the preposition في
        [InlineData("عقد الاجتماع في القاهرة يوم الخميس الماضي .", "القاهرة", NameType.Location)]
        // a country with a glued preposition (ب + clitic)
        [InlineData("التقى الوفد بممثلين عن فرنسا وألمانيا .", "فرنسا", NameType.Location)]
        public void Should_find_clear_names_in_news_sentences(string sentence, string name, NameType type)
        {
            // Given a sentence of news Arabic
            var tokens = Tokens(sentence);

            // When it is tagged
            var spans = NameTagger.Default.Tag(tokens);

            // Then the name is found with its type and bounds
            spans.Select(s => (string.Join(' ', tokens[s.Start..s.End]), s.Type))
                .Should().Contain((name, type));
        }

        [Fact]
        public void Should_find_no_name_in_a_sentence_without_one()
        {
            // Given a sentence of common words only
            var tokens = Tokens("ارتفعت الأسعار في الأسواق خلال الأسبوع الماضي بشكل كبير .");

            // When it is tagged / Then nothing is found
            NameTagger.Default.Tag(tokens).Should().BeEmpty();
        }

        [Fact]
        public void Should_return_nothing_for_no_tokens()
        {
            NameTagger.Default.Tag([]).Should().BeEmpty();
        }

        [Fact]
        public void Should_give_well_formed_spans_with_confidence_in_range()
        {
            // Given a sentence with several names
            var tokens = Tokens("واستقبل الملك عبدالله في عمان رئيس الوزراء البريطاني توني بلير والأمين العام للأمم المتحدة .");

            // When it is tagged
            var spans = NameTagger.Default.Tag(tokens);

            // Then the spans are ordered, inside the sentence, not overlapping, with confidence in (0, 1]
            spans.Should().NotBeEmpty();
            spans.Should().OnlyContain(s => s.Start >= 0 && s.End <= tokens.Length && s.Length > 0);
            spans.Should().OnlyContain(s => s.Confidence > 0 && s.Confidence <= 1);
            spans.Zip(spans.Skip(1)).Should().OnlyContain(p => p.First.End <= p.Second.Start);
        }

        [Fact]
        public void Should_keep_spans_inside_any_token_list()
        {
            // Given random token lists over Arabic words, clitics, Latin, digits, punctuation and empty tokens
            string[] pieces = ["الرئيس", "في", "وبغداد", "للأمم", "محمد", "Obama", "2015", "،", ".", "«", "", "ـ", "\u064E", "قال", "بن"];
            var random = new Random(11);
            for (var n = 0; n < 300; n++)
            {
                var tokens = Enumerable.Range(0, random.Next(0, 40)).Select(_ => pieces[random.Next(pieces.Length)]).ToArray();

                // When they are tagged
                var spans = NameTagger.Default.Tag(tokens);

                // Then every span is non-empty, inside the list, in order, with a confidence in [0, 1]
                spans.Should().OnlyContain(s => s.Start >= 0 && s.End <= tokens.Length && s.Start < s.End && s.Confidence >= 0 && s.Confidence <= 1);
                spans.Zip(spans.Skip(1)).Should().OnlyContain(p => p.First.End <= p.Second.Start);
            }
        }

        [Fact]
        public void Should_tag_the_same_way_from_many_threads()
        {
            // Given one sentence and its tags on one thread
            var tokens = Tokens("وقال الشيخ محمد بن راشد في دبي إن المشروع سينتهي قريبا .");
            var expected = NameTagger.Default.Tag(tokens);

            // When many threads tag it at once
            var results = Enumerable.Range(0, 16).AsParallel().Select(_ => NameTagger.Default.Tag(tokens)).ToList();

            // Then all agree
            results.Should().OnlyContain(r => r.SequenceEqual(expected));
        }
    }

    public sealed class TagDocument
    {
        [Fact]
        public void Should_return_one_list_per_sentence_agreeing_with_tag_on_a_lone_sentence()
        {
            // Given a one-sentence document
            var tokens = Tokens("وقال الرئيس كمال بن عيسى إن الحوار مستمر .");

            // When it is tagged as a document and alone
            var document = NameTagger.Default.TagDocument([tokens]);

            // Then both give the same spans
            document.Should().ContainSingle();
            document[0].Should().Equal(NameTagger.Default.Tag(tokens));
        }

        [Fact]
        public void Should_find_a_bare_repeated_name_from_its_titled_mention()
        {
            // Given an article that introduces a person with a title, then repeats the surname alone
            IReadOnlyList<string>[] sentences =
            [
                Tokens("استقبل الرئيس زيدان كوراني وفدا من رجال الأعمال في مكتبه أمس ."),
                Tokens("وناقش الجانبان فرص الاستثمار في قطاع الطاقة ."),
                Tokens("وأبدى كوراني استعداده لتقديم التسهيلات اللازمة ."),
            ];

            // When it is tagged as a document
            var spans = NameTagger.Default.TagDocument(sentences);

            // Then the bare surname in the third sentence is a person
            spans[2].Select(s => (string.Join(' ', sentences[2].Skip(s.Start).Take(s.Length)), s.Type))
                .Should().Contain(("كوراني", NameType.Person));
        }
    }

    public sealed class SaveAndLoad
    {
        [Fact]
        public void Should_tag_identically_after_a_round_trip()
        {
            // Given the default model written to a stream
            using var stream = new MemoryStream();
            NameTagger.Default.Save(stream);
            stream.Position = 0;

            // When it is read back
            var loaded = NameTagger.Load(stream);

            // Then it has the same features and tags a sentence the same way
            var tokens = Tokens("وأكد الرئيس الفرنسي في باريس أن الاتحاد الأوروبي سيدعم الاتفاق .");
            loaded.FeatureCount.Should().Be(NameTagger.Default.FeatureCount);
            loaded.Tag(tokens).Should().Equal(NameTagger.Default.Tag(tokens));
        }

        [Fact]
        public void Should_reject_a_stream_that_is_not_a_model()
        {
            // Given gzip'd bytes that are not a model
            using var stream = new MemoryStream();
            using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            {
                gzip.Write("not a model"u8);
            }
            stream.Position = 0;

            // When it is loaded / Then it is refused as invalid data
            var load = () => NameTagger.Load(stream);
            load.Should().Throw<InvalidDataException>();
        }
    }
}
