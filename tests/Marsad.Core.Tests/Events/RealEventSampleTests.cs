using System.IO.Compression;
using System.Text.Json;
using Marsad.Core.Events;
using Marsad.Testing;

namespace Marsad.Core.Tests.Events;

public sealed class RealEventSampleTests
{
    private static readonly string SamplePath = Path.Combine(SharedData.RepositoryRoot, "eval", "events-real", "real.tsv");

    private static IReadOnlyList<RealArticle> LoadSample()
    {
        using var reader = new StreamReader(SamplePath);
        return RealEventSample.Load(reader, SamplePath, CameoCodes.Default);
    }

    public sealed class Load
    {
        [Fact]
        public void Should_parse_the_annotated_real_news_sample_into_a_dev_and_a_test_half()
        {
            // Given eval/events-real/real.tsv (every event validated against the code tables)
            var sample = LoadSample();

            // Then it holds 210 distinct articles: 100 dev (studied: 30 of session 10, 30 of session 16, 40 of session 25),
            // 110 test (30 of session 10, 40 of session 11, 40 of session 12)
            sample.Should().HaveCount(210);
            sample.Select(a => a.Key).Should().OnlyHaveUniqueItems();
            sample.Count(a => a.Split == "dev").Should().Be(100);
            sample.Count(a => a.Split == "test").Should().Be(110);
            sample.SelectMany(a => a.Events).Should().OnlyContain(e => e.Code.Plover == e.Plover);
            sample.Should().OnlyContain(a => a.Anchors.Count == a.Events.Count);
        }

        [Fact]
        public void Should_hash_a_url_to_the_first_16_hex_digits_of_its_sha256()
        {
            // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223…, a published test vector
            RealEventSample.HashUrl("abc").Should().Be("ba7816bf8f01cfea");
            new RealArticle("2015-07-21.zip#1", "dev", "ba7816bf8f01cfea", [], [], 1).HasUrl("abc").Should().BeTrue();
            new RealArticle("2015-07-21.zip#1", "dev", "ba7816bf8f01cfea", [], [], 1).HasUrl("abd").Should().BeFalse();
        }

        [Fact]
        public void Should_read_an_event_its_trigger_word_and_an_article_without_event()
        {
            var text = "# comment\n2015-07-21.zip#7\tdev\t0123456789abcdef\tEGYGOV>ISR ACCUSE 111 neg @أدان ; ?>SYR ASSAULT 190\n2015-07-22.zip#1\ttest\tfedcba9876543210\t-\n";

            var sample = RealEventSample.Load(new StringReader(text), "inline", CameoCodes.Default);

            sample.Should().HaveCount(2);
            sample[0].File.Should().Be("2015-07-21.zip");
            sample[0].Record.Should().Be(7);
            sample[0].Events.Select(e => (e.Source, e.Target, e.Plover, e.Negated)).Should().Equal(
                ("EGYGOV", "ISR", PloverType.Accuse, true), (null, "SYR", PloverType.Assault, false));
            sample[0].Anchors.Should().Equal("أدان", null);
            sample[1].Events.Should().BeEmpty();
        }

        [Theory]
        [InlineData("2015-07-21.zip\tdev\t0123456789abcdef\t-", "key")]
        [InlineData("2015-07-21.zip#3\tdevelop\t0123456789abcdef\t-", "split")]
        [InlineData("2015-07-21.zip#3\tdev\t0123456789abcdef\tRUS>UKR ASSAULT 111", "not ASSAULT")]
        [InlineData("2015-07-21.zip#3\tdev\t0123456789abcdef\tRUS>UKR ASSAULT 190 @two words", "one word")]
        [InlineData("2015-07-21.zip#3\tdev\thttp://example.org/a\t-", "url hash")]
        public void Should_name_the_line_of_a_malformed_record(string line, string message)
        {
            var act = () => RealEventSample.Load(new StringReader("# head\n" + line + "\n"), "real.tsv", CameoCodes.Default);

            act.Should().Throw<EventResourceException>().WithMessage($"*real.tsv*2*{message}*");
        }

        [SkippableFact]
        public void Should_key_each_article_to_the_corpus_record_with_its_url()
        {
            // Given SaudiNewsNet (absent: skip)
            var folder = SharedData.PathOrSkip("saudinewsnet");
            var sample = LoadSample();

            // Then every key's record (1-based in its zip's JSON array) has a url whose hash the sample names
            foreach (var file in sample.GroupBy(a => a.File))
            {
                using var zip = ZipFile.OpenRead(Path.Combine(folder, file.Key));
                using var stream = zip.Entries.Single(e => e.Length > 0).Open();
                using var json = JsonDocument.Parse(stream);
                var records = json.RootElement.EnumerateArray().ToList();
                foreach (var article in file)
                {
                    records.Should().HaveCountGreaterThanOrEqualTo(article.Record, article.Key);
                    article.HasUrl(records[article.Record - 1].GetProperty("url").GetString()).Should().BeTrue(article.Key);
                }
            }
        }
    }
}
