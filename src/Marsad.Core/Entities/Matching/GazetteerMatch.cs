namespace Marsad.Core.Entities.Matching;

/// <summary>
/// The longest phrase of the gazetteer starting at a token.
/// </summary>
/// <param name="TokenIndex">The index of the first token.</param>
/// <param name="TokenCount">How many tokens the phrase covers.</param>
/// <param name="CliticLength">How many normalized characters of proclitics (و، ب، لل...) precede the phrase in its first token.</param>
/// <param name="Entries">What the phrase names, in <see cref="GazetteerEntryKind"/> order.</param>
internal readonly record struct GazetteerMatch(int TokenIndex, int TokenCount, int CliticLength, IReadOnlyList<GazetteerEntry> Entries)
{
    public int NextIndex => TokenIndex + TokenCount;

    public bool Has(GazetteerEntryKind kind)
    {
        foreach (var e in Entries)
        {
            if (e.Kind == kind)
            {
                return true;
            }
        }
        return false;
    }

    public GazetteerEntry? First(GazetteerEntryKind kind)
    {
        foreach (var e in Entries)
        {
            if (e.Kind == kind)
            {
                return e;
            }
        }
        return null;
    }
}
