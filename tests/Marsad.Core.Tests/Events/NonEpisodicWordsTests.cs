using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// The word lists of the non-episodic and history rules (<see cref="NonEpisodicWords"/>, <c>Resources/Events/non-episodic.tsv</c>):
/// how a file is read, and that a malformed line is reported with its file and line.
/// </summary>
public sealed class NonEpisodicWordsTests
{
    private const string Header = "# a comment\n\n";

    private static NonEpisodicWords Read(string text) => NonEpisodicWords.Load(new StringReader(text), "test.tsv");

    [Fact]
    public void Should_read_each_kind_normalized_and_pieces_as_written()
    {
        // Given a file with a word list, a habit pair and pieces, written with ة and hamza
        var words = Read(Header
            + "near\tمؤخرا حاليا\t-\trecently, now\n"
            + "habit-pair\tكل\tسنة مرة\tevery year, every time\n"
            + "piece\tأيار سنة\t-\tas written\n");

        // Then the words match in their normalized form only, the pair only in its order, the pieces as written
        words.Is("حاليا", NonEpisodicKind.Near).Should().BeTrue();
        words.Is("حالي", NonEpisodicKind.Near).Should().BeFalse("a list is matched word for word, not by prefix");
        words.Is("حاليا", NonEpisodicKind.Last).Should().BeFalse();
        words.IsHabitPair("كل", "سنه").Should().BeTrue();
        words.IsHabitPair("كل", "مره").Should().BeTrue();
        words.IsHabitPair("سنه", "كل").Should().BeFalse();
        "في أيار الماضي".AsSpan().IndexOfAny(words.Pieces).Should().Be(3);
        "في ايار الماضي".AsSpan().IndexOfAny(words.Pieces).Should().Be(-1, "pieces are not normalized");
    }

    [Fact]
    public void Should_load_the_embedded_lists()
    {
        // Given the embedded file
        var words = NonEpisodicWords.Default;

        // Then every kind the rules read has words
        foreach (var kind in Enum.GetValues<NonEpisodicKind>().Where(k => k is not NonEpisodicKind.HabitPair and not NonEpisodicKind.Piece))
        {
            var listed = File.ReadAllLines(EmbeddedPath()).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'))
                .Where(f => KindOf(f[0]) == kind).SelectMany(f => f[1].Split(' ')).ToList();
            listed.Should().NotBeEmpty($"kind {kind} is read by a rule");
            listed.Should().OnlyContain(w => words.Is(w, kind));
        }
    }

    [Theory]
    [InlineData("للمره")]
    [InlineData("المره")]
    public void Should_list_the_time_words_before_a_relative(string word)
    {
        // Given the embedded lists (speed19: moved from NonEpisodic.TimeAntecedent)
        // Then "the time" before a relative is an occasion word, and a habit word is not
        NonEpisodicWords.Default.Is(word, NonEpisodicKind.Occasion).Should().BeTrue();
        NonEpisodicWords.Default.Is("سنويا", NonEpisodicKind.Occasion).Should().BeFalse();
    }

    [Theory]
    [InlineData("near\tمؤخرا\t-", "expected 4 tab-separated fields")]
    [InlineData("recent\tمؤخرا\t-\tgloss", "'recent' is not a kind")]
    [InlineData("near\t \t-\tgloss", "no words")]
    [InlineData("habit-pair\tكل\t-\tgloss", "next:")]
    [InlineData("near\tمؤخرا\tالان\tgloss", "next:")]
    [InlineData("near\tمؤخرا حاليا مؤخرا\t-\tgloss", "listed twice")]
    public void Should_name_the_file_and_line_of_a_malformed_line(string line, string message)
    {
        // Given a valid first line and a malformed third one
        var text = "last\tالماضي\t-\tlast\n\n" + line + "\n";

        // When it is read
        var read = () => Read(text);

        // Then the error names the file, the line and what is wrong
        read.Should().Throw<EventResourceException>().Where(e => e.Message.StartsWith("test.tsv:3: ", StringComparison.Ordinal) && e.Message.Contains(message, StringComparison.Ordinal) && e.Line == 3);
    }

    private static NonEpisodicKind KindOf(string name) =>
        Enum.GetValues<NonEpisodicKind>().Single(k => string.Concat(k.ToString().Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString())) == name);

    private static string EmbeddedPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "src", "Marsad.Core", "Resources", "Events", NonEpisodicWords.FileName);
            if (File.Exists(path))
            {
                return path;
            }
        }
        throw new FileNotFoundException(NonEpisodicWords.FileName);
    }
}
