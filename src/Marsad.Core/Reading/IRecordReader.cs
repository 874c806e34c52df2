namespace Marsad.Core.Reading;

/// <summary>
/// One format's reader over one input stream: yields its records one at a time so that
/// an archive of any size is never held in memory.
/// </summary>
internal interface IRecordReader
{
    /// <summary>How many records were read completely so far, for errors that cut the stream.</summary>
    int RecordsRead { get; }

    /// <summary>The next page or broken record, or null at the end of the input.</summary>
    ReadResult? Next();
}
