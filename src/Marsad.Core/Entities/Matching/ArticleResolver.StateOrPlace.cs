using Marsad.Core.Entities.Knowledge;

namespace Marsad.Core.Entities.Matching;

internal sealed partial class ArticleResolver
{
    // Bare state names that places.tsv also gives to a place of another state (عمان: Oman and Amman), by mention index.
    private List<(int Index, Actor Place, GazetteerMatch Match)>? _statesOrPlaces;

    /// <summary>
    /// Notes a bare state name that a hand-written place of another state also bears (places.tsv: عمان is Oman's name and
    /// Amman's), for <see cref="ResolveStatesOrPlaces"/>; the state stays the default.
    /// </summary>
    private void NoteStateOrPlace(GazetteerMatch match, Actor state)
    {
        foreach (var entry in match.Entries)
        {
            if (entry is { Kind: GazetteerEntryKind.PlaceName, Actor: { Population: null } place } && place.Country is not null
                && place.Country != state.Country)
            {
                (_statesOrPlaces ??= []).Add((_mentions.Count - 1, place, match));
                return;
            }
        }
    }

    /// <summary>
    /// A bare «عمان» is Amman, not Oman, in an article about Jordan: the article names the place's state by another mention
    /// (الأردن، الأردنية، الملك عبدالله الثاني، العاصمة الأردنية عمان) and names the state by no other (سلطنة عمان، العماني، مسقط،
    /// السلطان قابوس): of 40 event sentences naming a bare عمان, 19 meant Amman (evname28). A name coordinated with another
    /// state's name (والأردن، وعمان، والكويت) stays the state: a list of states, not a city.
    /// </summary>
    private void ResolveStatesOrPlaces()
    {
        if (_statesOrPlaces is null)
        {
            return;
        }
        var noted = _statesOrPlaces.Select(s => s.Index).ToHashSet();
        foreach (var (index, place, match) in _statesOrPlaces)
        {
            var state = _mentions[index].Country;
            var placeNamed = false;
            var stateNamed = false;
            for (var k = 0; k < _mentions.Count; k++)
            {
                if (!noted.Contains(k))
                {
                    placeNamed |= _mentions[k].Country == place.Country;
                    stateNamed |= _mentions[k].Country == state;
                }
            }
            // عُمان with its damma is written as Oman's name.
            if (placeNamed && !stateNamed && !InListOfStates(index) && !_mentions[index].Text.Contains('\u064F', StringComparison.Ordinal))
            {
                var (type, name, id, country, code) = PlaceFields(place, ActsAsGovernment(match));
                _mentions[index] = _mentions[index] with { Type = type, Name = name, Id = id, Country = country, Code = code };
            }
        }
    }

    /// <summary>
    /// A mention next to a state's own name, with only و or a comma between (الأردن وعمان، وعمان، والكويت), or alone in brackets
    /// after a person's name, as a list of winners gives each one's state (أحمد الشكيلي (عمان)، حسان العتيبي (السعودية)).
    /// </summary>
    private bool InListOfStates(int index)
    {
        var mention = _mentions[index];
        if (mention.Start > 0 && mention.End < text.Length && text[mention.Start - 1] == '(' && text[mention.End] == ')')
        {
            return true;
        }
        return (index > 0 && IsStateName(_mentions[index - 1]) && OnlyListSeparators(_mentions[index - 1].End, mention.Start))
            || (index + 1 < _mentions.Count && IsStateName(_mentions[index + 1]) && OnlyListSeparators(mention.End, _mentions[index + 1].Start));
    }

    // A state as itself (its name or nisba: the code is the bare state code), not a capital, a person or a body.
    private static bool IsStateName(EntityMention mention) =>
        mention is { Type: EntityType.Gpe, Country: { } country, Code: { } code } && code == country;

    private bool OnlyListSeparators(int from, int to)
    {
        if (to < from || to - from > 4)
        {
            return false;
        }
        foreach (var c in text.AsSpan(from, to - from))
        {
            if (c is not (' ' or '،' or ',' or 'و'))
            {
                return false;
            }
        }
        return true;
    }
}
