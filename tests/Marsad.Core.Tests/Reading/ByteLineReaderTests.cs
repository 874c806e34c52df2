using System.Text;
using Marsad.Core.Reading;

namespace Marsad.Core.Tests.Reading;

public sealed class ByteLineReaderTests
{
    [Fact]
    public void Should_read_lines_without_their_line_ends_and_count_the_offset()
    {
        // Given CR LF and LF lines and a last line without an end
        var reader = new ByteLineReader(new MemoryStream(Encoding.ASCII.GetBytes("WARC/1.0\r\nA: b\n\r\nlast")));

        // When every line is read
        var lines = new List<string?> { reader.ReadLine(), reader.ReadLine(), reader.ReadLine(), reader.ReadLine(), reader.ReadLine() };

        // Then line ends are dropped, the end of the stream is null, and the offset is the whole input
        lines.Should().Equal("WARC/1.0", "A: b", "", "last", null);
        reader.Offset.Should().Be(21);
    }

    [Fact]
    public void Should_cut_a_line_longer_than_the_buffer_and_go_on_after_it()
    {
        // Given a line of 100,000 bytes between two short ones
        var longLine = new string('x', 100_000);
        var reader = new ByteLineReader(new MemoryStream(Encoding.ASCII.GetBytes($"first\n{longLine}\nnext\n")));

        // When three lines are read
        var first = reader.ReadLine();
        var cut = reader.ReadLine();
        var next = reader.ReadLine();

        // Then the long line is kept up to the limit and the next line is intact
        first.Should().Be("first");
        cut.Should().HaveLength(ByteLineReader.MaxLineLength);
        next.Should().Be("next");
    }

    [Fact]
    public void Should_read_and_skip_blocks_across_buffer_refills()
    {
        // Given a header line, a 200,000-byte block and a trailer line
        var block = Enumerable.Range(0, 200_000).Select(i => (byte)(i % 251)).ToArray();
        byte[] input = [.. "head\n"u8, .. block, .. block, .. "tail\n"u8];
        var reader = new ByteLineReader(new MemoryStream(input));

        // When the line is read, the first block read, the second skipped
        reader.ReadLine();
        var copy = new byte[block.Length];
        var read = reader.ReadBlock(copy);
        var skipped = reader.Skip(block.Length);

        // Then the bytes are exact and the trailer follows
        read.Should().Be(block.Length);
        copy.Should().Equal(block);
        skipped.Should().Be(block.Length);
        reader.ReadLine().Should().Be("tail");
        reader.Skip(10).Should().Be(0);
    }
}
