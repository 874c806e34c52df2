using System.Globalization;
using System.Text.Json;

namespace Marsad.Core.Reading;

/// <summary>
/// Reads a JSON array of record objects (<c>[{...}, {...}]</c>, as dataset dumps are
/// published) one element at a time, each as <see cref="JsonRecord"/> reads it; record
/// numbers count elements from 1.
/// </summary>
/// <remarks>
/// Only one element is held at a time: the buffer grows to the largest element, never to
/// the array. Malformed JSON ends the array with one error, since nothing after it can be
/// trusted to be an element boundary.
/// </remarks>
internal sealed class JsonArrayReader(Stream stream, string name, ReadOptions options) : IRecordReader
{
    /// <summary>An element above this size is reported, and ends the array.</summary>
    public const int MaxElementBytes = 64 * 1024 * 1024;

    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private long _offset;
    private bool _eof;
    private bool _inArray;
    private bool _done;
    private JsonReaderState _state;

    /// <inheritdoc/>
    public int RecordsRead { get; private set; }

    /// <inheritdoc/>
    public ReadResult? Next()
    {
        while (!_done)
        {
            var step = TryStep(out var result);
            if (step == Step.NeedMore && !Fill())
            {
                _done = true;
                return ReadResult.Fail(name, $"the JSON array ends early, after element {RecordsRead}");
            }
            if (step == Step.Produced)
            {
                return result;
            }
        }
        return null;
    }

    private enum Step
    {
        Produced,
        NeedMore,
        Continue,
    }

    private Step TryStep(out ReadResult? result)
    {
        result = null;
        if (!_inArray && _buffer.AsSpan(_start, _end - _start).StartsWith("\xEF\xBB\xBF"u8))
        {
            _start += 3;
            _offset += 3;
        }
        var data = _buffer.AsSpan(_start, _end - _start);
        var reader = new Utf8JsonReader(data, _eof, _state);
        try
        {
            if (!reader.Read())
            {
                return Step.NeedMore;
            }
            if (!_inArray)
            {
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    _done = true;
                    result = ReadResult.Fail(name, "not a JSON array of records");
                    return Step.Produced;
                }
                _inArray = true;
                Commit(reader);
                return Step.Continue;
            }
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                _done = true;
                return Step.Continue;
            }
            var elementStart = (int)reader.TokenStartIndex;
            if (!reader.TrySkip())
            {
                return Step.NeedMore;
            }
            var element = data[elementStart..(int)reader.BytesConsumed];
            RecordsRead++;
            var origin = $"{name}#{RecordsRead}";
            var jsonReader = new Utf8JsonReader(element);
            using (var document = JsonDocument.ParseValue(ref jsonReader))
            {
                result = JsonRecord.ToResult(document.RootElement, origin, options);
            }
            Commit(reader);
            return Step.Produced;
        }
        catch (JsonException e)
        {
            _done = true;
            var at = (_offset + (e.LineNumber == 0 ? e.BytePositionInLine ?? 0 : 0)).ToString(CultureInfo.InvariantCulture);
            result = ReadResult.Fail($"{name}#{RecordsRead + 1}", $"invalid JSON after element {RecordsRead} (near byte offset {at})");
            return Step.Produced;
        }
    }

    private void Commit(Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        _offset += reader.BytesConsumed;
        _state = reader.CurrentState;
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
        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxElementBytes)
            {
                throw new InvalidDataException($"a JSON element larger than {MaxElementBytes / (1024 * 1024)} MB");
            }
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        _eof = read == 0;
        _end += read;
        return true;
    }
}
