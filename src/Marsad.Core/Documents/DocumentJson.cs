using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Marsad.Core.Documents;

/// <summary>
/// The one JSON shape of documents (and of their parts) that every output uses:
/// snake_case names, nulls written out, Arabic left readable rather than escaped.
/// </summary>
public static class DocumentJson
{
    /// <summary>Options for one-line JSON output (JSON Lines).</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Arabic text stays readable; the output is JSON, never embedded raw in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    /// <summary>The document as one line of JSON.</summary>
    public static string Serialize(Document document) => JsonSerializer.Serialize(document, Options);

    /// <summary>Reads a document written by <see cref="Serialize"/>.</summary>
    public static Document? Deserialize(string json) => JsonSerializer.Deserialize<Document>(json, Options);
}
