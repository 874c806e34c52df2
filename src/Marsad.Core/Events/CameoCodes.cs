using System.Collections.Frozen;
using System.Globalization;

namespace Marsad.Core.Events;

/// <summary>
/// The CAMEO event code table with Goldstein weights, quad classes and PLOVER types, read
/// from <c>Resources/Events/cameo-codes.tsv</c> (rebuilt from ../shared/data by the
/// <c>build-codes</c> bench harness; format in docs/ontology.md).
/// </summary>
public sealed class CameoCodes
{
    /// <summary>The embedded file name.</summary>
    public const string FileName = "cameo-codes.tsv";

    private static readonly Lazy<CameoCodes> LazyDefault = new(() =>
    {
        using var reader = EventResources.Open(FileName);
        return Load(reader, FileName);
    });

    private readonly FrozenDictionary<string, CameoCode> _byCode;

    private CameoCodes(IReadOnlyList<CameoCode> all)
    {
        All = all;
        _byCode = all.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
    }

    /// <summary>The table embedded in Marsad.Core.</summary>
    public static CameoCodes Default => LazyDefault.Value;

    /// <summary>Every code, in file order.</summary>
    public IReadOnlyList<CameoCode> All { get; }

    /// <summary>The code <paramref name="code"/>; throws <see cref="KeyNotFoundException"/> for an unknown code.</summary>
    public CameoCode Get(string code) =>
        TryGet(code, out var found) ? found : throw new KeyNotFoundException($"unknown CAMEO event code '{code}'");

    /// <summary>Looks up <paramref name="code"/>; false for an unknown code.</summary>
    public bool TryGet(string code, out CameoCode found)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _byCode.TryGetValue(code, out found!);
    }

    /// <summary>
    /// Reads a table: tab-separated <c>code, quad_class, goldstein, plover, mode, context, name</c>,
    /// <c>-</c> for an empty field, <c>#</c> comments.
    /// </summary>
    /// <exception cref="EventResourceException">A line is malformed; the message names file and line.</exception>
    public static CameoCodes Load(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var codes = new List<CameoCode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, f) in EventResources.DataLines(reader))
        {
            if (f.Length != 7)
            {
                throw new EventResourceException(fileName, line, $"expected 7 tab-separated fields, found {f.Length}");
            }
            var code = f[0];
            if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit))
            {
                throw new EventResourceException(fileName, line, $"'{code}' is not a CAMEO code of 2 to 4 digits");
            }
            if (!seen.Add(code))
            {
                throw new EventResourceException(fileName, line, $"code {code} appears twice");
            }
            var root = int.Parse(code.AsSpan(0, 2), CultureInfo.InvariantCulture);
            if (root is < 1 or > 20)
            {
                throw new EventResourceException(fileName, line, $"root {root} is outside 01-20");
            }
            if (!int.TryParse(f[1], CultureInfo.InvariantCulture, out var quad) || quad != QuadClassOf(root))
            {
                throw new EventResourceException(fileName, line, $"quad class '{f[1]}' does not match root {root:00}");
            }
            if (!double.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var goldstein) || goldstein is < -10 or > 10)
            {
                throw new EventResourceException(fileName, line, $"Goldstein weight '{f[2]}' is not a number in -10..10");
            }
            PloverType? plover = null;
            if (f[3] != "-")
            {
                plover = PloverTypes.TryParse(f[3], out var p)
                    ? p
                    : throw new EventResourceException(fileName, line, $"'{f[3]}' is not a PLOVER type");
            }
            codes.Add(new CameoCode(code, f[6], goldstein, quad, plover, Dash(f[4]), Dash(f[5])));
        }
        return codes.Count == 0
            ? throw new EventResourceException(fileName, 0, "the table holds no code")
            : new CameoCodes(codes);
    }

    /// <summary>The quad class of a CAMEO root: 01-05 → 1, 06-08 → 2, 09-14 → 3, 15-20 → 4.</summary>
    public static int QuadClassOf(int root) => root switch
    {
        >= 1 and <= 5 => 1,
        >= 6 and <= 8 => 2,
        >= 9 and <= 14 => 3,
        >= 15 and <= 20 => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(root), root, "CAMEO roots are 01 to 20"),
    };

    private static string? Dash(string field) => field is "-" or "" ? null : field;
}
