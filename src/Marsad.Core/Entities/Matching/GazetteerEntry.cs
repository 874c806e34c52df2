using Marsad.Core.Entities.Knowledge;

namespace Marsad.Core.Entities.Matching;

/// <summary>What one gazetteer phrase stands for; exactly the member its kind needs is set.</summary>
internal sealed record GazetteerEntry(
    GazetteerEntryKind Kind,
    Actor? Actor = null,
    Country? Country = null,
    Title? Title = null,
    Institution? Institution = null,
    Seat? Seat = null);
