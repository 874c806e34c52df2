namespace Marsad.Core.Reading;

/// <summary>
/// Reads an input that is one page (<c>.txt</c>, <c>.html</c>): all its bytes, decoded
/// by <see cref="CharsetDecoder"/>, as one page whose origin is the path.
/// </summary>
internal sealed class SinglePageReader(Stream stream, string name, ContentKind kind, ReadOptions options) : IRecordReader
{
    /// <summary>A page above this size is reported, not read.</summary>
    public const long MaxPageBytes = 64L * 1024 * 1024;

    private bool _done;

    /// <inheritdoc/>
    public int RecordsRead { get; private set; }

    /// <inheritdoc/>
    public ReadResult? Next()
    {
        if (_done)
        {
            return null;
        }
        _done = true;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > MaxPageBytes)
            {
                return ReadResult.Fail(name, $"a single page larger than {MaxPageBytes / (1024 * 1024)} MB, not read");
            }
            buffer.Write(chunk, 0, read);
        }
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.Trim(" \t\r\n\f"u8).IsEmpty)
        {
            return ReadResult.Fail(name, "empty file");
        }
        if (InputSniffer.LooksBinary(bytes[..Math.Min(bytes.Length, InputSniffer.HeadLength)]))
        {
            return ReadResult.Fail(name, "binary content, not a page");
        }
        var content = CharsetDecoder.Decode(bytes, declaredCharset: null, isHtml: kind == ContentKind.Html);
        RecordsRead = 1;
        return ReadResult.Ok(options.Apply(new RawPage { Origin = name, Content = content, Kind = kind }));
    }
}
