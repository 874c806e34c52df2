using Marsad.Core.Language;

namespace Marsad.Core.Tests.Language;

public sealed class WordListTests
{
    [Fact]
    public void Should_normalize_words_and_skip_comments()
    {
        // Given a list with a comment, a blank line and words in any spelling
        using var reader = new StringReader("# comment\n\nأحمد\nمدرسة\n");

        // When it is read
        var list = WordList.Read(reader, "test.txt");

        // Then the words are found by their normal form only
        list.Count.Should().Be(2);
        list.Contains("احمد").Should().BeTrue();
        list.Contains("مدرسه").Should().BeTrue();
        list.Contains("comment").Should().BeFalse();
    }

    [Fact]
    public void Should_name_the_file_and_line_of_a_bad_entry()
    {
        // Given a list whose third line holds two words
        using var reader = new StringReader("بيت\nقلم\nبيت كبير\n");

        // When it is read
        var read = () => WordList.Read(reader, "names.txt");

        // Then the error names the file and the line
        read.Should().Throw<InvalidDataException>().WithMessage("names.txt:3:*");
    }
}
