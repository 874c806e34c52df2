using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Marsad.Core.Documents;
using Marsad.Core.Events;
using Marsad.Storage;
using Microsoft.AspNetCore.Http;

namespace Marsad.Web;

/// <summary>Parses query parameters strictly: anything unusable becomes a <see cref="BadParameterException"/> (400), never a 500.</summary>
internal static partial class QueryArgs
{
    private static readonly Dictionary<string, PloverType> Types = Enum.GetValues<PloverType>()
        .ToDictionary(TypeName, StringComparer.OrdinalIgnoreCase);

    /// <summary>The PLOVER type as the contract spells it (<c>CONSULT</c>).</summary>
    public static string TypeName(PloverType type) => JsonSerializer.Serialize(type, DocumentJson.Options).Trim('"');

    /// <summary>Every PLOVER type name, in enum order.</summary>
    public static IEnumerable<string> TypeNames => Types.Keys;

    public static string? Text(HttpRequest request, string name)
    {
        var value = request.Query[name].ToString().Trim();
        if (value.Length > 500)
        {
            throw new BadParameterException($"'{name}' is too long (at most 500 characters)");
        }
        return value.Length == 0 ? null : value;
    }

    public static DateOnly? Date(HttpRequest request, string name) => Text(request, name) is not { } s ? null
        : DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new BadParameterException($"'{name}' must be a date like 2020-03-05");

    public static int Int(HttpRequest request, string name, int fallback, int min, int max) => Text(request, name) is not { } s ? fallback
        : int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n
        : throw new BadParameterException($"'{name}' must be a whole number from {min} to {max}");

    public static bool Flag(HttpRequest request, string name) => Text(request, name) switch
    {
        null or "false" or "0" => false,
        "true" or "1" => true,
        _ => throw new BadParameterException($"'{name}' must be true or false"),
    };

    public static PloverType? Type(HttpRequest request, string name = "type") => Text(request, name) is not { } s ? null
        : Types.TryGetValue(s, out var t) ? t
        : throw new BadParameterException($"'{name}' must be a PLOVER type such as CONSULT");

    public static EventFilter Events(HttpRequest request) => new()
    {
        Actor = Text(request, "actor"),
        Target = Text(request, "target"),
        Type = Type(request),
        From = Date(request, "from"),
        To = Date(request, "to"),
    };

    /// <summary>True for ids the store can hold (content hashes and the like): anything else cannot exist, so it is a 404 without a lookup.</summary>
    public static bool IsId(string id) => IdPattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9_-]{1,128}$")]
    private static partial Regex IdPattern();
}
