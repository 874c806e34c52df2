using System.Globalization;

namespace Marsad.Core.Entities.Knowledge;

/// <summary>One data line of a knowledge-base file, with the checks every loader needs.</summary>
internal readonly record struct TsvRow(string File, int Line, string[] Fields)
{
    public string this[int index] => index < Fields.Length ? Fields[index].Trim() : "";

    public KnowledgeBaseException Error(string problem) => new(File, Line, problem);

    public string Required(int index, string what) =>
        this[index] is { Length: > 0 } value ? value : throw Error($"missing {what} (field {index + 1})");

    public string? Optional(int index) => this[index] is { Length: > 0 } value ? value : null;

    public IReadOnlyList<string> List(int index) =>
        this[index].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string? WikidataId(int index)
    {
        var value = Optional(index);
        if (value is null)
        {
            return null;
        }
        return value.Length > 1 && value[0] == 'Q' && value.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0
            ? value
            : throw Error($"'{value}' is not a Wikidata id (Q followed by digits)");
    }

    public string Iso3(int index)
    {
        var value = Required(index, "ISO3 code");
        return IsIso3(value) ? value : throw Error($"'{value}' is not an ISO3 code (three capital letters)");
    }

    // A CAMEO actor code: three-letter groups of capitals (IGO, IGOUNO, SAUMIL, USAGOVLEG); null when the field is empty.
    public string? CameoCode(int index)
    {
        var value = Optional(index);
        if (value is null)
        {
            return null;
        }
        return value.Length % 3 == 0 && value.Length <= 15 && value.AsSpan().IndexOfAnyExceptInRange('A', 'Z') < 0
            ? value
            : throw Error($"'{value}' is not a CAMEO code (groups of three capital letters)");
    }

    public double? Coordinate(int index, double limit)
    {
        var value = Optional(index);
        if (value is null)
        {
            return null;
        }
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && Math.Abs(v) <= limit
            ? v
            : throw Error($"'{value}' is not a coordinate between -{limit} and {limit}");
    }

    public DateOnly Date(int index, string what)
    {
        var value = Required(index, what);
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw Error($"'{value}' is not a date (yyyy-mm-dd) for {what}");
    }

    public TEnum Enum<TEnum>(int index, string what)
        where TEnum : struct, System.Enum
    {
        var value = Required(index, what);
        return System.Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed)
            ? parsed
            : throw Error($"unknown {what} '{value}' (expected one of {string.Join(", ", System.Enum.GetNames<TEnum>())})");
    }

    public static bool IsIso3(string value) =>
        value.Length == 3 && value.AsSpan().IndexOfAnyExceptInRange('A', 'Z') < 0;
}
