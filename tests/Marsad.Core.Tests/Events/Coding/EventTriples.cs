using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>Events at the level the gold set scores them: (source country, target country, PLOVER type).</summary>
internal static class EventTriples
{
    public static IEnumerable<(string? Source, string? Target, PloverType Plover)> Triples(IEnumerable<Event> events) =>
        events.Select(e => (GoldScore.Country(e.Source), GoldScore.Country(e.Target), e.Plover));
}
