using Marsad.Core.Language;

namespace Marsad.Core.Tests.Language;

/// <summary>How a word segments, as the clitic tests assert it.</summary>
internal static class SegmentedWord
{
    /// <summary>Asserts that <paramref name="word"/>, normalized and segmented, has these proclitics (joined with +), base and enclitic.</summary>
    public static void ShouldBe(string word, string prefixes, string baseWord, string suffix)
    {
        // Given a normalized word
        var normalized = ArabicNormalizer.Normalize(word);

        // When it is segmented
        var s = CliticSegmenter.Segment(normalized);
        Span<char> buffer = stackalloc char[normalized.Length];
        var written = s.WriteBase(normalized, buffer);

        // Then proclitics, base and enclitic are the expected ones
        string.Join('+', Clitics.ListOf(s.Proclitics)).Should().Be(prefixes);
        new string(buffer[..written]).Should().Be(baseWord);
        Clitics.TextOf(s.Enclitic).Should().Be(suffix);
    }
}
