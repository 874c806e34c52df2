using System.Collections.Frozen;
using Marsad.Core.Language;

namespace Marsad.Core.Events.Coding;

/// <summary>
/// The function words and generic agents the argument rules read
/// (<c>Resources/Events/Coding/roles.tsv</c>, format in docs/event-coding.md), matched on the
/// analyzer's normalized base (clitics and the article removed).
/// </summary>
public sealed class RoleWords
{
    /// <summary>The embedded file name, relative to the events resources.</summary>
    public const string FileName = "Coding/roles.tsv";

    private static readonly Lazy<RoleWords> LazyDefault = new(() =>
    {
        using var reader = EventResources.Open(FileName);
        return Load(reader, FileName);
    });

    // A word may be of several kinds (ضد is background and a preposition): one bit per kind. More than 64 kinds were foreseen,
    // so the mask is 128 bits wide; the loader refuses an enum that outgrows it.
    private readonly FrozenDictionary<string, UInt128> _kinds;
    private readonly FrozenDictionary<string, UInt128>.AlternateLookup<ReadOnlySpan<char>> _kindsBySpan;
    private readonly FrozenDictionary<string, string> _sectors;

    // The first words of the entries of two words or more (الجماعات in الجماعات المسلحة): a pair whose first word is none of
    // these is no entry, and is not joined into a string to be looked up.
    private readonly FrozenSet<string> _pairHeads;

