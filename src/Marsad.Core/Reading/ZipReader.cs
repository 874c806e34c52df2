using System.IO.Compression;

namespace Marsad.Core.Reading;

/// <summary>
/// Reads a ZIP archive as a folder: each file entry, in ordinal order of its name, is read
/// as an input of its own (sniffed, decompressed, split into records), its origin
/// <c>archive.zip/entry</c>.
/// </summary>
/// <param name="seekable">The archive; ZIP keeps its directory at the end, so it must seek.</param>
/// <param name="name">The archive's origin.</param>
/// <param name="readEntry">Reads one entry's stream under a name: the reader's own dispatch.</param>
internal sealed class ZipReader(Stream seekable, string name, Func<Stream, string, IEnumerable<ReadResult>> readEntry) : IRecordReader, IDisposable
{
    private ZipArchive? _archive;
    private IEnumerator<ZipArchiveEntry>? _entries;
    private IEnumerator<ReadResult>? _current;

    /// <inheritdoc/>
    public int RecordsRead { get; private set; }

    /// <inheritdoc/>
    public ReadResult? Next()
    {
        if (_archive is null)
        {
            if (_entries is not null)
            {
                return null;
            }
            try
            {
                _archive = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
            }
            catch (InvalidDataException e)
            {
                _entries = Enumerable.Empty<ZipArchiveEntry>().GetEnumerator();
                return ReadResult.Fail(name, $"not a readable ZIP archive ({e.Message.TrimEnd('.')})");
            }
        }
        _entries ??= _archive.Entries
            .Where(e => !e.FullName.EndsWith('/'))
            .OrderBy(e => e.FullName, StringComparer.Ordinal)
            .GetEnumerator();
        while (true)
        {
            if (_current is not null)
            {
                if (_current.MoveNext())
                {
                    return _current.Current;
                }
                _current.Dispose();
                _current = null;
                RecordsRead++;
            }
            if (!_entries.MoveNext())
            {
                return null;
            }
            var entry = _entries.Current;
            var entryName = $"{name}/{entry.FullName}";
            try
            {
                _current = readEntry(entry.Open(), entryName).GetEnumerator();
            }
            catch (InvalidDataException e)
            {
                RecordsRead++;
                return ReadResult.Fail(entryName, $"cannot be decompressed: {e.Message}");
            }
        }
    }

    /// <summary>Closes the entry being read and the archive, also when the reading stops early.</summary>
    public void Dispose()
    {
        _current?.Dispose();
        _entries?.Dispose();
        _archive?.Dispose();
        seekable.Dispose();
    }
}
