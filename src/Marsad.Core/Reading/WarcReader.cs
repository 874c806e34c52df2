using System.Buffers;
using System.Globalization;

namespace Marsad.Core.Reading;

/// <summary>
/// Reads WARC 1.0/1.1 archives (and WET files, which are WARC) record by record:
/// <c>response</c> records with an HTML payload and <c>resource</c> records of HTML become
/// HTML pages, <c>conversion</c> records (WET) text pages; every other record is skipped.
/// </summary>
/// <remarks>
/// Only one record's payload is in memory at a time. A record whose header cannot be read
/// is reported and the reader looks for the next line starting <c>WARC/1.</c>; a stream that
/// ends inside a record ends the archive with one error.
/// </remarks>
internal sealed class WarcReader(Stream stream, string name, bool compressed, ReadOptions options) : IRecordReader
{
    /// <summary>A page payload above this size is reported, not read.</summary>
    public const long MaxPayloadBytes = 64L * 1024 * 1024;

    private readonly ByteLineReader _reader = new(stream);
    private string? _pendingLine;
    private long _pendingOffset;
    private int _record;
    private bool _done;

    /// <inheritdoc/>
    public int RecordsRead { get; private set; }

    /// <inheritdoc/>
    public ReadResult? Next()
    {
        while (!_done)
        {
            if (!TryReadRecord(out var result))
            {
                _done = true;
                return null;
            }
            if (result is not null)
            {
                return result;
            }
        }
        return null;
    }

    private string Origin => $"{name}#{_record}";

    private bool TryReadRecord(out ReadResult? result)
    {
        result = null;
        var (line, offset) = NextHeaderLine();
        if (line is null)
        {
            return false;
        }
        _record++;
        if (!line.StartsWith("WARC/", StringComparison.Ordinal))
        {
            result = ReadResult.Fail(Origin, $"not a WARC record header at byte offset {offset}");
            Resync();
            return true;
        }
        var header = WarcHeader.Read(_reader);
        if (header is null)
        {
            result = Truncated(0, 0);
            return true;
        }
        if (header.ContentLength is not { } length)
        {
            result = ReadResult.Fail(Origin, "missing or invalid Content-Length");
            Resync();
            return true;
        }
        var blockEnd = _reader.Offset + length;
        result = header.Type switch
        {
            "response" => ReadResponse(header, blockEnd),
            "resource" when header.ContentType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true => ReadPage(header, blockEnd, ContentKind.Html, header.ContentType),
            "conversion" => ReadPage(header, blockEnd, ContentKind.Text, header.ContentType),
            _ => null,
        };
        if (_done)
        {
            return true;
        }
        if (_reader.Offset > blockEnd)
        {
            result ??= ReadResult.Fail(Origin, "record longer than its Content-Length");
            Resync();
            return true;
        }
        var remaining = blockEnd - _reader.Offset;
        if (_reader.Skip(remaining) < remaining)
        {
            result = Truncated(length, length - remaining);
            return true;
        }
        RecordsRead++;
        return true;
    }

    private delegate ReadResult? PayloadHandler(ReadOnlySpan<byte> payload);

    private ReadResult? ReadResponse(WarcHeader header, long blockEnd)
    {
        var blockStart = _reader.Offset;
        var head = HttpResponseHead.Read(_reader, blockEnd);
        if (head is null)
        {
            return _reader.Offset < blockEnd
                ? Truncated(blockEnd - blockStart, _reader.Offset - blockStart)
                : ReadResult.Fail(Origin, "unreadable HTTP response header");
        }
        if (!head.IsSuccess || head.IsHtml == false)
        {
            return null;
        }
        return WithBody(blockEnd, blockStart, body =>
        {
            byte[]? decoded = null;
            if (HttpPayload.NeedsDecoding(body, head))
            {
                decoded = HttpPayload.Decode(body, head, MaxPayloadBytes);
                if (decoded is null)
                {
                    return ReadResult.Fail(Origin, $"HTTP payload cannot be decoded (Content-Encoding {head.ContentEncoding ?? "none"}, chunked {head.Chunked})");
                }
            }
            var payload = decoded is null ? body : decoded;
            if (head.IsHtml is null && InputSniffer.Sniff(payload, "") != InputFormat.Html)
            {
                return null;
            }
            return ToPage(header, payload, ContentKind.Html, head.ContentType);
        });
    }

    private ReadResult? ReadPage(WarcHeader header, long blockEnd, ContentKind kind, string? contentType) =>
        WithBody(blockEnd, _reader.Offset, body => ToPage(header, body, kind, contentType));

    private ReadResult? ToPage(WarcHeader header, ReadOnlySpan<byte> payload, ContentKind kind, string? contentType)
    {
        if (payload.Trim(" \t\r\n"u8).IsEmpty)
        {
            return null;
        }
        if (InputSniffer.LooksBinary(payload[..Math.Min(payload.Length, InputSniffer.HeadLength)]))
        {
            return ReadResult.Fail(Origin, "binary content, not a page");
        }
        var page = new RawPage
        {
            Origin = Origin,
            Content = CharsetDecoder.Decode(payload, CharsetDecoder.CharsetOf(contentType), kind == ContentKind.Html),
            Kind = kind,
            Url = header.TargetUri,
            FetchDate = header.Date,
        };
        return ReadResult.Ok(options.Apply(page));
    }

    // The payload lives in a pooled buffer only while the handler turns it into a page.
    private ReadResult? WithBody(long blockEnd, long blockStart, PayloadHandler handler)
    {
        var length = blockEnd - _reader.Offset;
        if (length > MaxPayloadBytes)
        {
            return ReadResult.Fail(Origin, $"payload of {length / (1024 * 1024)} MB is larger than {MaxPayloadBytes / (1024 * 1024)} MB, skipped");
        }
        var rented = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            var body = rented.AsSpan(0, (int)length);
            if (_reader.ReadBlock(body) < length)
            {
                return Truncated(blockEnd - blockStart, _reader.Offset - blockStart);
            }
            return handler(body);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private ReadResult Truncated(long declared, long found)
    {
        _done = true;
        return compressed
            ? ReadResult.Fail(name, $"truncated gzip stream after record {RecordsRead}")
            : ReadResult.Fail(Origin, declared > 0
                ? $"truncated record: {declared.ToString(CultureInfo.InvariantCulture)} bytes declared, the file ends after {found.ToString(CultureInfo.InvariantCulture)}"
                : "truncated record: the file ends inside its header");
    }

    private (string? Line, long Offset) NextHeaderLine()
    {
        if (_pendingLine is { } pending)
        {
            _pendingLine = null;
            return (pending, _pendingOffset);
        }
        while (true)
        {
            var offset = _reader.Offset;
            var line = _reader.ReadLine();
            if (line is null || line.Length > 0)
            {
                return (line, offset);
            }
        }
    }

    private void Resync()
    {
        while (true)
        {
            var offset = _reader.Offset;
            if (_reader.ReadLine() is not { } line)
            {
                return;
            }
            if (line.StartsWith("WARC/1.", StringComparison.Ordinal))
            {
                (_pendingLine, _pendingOffset) = (line, offset);
                return;
            }
        }
    }
}