    private RoleWords(FrozenDictionary<string, UInt128> kinds, FrozenDictionary<string, string> sectors)
    {
        _kinds = kinds;
        _kindsBySpan = kinds.GetAlternateLookup<ReadOnlySpan<char>>();
        _sectors = sectors;
        _pairHeads = kinds.Keys.Where(k => k.Contains(' ', StringComparison.Ordinal)).Select(k => k[..k.IndexOf(' ', StringComparison.Ordinal)])
            .ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The embedded word list.</summary>
    public static RoleWords Default => LazyDefault.Value;

    /// <summary>True when the normalized base <paramref name="norm"/> is a word of kind <paramref name="kind"/>.</summary>
    public bool Is(string norm, RoleWordKind kind) => _kinds.TryGetValue(norm, out var k) && (k & Bit(kind)) != UInt128.Zero;

    /// <summary>As <see cref="Is(string, RoleWordKind)"/> for a word held in a span (no string made).</summary>
    public bool Is(ReadOnlySpan<char> norm, RoleWordKind kind) => _kindsBySpan.TryGetValue(norm, out var k) && (k & Bit(kind)) != UInt128.Zero;

    /// <summary>
    /// True when the word <paramref name="word"/> is of kind <paramref name="kind"/>, also when the analyzer left a و or ف on it:
    /// it does not split و from a base that itself opens with و (ووقع، ووقعت), so the bare word is tried too.
    /// </summary>
    public bool Is(Token word, RoleWordKind kind)
    {
        ArgumentNullException.ThrowIfNull(word);
        var norm = word.Norm;
        return Is(norm, kind) || (word.Prefixes.Count == 0 && norm.Length > 3 && norm[0] is 'و' or 'ف' && Is(norm[1..], kind));
    }

    /// <summary>True when some word of kind <paramref name="kind"/> begins <paramref name="norm"/> (stems: تبن in تبنته).</summary>
    public bool StartsWithAny(string norm, RoleWordKind kind, out int stemLength)
    {
        for (var n = norm.Length; n > 0; n--)
        {
            if (Is(norm[..n], kind))
            {
                stemLength = n;
                return true;
            }
        }
        stemLength = 0;
        return false;
    }

    private static UInt128 Bit(RoleWordKind kind) => UInt128.One << (int)kind;

    /// <summary>
    /// The CAMEO sector code of the generic agent <paramref name="norm"/> (<c>CVL</c>, <c>MIL</c>), or country and sector for a
    /// group named by its own origin (<c>ISRCVL</c> for settlers); null when it is none.
    /// </summary>
    public string? SectorOf(string norm) => Is(norm, RoleWordKind.Agent) ? _sectors.GetValueOrDefault(norm) : null;

    /// <summary>The sector of the generic agent of two words <paramref name="first"/> <paramref name="second"/> (الجماعات المسلحة), as
    /// <see cref="SectorOf(string)"/> of the two joined by a space; null when they are none.</summary>
    public string? SectorOf(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return _pairHeads.Contains(first) ? SectorOf(first + " " + second) : null;
    }

    /// <summary>The CAMEO sector code of the anaphor <paramref name="norm"/> (بلاد → <c>GOV</c>); null when it is none.</summary>
    public string? AnaphorSectorOf(string norm) => Is(norm, RoleWordKind.Anaphor) ? _sectors.GetValueOrDefault(norm) : null;

    /// <summary>The code of the led coalition fighting in the state <paramref name="country"/> (ISO code: YEM → <c>SAUMIL</c>), as
    /// its leader's military; null when none is listed.</summary>
    public string? CoalitionIn(string country)
    {
        // The word was normalized on loading, which lower-cases Latin letters (yem).
        var norm = ArabicNormalizer.Normalize(country);
        return Is(norm, RoleWordKind.Theatre) ? _sectors.GetValueOrDefault(norm) : null;
    }

    /// <summary>Reads a word list: tab-separated <c>kind, word, sector, gloss</c>; <c>-</c> for an empty field, <c>#</c> comments.</summary>
    /// <exception cref="EventResourceException">A line is malformed; the message names file and line.</exception>
    public static RoleWords Load(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (Enum.GetValues<RoleWordKind>().Any(k => (int)k is < 0 or >= 128))
        {
            throw new InvalidOperationException("RoleWordKind has outgrown the 128-bit mask of RoleWords: widen the mask");
        }
        var kinds = new Dictionary<string, UInt128>(StringComparer.Ordinal);
        var sectors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (line, f) in EventResources.DataLines(reader))
        {
            if (f.Length != 4)
            {
                throw new EventResourceException(fileName, line, $"expected 4 tab-separated fields (kind, word, sector, gloss), found {f.Length}");
            }
            if (!LowerCaseEnum.TryParse<RoleWordKind>(f[0], out var kind))
            {
                throw new EventResourceException(fileName, line, $"'{f[0]}' is not a word kind ({LowerCaseEnum.Names<RoleWordKind>()})");
            }
            var word = ArabicNormalizer.Normalize(f[1].Trim());
            var bits = kinds.GetValueOrDefault(word);
            if (word.Length == 0 || (bits & Bit(kind)) != UInt128.Zero || (bits != UInt128.Zero && (kind is RoleWordKind.Agent or RoleWordKind.Anaphor || sectors.ContainsKey(word))))
            {
                throw new EventResourceException(fileName, line, $"word '{f[1]}' is empty, listed twice in its kind, or an agent or anaphor listed in another kind too");
            }
            kinds[word] = bits | Bit(kind);
            var hasSector = f[2] != "-";
            // A theatre (a state's ISO code) carries the code of the coalition fighting there: a country and a role (SAUMIL).
            if (hasSector != (kind is RoleWordKind.Agent or RoleWordKind.Anaphor or RoleWordKind.Theatre)
                || (hasSector && (!((f[2].Length == 3 && kind != RoleWordKind.Theatre) || (f[2].Length == 6 && kind is RoleWordKind.Agent or RoleWordKind.Theatre)) || !f[2].All(char.IsAsciiLetterUpper))))
            {
                throw new EventResourceException(fileName, line, $"sector '{f[2]}': an agent or anaphor needs a three-letter CAMEO role code (an agent may carry its country first: ISRCVL), a theatre a country and role (SAUMIL), other kinds '-'");
            }
            if (hasSector)
            {
                sectors[word] = f[2];
            }
        }
        return new RoleWords(kinds.ToFrozenDictionary(StringComparer.Ordinal), sectors.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
