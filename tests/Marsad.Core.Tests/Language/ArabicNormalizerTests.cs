using FsCheck.Xunit;
using Marsad.Core.Language;
using Marsad.Testing;

namespace Marsad.Core.Tests.Language;

public sealed class ArabicNormalizerTests
{
    [Theory]
    [InlineData("كَتَبَ", "كتب")]          // diacritics (harakat) removed
    [InlineData("شدّة", "شده")]            // shadda removed, teh marbuta folded
    [InlineData("كتاباً", "كتابا")]        // tanween removed
    [InlineData("رحمٰن", "رحمن")]          // superscript alef removed
    [InlineData("مـــصـر", "مصر")]         // tatweel removed
    [InlineData("أحمد", "احمد")]           // alef with hamza above
    [InlineData("إسلام", "اسلام")]         // alef with hamza below
    [InlineData("آمن", "امن")]             // alef with madda
    [InlineData("ٱلله", "الله")]           // alef wasla
    [InlineData("مستشفى", "مستشفي")]       // alef maksura folded to yeh
    [InlineData("مدرسة", "مدرسه")]         // teh marbuta folded to heh
    [InlineData("٢٠١٥", "2015")]           // Arabic-Indic digits
    [InlineData("۱۳۹۴", "1394")]           // Persian digits
    [InlineData("٣٫٥٪", "3.5%")]           // Arabic decimal separator and percent sign
    [InlineData("کی", "كي")]               // Persian kaf and yeh
    [InlineData("\uFEFB", "لا")]           // presentation form: lam-alef ligature
    [InlineData("\uFE91\uFEF4\uFE96", "بيت")] // presentation forms: contextual letter shapes
    [InlineData("\u0648\u0654", "ؤ")]      // decomposed hamza on waw
    [InlineData("\u064A\u0654", "ئ")]      // decomposed hamza on yeh
    [InlineData("\u0649\u0654", "ئ")]      // decomposed hamza on alef maksura
    [InlineData("\u0627\u0654", "ا")]      // decomposed hamza on alef, then the alef rule
    [InlineData("CNN News", "cnn news")]   // Latin lower-cased
    [InlineData("Élysée", "élysée")]       // Latin with accents lower-cased
    [InlineData("بيت\u200Cها", "بيتها")]   // zero-width non-joiner removed
    [InlineData("السلام", "السلام")]       // already normal: unchanged
    public void Should_apply_each_rule(string input, string expected)
    {
        // Given a word showing one phenomenon
        // When it is normalized
        var result = ArabicNormalizer.Normalize(input);

        // Then the rule for that phenomenon applied
        result.Should().Be(expected);
    }

    [SkippableFact]
    public void Should_pass_the_lucene_normalization_pairs()
    {
        // Given Lucene's normalization test pairs
        var pairs = ReadPairs(SharedData.PathOrSkip("lucene-arabic/normalization_pairs.tsv"));

        // When each input is normalized
        var failures = pairs.Where(p => ArabicNormalizer.Normalize(p.Input) != p.Expected).ToList();

        // Then every pair matches
        pairs.Should().HaveCount(14);
        failures.Should().BeEmpty();
    }

    [Fact]
    public void Should_give_the_same_result_with_spans_as_with_strings()
    {
        // Given text with presentation forms, diacritics and a decomposed hamza
        const string text = "قالَ \uFEFB ﷺ و\u0654 ٢٠١٥";
        Span<char> buffer = stackalloc char[ArabicNormalizer.GetMaxNormalizedLength(text.Length)];

        // When it is normalized into a span
        var written = ArabicNormalizer.Normalize(text, buffer);

        // Then the span holds the string form
        new string(buffer[..written]).Should().Be(ArabicNormalizer.Normalize(text));
    }

    [Fact]
    public void Should_return_the_same_instance_when_already_normal()
    {
        // Given normalized text
        const string text = "وزير الخارجيه";

        // When it is normalized
        var result = ArabicNormalizer.Normalize(text);

        // Then nothing was copied
        result.Should().BeSameAs(text);
    }

    [Property(Arbitrary = [typeof(ArabicTextArbitrary)])]
    public bool Should_be_idempotent(string text)
    {
        // Given any text; When normalized twice; Then the second pass changes nothing
        var once = ArabicNormalizer.Normalize(text);
        return ArabicNormalizer.Normalize(once) == once && ArabicNormalizer.IsNormalized(once);
    }

    internal static List<(string Input, string Expected)> ReadPairs(string path) =>
        [.. File.ReadLines(path).Skip(1).Where(l => l.Contains('\t', StringComparison.Ordinal)).Select(l => l.Split('\t')).Select(f => (f[0], f[1]))];
}
