using System.Buffers.Binary;
using System.Globalization;
using Marsad.Core.Documents;
using Marsad.Core.Language;
using Marsad.Core.Stories;
using Marsad.Storage.Search;

namespace Marsad.Storage;

/// <summary>
/// What the store writes of a document beyond its fields, computed ahead of the write (on the
/// ingest's worker threads, so the single writer only runs SQL): the document JSON, the search
/// terms, the near-duplicate signature and the lead sentences for story summaries.
/// </summary>
public sealed class PreparedDocument
{
    private static readonly MinHasher Hasher = new();

    private PreparedDocument()
    {
    }

    /// <summary>The document JSON as stored: without its text, which <c>articles.text</c> holds once.</summary>
    internal string Json { get; private init; } = "";

    /// <summary>Search stems of the headline.</summary>
    internal string TitleStems { get; private init; } = "";

    /// <summary>Search stems of the text.</summary>
    internal string BodyStems { get; private init; } = "";

    /// <summary>Unstemmed search names of the headline, then of the text.</summary>
    internal string Names { get; private init; } = "";

    /// <summary>The MinHash signature as stored (120 × uint32 little-endian), or null when the text has no shingle.</summary>
    internal byte[]? Signature { get; private init; }

    /// <summary>The lead sentences as stored: 'start:end' offsets, space-separated.</summary>
    internal string Leads { get; private init; } = "";

    /// <summary>Prepares <paramref name="document"/> for the store. Thread-safe.</summary>
    public static PreparedDocument Of(Document document) => Of(document, null);

    /// <summary>
    /// Prepares <paramref name="document"/> for the store, reusing <paramref name="analysis"/> of its
    /// text when given (<see cref="Core.Pipeline.ProcessAnalyzed"/>) instead of analyzing it again. Thread-safe.
    /// </summary>
    public static PreparedDocument Of(Document document, AnalyzedText? analysis)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (analysis is null || !string.Equals(analysis.Text, document.Text, StringComparison.Ordinal))
        {
            analysis = ArabicAnalyzer.Default.Analyze(document.Text);
        }
        // The same terms SqliteSearchIndex.Index computes, computed here to take them off the writer thread.
        var title = SearchTerms.Index(document.Title);
        var body = SearchTerms.Index(analysis);
        return new PreparedDocument
        {
            Json = DocumentJson.Serialize(document with { Text = "" }),
            TitleStems = title.Stems,
            BodyStems = body.Stems,
            Names = title.Names + body.Names,
            Signature = SignatureOf(document.Text),
            Leads = LeadsText(StorySummarizer.Leads(analysis)),
        };
    }

    /// <summary>The story features of a text as stored: its signature (null without shingles) and its lead sentences.</summary>
    internal static (byte[]? Signature, string Leads) Features(string text) =>
        (SignatureOf(text), LeadsText(StorySummarizer.Leads(text)));

    private static byte[]? SignatureOf(string text)
    {
        var shingles = Shingler.Shingles(text);
        return shingles.Length == 0 ? null : SignatureBytes(Hasher.Signature(shingles));
    }

    private static string LeadsText(IReadOnlyList<(int Start, int End)> leads) =>
        string.Join(' ', leads.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Start}:{l.End}")));

    internal static byte[] SignatureBytes(uint[] signature)
    {
        var bytes = new byte[signature.Length * 4];
        for (var i = 0; i < signature.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 4), signature[i]);
        }
        return bytes;
    }

    internal static uint[] ReadSignature(byte[]? bytes)
    {
        if (bytes is null)
        {
            return [];
        }
        var signature = new uint[bytes.Length / 4];
        for (var i = 0; i < signature.Length; i++)
        {
            signature[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i * 4));
        }
        return signature;
    }

    internal static List<string> ReadLeads(string leads, string text)
    {
        var result = new List<string>(StorySummarizer.LeadSentences);
        foreach (var pair in leads.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            var start = int.Parse(pair.AsSpan(0, colon), CultureInfo.InvariantCulture);
            var end = int.Parse(pair.AsSpan(colon + 1), CultureInfo.InvariantCulture);
            result.Add(text[start..end]);
        }
        return result;
    }

    /// <summary>Reads a stored document JSON back, its text put back from <c>articles.text</c>.</summary>
    internal static Document ReadDocument(string json, string text)
    {
        var document = DocumentJson.Deserialize(json)!;
        // Stores written before schema 4 kept the text in the JSON too.
        return document.Text.Length > 0 ? document : document with { Text = text };
    }
}
