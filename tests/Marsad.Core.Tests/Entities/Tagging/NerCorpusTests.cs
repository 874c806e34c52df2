using Marsad.Core.Entities.Tagging;

namespace Marsad.Core.Tests.Entities.Tagging;

public sealed class NerCorpusTests
{
    public sealed class Read
    {
        [Fact]
        public void Should_split_sentences_on_final_punctuation_and_blank_lines()
        {
            // Given a corpus with no sentence breaks but a full stop, then a blank line
            var text = "زار B-PERS\nعلي I-PERS\nبيروت B-LOC\n. O\nثم O\nعاد O\n\nغادر O\n";

            // When it is read
            var sentences = NerCorpus.Read(new StringReader(text));

            // Then three sentences come out, with the names as spans
            sentences.Select(s => s.Tokens.Count).Should().Equal(4, 2, 1);
            sentences[0].Spans.Should().Equal(new TaggedSpan(0, 2, NameType.Person, 1), new TaggedSpan(2, 3, NameType.Location, 1));
        }

        [Theory]
        // ANERcorp tags
        [InlineData("B-PERS", "B", NameType.Person)]
        [InlineData("I-ORG", "I", NameType.Organization)]
        // AQMAR spells persons PER and numbers its MISC classes
        [InlineData("B-PER", "B", NameType.Person)]
        [InlineData("I-MIS2", "I", NameType.Misc)]
        // malformed AQMAR tags
        [InlineData("I--ORG", "I", NameType.Organization)]
        [InlineData("B-MIS1`", "B", NameType.Misc)]
        [InlineData("B-MISS1", "B", NameType.Misc)]
        [InlineData("B-ENGLISH", "B", NameType.Misc)]
        public void Should_read_corpus_tags_leniently(string tag, string prefix, NameType type)
        {
            // Given / When one tag is parsed
            var label = NerCorpus.ParseTag(tag);

            // Then it is the right BIO label
            var expected = prefix == "B" ? 1 + (int)type : 5 + (int)type;
            label.Should().Be(expected);
        }

        [Theory]
        // outside, and malformed tags that cannot be repaired
        [InlineData("O")]
        [InlineData("OO")]
        [InlineData("IO")]
        [InlineData("B-XYZ")]
        public void Should_read_unknown_tags_as_outside(string tag)
        {
            NerCorpus.ParseTag(tag).Should().Be(0);
        }

        [Fact]
        public void Should_skip_lines_without_a_token()
        {
            // Given a line that holds only a tag, and a token with a right-to-left mark
            var text = " O\nمصر\u200F B-LOC\n";

            // When it is read / Then only the real token remains, without its mark
            var sentence = NerCorpus.Read(new StringReader(text)).Single();
            sentence.Tokens.Should().Equal("مصر");
        }
    }

    public sealed class Split
    {
        [Fact]
        public void Should_cut_at_the_sentence_boundary_nearest_the_fraction()
        {
            // Given six sentences of ten tokens
            var sentences = Enumerable.Range(0, 6)
                .Select(_ => new LabeledSentence(Enumerable.Repeat("كلمة", 10).ToArray(), []))
                .ToList();

            // When they are split at 5/6
            var (head, tail) = NerCorpus.Split(sentences, 5.0 / 6);

            // Then five sentences train and one tests
            head.Should().HaveCount(5);
            tail.Should().HaveCount(1);
        }
    }
}
