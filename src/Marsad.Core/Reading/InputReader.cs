using System.IO.Compression;

namespace Marsad.Core.Reading;

/// <summary>
/// Reads every input the contract names (files, folders recursively, <c>-</c> for
/// stdin) and yields one <see cref="ReadResult"/> per page or per broken record.
/// </summary>
/// <remarks>
/// The format is sniffed from the content (gzip first, then WARC, ZIP, feed, JSON Lines,
/// JSON array, HTML, text; the extension breaks ties), so a <c>.txt</c> that holds HTML is
/// read as HTML. A ZIP archive is read like a folder: <c>archive.zip/entry#N</c>.
/// The sequence is lazy and holds one record at a time. Bad input never throws: a file
/// that cannot be opened, a broken record or a cut archive becomes a failure naming the
/// file and the record, and the records before and after it are still yielded.
/// </remarks>
public sealed class InputReader(ReadOptions options)
{
    private readonly ReadOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>Reads the given paths in order; folders are walked recursively in ordinal order; <c>-</c> is stdin.</summary>
    public IEnumerable<ReadResult> Read(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            foreach (var result in ReadPath(path))
            {
                yield return result;
            }
        }
    }

    /// <summary>Reads one input from <paramref name="stream"/>, which it disposes; <paramref name="name"/> is the origin (and its extension breaks ties).</summary>
    public IEnumerable<ReadResult> Read(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        return ReadStream(stream, name);
    }

    private IEnumerable<ReadResult> ReadPath(string path)
    {
        if (path == "-")
        {
            return ReadStream(Console.OpenStandardInput(), path);
        }
        if (Directory.Exists(path))
        {
            return ReadFolder(path);
        }
        return File.Exists(path) ? ReadFile(path) : [ReadResult.Fail(path, "no such file or folder")];
    }

    private IEnumerable<ReadResult> ReadFolder(string folder)
    {
        string[] files;
        try
        {
            files = [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Fail(folder, $"cannot list the folder: {e.Message}")];
        }
        return files.SelectMany(ReadFile);
    }

    private IEnumerable<ReadResult> ReadFile(string path)
    {
        Stream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        }
        catch (UnauthorizedAccessException)
        {
            return [ReadResult.Fail(path, "permission denied")];
        }
        catch (Exception e) when (e is IOException or System.Security.SecurityException)
        {
            return [ReadResult.Fail(path, $"cannot open: {e.Message}")];
        }
        return ReadStream(stream, path);
    }

    private IEnumerable<ReadResult> ReadStream(Stream raw, string name)
    {
        using var owned = raw;
        var (reader, compressed, error) = Open(raw, name);
        if (reader is null)
        {
            yield return error!.Value;
            yield break;
        }
        using var disposable = reader as IDisposable;
        while (true)
        {
            ReadResult? result;
            var last = false;
            try
            {
                result = reader.Next();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Whatever a malformed input provokes, it must cost that input only, never the batch.
                result = StreamFailure(name, compressed, reader.RecordsRead, e);
                last = true;
            }
            if (result is null)
            {
                yield break;
            }
            yield return result.Value;
            if (last)
            {
                yield break;
            }
        }
    }

    private (IRecordReader? Reader, bool Compressed, ReadResult? Error) Open(Stream raw, string name)
    {
        try
        {
            var (stream, head, headLength) = Peek(raw);
            var compressed = InputSniffer.IsGzip(head.AsSpan(0, headLength));
            if (compressed)
            {
                (stream, head, headLength) = Peek(new GZipStream(stream, CompressionMode.Decompress));
            }
            if (headLength == 0)
            {
                return (null, compressed, ReadResult.Fail(name, compressed ? "empty file (gzip with no content)" : "empty file"));
            }
            var bareName = InputSniffer.WithoutGzip(name);
            IRecordReader reader = InputSniffer.Sniff(head.AsSpan(0, headLength), bareName) switch
            {
                InputFormat.Warc => new WarcReader(stream, name, compressed, _options),
                InputFormat.Zip => new ZipReader(Seekable(raw, stream, compressed), name, ReadStream),
                InputFormat.JsonLines => new JsonLinesReader(stream, name, _options),
                InputFormat.JsonArray => new JsonArrayReader(stream, name, _options),
                InputFormat.Feed => new FeedReader(stream, name, _options),
                InputFormat.Html => new SinglePageReader(stream, name, ContentKind.Html, _options),
                _ => new SinglePageReader(stream, name, ContentKind.Text, _options),
            };
            return (reader, compressed, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, false, StreamFailure(name, e is InvalidDataException, 0, e));
        }
    }

    // ZIP keeps its directory at the end: a file is used as it is, anything else is spooled to a temporary file.
    private static Stream Seekable(Stream raw, Stream sniffed, bool compressed)
    {
        if (!compressed && raw.CanSeek)
        {
            raw.Position = 0;
            return raw;
        }
        var spool = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        sniffed.CopyTo(spool);
        spool.Position = 0;
        return spool;
    }

    private static (Stream Stream, byte[] Head, int Length) Peek(Stream stream)
    {
        var head = new byte[InputSniffer.HeadLength];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return (new PrefixedStream(head, length, stream), head, length);
    }

    private static ReadResult StreamFailure(string name, bool compressed, int recordsRead, Exception e) => e switch
    {
        InvalidDataException when compressed => ReadResult.Fail(name, $"corrupt gzip stream after record {recordsRead}"),
        InvalidDataException => ReadResult.Fail(name, $"corrupt data after record {recordsRead}: {e.Message}"),
        UnauthorizedAccessException => ReadResult.Fail(name, "permission denied"),
        IOException => ReadResult.Fail(name, $"read error after record {recordsRead}: {e.Message}"),
        _ => ReadResult.Fail(name, $"cannot be read after record {recordsRead}: {e.Message}"),
    };
}
