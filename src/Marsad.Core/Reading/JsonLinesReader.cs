using System.Text;
using System.Text.Json;

namespace Marsad.Core.Reading;

/// <summary>
/// Reads JSON Lines: one record object a line, its fields as <see cref="JsonRecord"/>
/// reads them. Record numbers are line numbers; blank lines are skipped.
/// </summary>
internal sealed class JsonLinesReader(Stream stream, string name, ReadOptions options) : IRecordReader
{
    private readonly StreamReader _lines = new(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
    private int _line;

    /// <inheritdoc/>
    public int RecordsRead => _line;

    /// <inheritdoc/>
    public ReadResult? Next()
    {
        while (_lines.ReadLine() is { } line)
        {
            _line++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                return ReadLine(line);
            }
        }
        return null;
    }

    private ReadResult ReadLine(string line)
    {
        var origin = $"{name}#{_line}";
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return ReadResult.Fail(origin, $"invalid JSON (line {_line}, position {CharacterPosition(line, e.BytePositionInLine ?? 0)})");
        }
        using (document)
        {
            return JsonRecord.ToResult(document.RootElement, origin, options);
        }
    }

    // The parser counts UTF-8 bytes; people count characters (an Arabic letter is two bytes).
    private static long CharacterPosition(string line, long bytePosition)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        return Encoding.UTF8.GetCharCount(bytes, 0, (int)Math.Min(bytePosition, bytes.Length)) + 1;
    }
}
