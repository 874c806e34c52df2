using System.Text;

namespace Marsad.Core.Reading;

/// <summary>
/// A buffered reader of lines and byte blocks over a forward-only stream, for the
/// line-and-length framing of WARC records and HTTP messages. Counts the bytes it
/// consumed, so errors can name an offset.
/// </summary>
internal sealed class ByteLineReader(Stream stream)
{
    /// <summary>Longer header lines are cut here; the rest of the line is dropped.</summary>
    public const int MaxLineLength = 64 * 1024;

    private readonly byte[] _buffer = new byte[MaxLineLength];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>Bytes consumed from the stream so far (the offset of the next byte).</summary>
    public long Offset { get; private set; }

    /// <summary>The next line as Latin-1 text without its CR LF, or null at the end of the stream.</summary>
    public string? ReadLine()
    {
        var dropping = false;
        string? kept = null;
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var line = dropping ? kept! : Encoding.Latin1.GetString(_buffer, _start, newline);
                Consume(newline + 1);
                return line.TrimEnd('\r');
            }
            if (_end - _start == _buffer.Length)
            {
                kept ??= Encoding.Latin1.GetString(_buffer, _start, _end - _start);
                dropping = true;
                Consume(_end - _start);
            }
            if (!Fill())
            {
                if (_end == _start)
                {
                    return kept;
                }
                var rest = Encoding.Latin1.GetString(_buffer, _start, _end - _start);
                Consume(_end - _start);
                return dropping ? kept : rest;
            }
        }
    }

    /// <summary>Reads up to <paramref name="destination"/>'s length; fewer bytes only at the end of the stream.</summary>
    public int ReadBlock(Span<byte> destination)
    {
        var total = 0;
        while (total < destination.Length)
        {
            if (_end == _start && !Fill())
            {
                break;
            }
            var n = Math.Min(destination.Length - total, _end - _start);
            _buffer.AsSpan(_start, n).CopyTo(destination[total..]);
            Consume(n);
            total += n;
        }
        return total;
    }

    /// <summary>Skips up to <paramref name="count"/> bytes; returns how many were there.</summary>
    public long Skip(long count)
    {
        long skipped = 0;
        while (skipped < count)
        {
            if (_end == _start && !Fill())
            {
                break;
            }
            var n = (int)Math.Min(count - skipped, _end - _start);
            Consume(n);
            skipped += n;
        }
        return skipped;
    }

    private void Consume(int count)
    {
        _start += count;
        Offset += count;
    }

    private bool Fill()
    {
        if (_eof)
        {
            return false;
        }
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }
        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
            return false;
        }
        _end += read;
        return true;
    }
}
