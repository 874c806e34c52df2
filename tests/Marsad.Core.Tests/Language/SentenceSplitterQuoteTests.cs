using Marsad.Core.Language;

namespace Marsad.Core.Tests.Language;

/// <summary>
/// A quotation holds its sentences together, but a quotation mark left unclosed must not make one sentence of the rest of
/// the article (<see cref="SentenceSplitter.LongestQuotation"/>). Sentences written for these tests.
/// </summary>
public sealed class SentenceSplitterQuoteTests
{
    private const string Report = "وقال الوزير إن الحكومة ستواصل العمل على تحسين الخدمات في جميع المناطق خلال الأشهر المقبلة. ";

    [Fact]
    public void Should_keep_a_quotation_of_several_sentences_as_one_sentence()
    {
        // Given a closed quotation of three sentences
        var text = "وقال الوزير: \"انتهى الاجتماع. سنعود غدا. الحوار مستمر\" وغادر القاعة.";

        // Then it is one sentence
        ArabicAnalyzer.Default.Analyze(text).Sentences.Should().ContainSingle();
    }

    [Fact]
    public void Should_split_again_after_a_quotation_mark_left_open()
    {
        // Given a stray straight quote, then twenty plain sentences (over 1,800 characters)
        var text = "وجاء في النص \"المجلس يطلب من المفوضية درس الخيارات. " + string.Concat(Enumerable.Repeat(Report, 20));
        text.Length.Should().BeGreaterThan(3 * SentenceSplitter.LongestQuotation);

        // When it is split
        var sentences = ArabicAnalyzer.Default.Analyze(text).Sentences;

        // Then no sentence runs much past the longest quotation, and the sentences after it are split as usual
        sentences.Should().HaveCountGreaterThan(10);
        sentences.Max(s => s.End - s.Start).Should().BeLessThan(SentenceSplitter.LongestQuotation + Report.Length);
    }
}
