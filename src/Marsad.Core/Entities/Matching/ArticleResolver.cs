using Marsad.Core.Entities.Knowledge;

namespace Marsad.Core.Entities.Matching;

/// <summary>
/// One article's pass over its tokens: finds gazetteer matches left to right, applies the
/// context rules and remembers whom the article has named, for coreference.
/// </summary>
internal sealed partial class ArticleResolver(
    KnowledgeBase kb,
    Gazetteer gazetteer,
    string text,
    IReadOnlyList<GazetteerToken> tokens,
    DateOnly? date,
    IReadOnlyList<EntityMention> candidates,
    Country? outlet)
{
    private static readonly HashSet<string> Locatives = new(StringComparer.Ordinal)
    {
        "في", "من", "الي", "حتي", "داخل", "قرب", "نحو", "حول", "عبر", "بين", "وسط", "شمال", "جنوب", "شرق", "غرب",
        "مدينه", "العاصمه", "عاصمه", "ريف", "ضواحي", "محيط", "سفاره", "سفارتها", "مطار", "جامعه",
    };

    /// <summary>
    /// Words after which a state name that is also a common word (مالي، بنين) is the state:
    /// prepositions of place, region nouns and state nouns (في مالي، شمال مالي، رئيس بنين).
    /// SaudiNewsNet: about 150 such contexts of مالي and بنين; all 66 checked by hand name the state.
    /// </summary>
    private static readonly HashSet<string> StateContexts = new(StringComparer.Ordinal)
    {
        "في", "من", "الي", "حتي", "داخل", "نحو", "عبر",
        "شمال", "جنوب", "شرق", "غرب", "وسط", "دوله", "جمهوريه", "حكومه", "رئيس", "شعب",
    };

    /// <summary>Common words shaped like feminine verbs (ت-initial or ت-final) that are not verbs.</summary>
    private static readonly HashSet<string> NotVerbs = new(StringComparer.Ordinal)
    {
        "تحت", "تجاه", "تلك", "تلقاء", "بيروت", "وقت", "بيت", "ذات", "بات", "تم", "تمت", "مات",
    };

    /// <summary>How close (in characters between the two) a state must be named to move a hand-written place: a word or two.</summary>
    private const int NextToPlace = 12;

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?؟\n");

    private static readonly HashSet<string> Patronymics = new(StringComparer.Ordinal) { "بن", "ابن", "بنت" };

    private readonly List<EntityMention> _mentions = [];

    /// <summary>The state (iso3) of the place the article named last, for a title that names its region's state alone (أمير المنطقة).</summary>
    private string? _lastPlaceState;

    private List<(int Index, List<Actor> Places, bool ActsAsGovernment)>? _ambiguousPlaces;
    /// <summary>How far back (in tokens) a title alone may refer: about one news article.</summary>
    private const int BareTitleReach = 250;

    private readonly List<Actor> _people = [];
    private readonly List<int> _peopleLastToken = [];

    // The token after each named person's last mention (parallel to _people), to see a title in apposition.
    private readonly List<int> _peopleEndToken = [];
    private readonly List<(int Start, Country Country, string Code)> _titleSlots = [];

    public IReadOnlyList<EntityMention> Run()
    {
        var i = 0;
        while (i < tokens.Count)
        {
            i = gazetteer.Match(tokens, i) is { } match ? Handle(match) : i + 1;
        }
        ResolveStatesOrPlaces();
        ResolveAmbiguousPlaces();
        MergeCandidates();
        _mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return _mentions;
    }

    private int Handle(GazetteerMatch match)
    {
        if (match.Has(GazetteerEntryKind.Title))
        {
            return HandleTitle(match);
        }
        if (match.First(GazetteerEntryKind.Institution)?.Institution is { } institution && match.Entries.Count == 1)
        {
            return HandleInstitution(match, institution);
        }
        Link(match);
        return match.NextIndex;
    }

    private int HandleInstitution(GazetteerMatch match, Institution institution)
    {
        if (match.NextIndex < tokens.Count && gazetteer.Match(tokens, match.NextIndex) is { CliticLength: 0 } next
            && IsDefinite(next) && next.First(GazetteerEntryKind.Nisba)?.Country is { } country)
        {
            var state = kb.FindActor(country.Iso3)!;
            Emit(match, next, EntityType.Org, institution.NameFor(country), null, state.Country, country.Iso3 + institution.CameoRole);
            return next.NextIndex;
        }
        return match.NextIndex;
    }

    private void Link(GazetteerMatch match)
    {
        var kind = match.Entries[0].Kind;
        if (kind is GazetteerEntryKind.PersonName or GazetteerEntryKind.PersonShortName or GazetteerEntryKind.PersonContextName
            && match.CliticLength == 0 && match.TokenIndex > 0 && Patronymics.Contains(tokens[match.TokenIndex - 1].Norm))
        {
            // بندر بن عبدالله بن عبدالعزيز: a name after بن is the father's, inside someone else's name.
            return;
        }
        if (kind is GazetteerEntryKind.PersonShortName or GazetteerEntryKind.PersonContextName && IsAnotherPersonsSurname(match, kind))
        {
            return; // the tagger's span (جون هاموند) stays, unlinked
        }
        if (kind == GazetteerEntryKind.Nisba && IsFamilyNisba(match))
        {
            return; // الدكتور محمد المصري: a family name, not Egypt
        }
        if (kind == GazetteerEntryKind.Nisba && IsTitledFamilyNisba(match))
        {
            // الدكتور التركي: a person named by title and family name, not Turkey; unlinked, as the tagger's names are.
            Emit(match, match, EntityType.Person, null, null, null, null);
            return;
        }
        switch (kind)
        {
            case GazetteerEntryKind.PersonName:
            case GazetteerEntryKind.PersonShortName:
            case GazetteerEntryKind.PersonContextName:
                if (ChoosePerson(match, kind, null) is { } person)
                {
                    EmitPerson(match, match, person, null);
                }
                else if (kind == GazetteerEntryKind.PersonName)
                {
                    Emit(match, match, EntityType.Person, null, null, null, null);
                }
                break;
            case GazetteerEntryKind.OrganizationName when !IsMannerPhrase(match):
                var org = match.Entries[0].Actor!;
                Emit(match, match, EntityType.Org, org.Name, org.WikidataId, org.Country, org.Code);
                break;
            case GazetteerEntryKind.OrganizationContextName when LastNamed(match) is { } coalition:
                Emit(match, match, EntityType.Org, coalition.Name, coalition.WikidataId, coalition.Country, coalition.Code);
                break;
            case GazetteerEntryKind.StateName:
            case GazetteerEntryKind.Nisba:
                var state = match.Entries[0].Actor!;
                Emit(match, match, EntityType.Gpe, state.Name, state.WikidataId, state.Country, state.Code);
                if (kind == GazetteerEntryKind.StateName && match.Entries.Count > 1)
                {
                    NoteStateOrPlace(match, state);
                }
                break;
            case GazetteerEntryKind.StateNameInContext when InStateContext(match):
                var named = match.Entries[0].Actor!;
                Emit(match, match, EntityType.Gpe, named.Name, named.WikidataId, named.Country, named.Code);
                break;
            case GazetteerEntryKind.OwnStateWord when outlet is not null && NamesOutletState(match, outlet):
                var own = kb.FindActor(outlet.Iso3)!;
                Emit(match, match, EntityType.Gpe, own.Name, own.WikidataId, own.Country, own.Code);
                break;
            case GazetteerEntryKind.Seat:
                var seatState = kb.FindActor(match.Entries[0].Seat!.Iso3)!;
                Emit(match, match, EntityType.Org, seatState.Name, seatState.WikidataId, seatState.Country, seatState.Country + "GOV");
                break;
            case GazetteerEntryKind.PlaceName:
                LinkPlace(match);
                break;
            default:
                break;
        }
    }

    /// <summary>
    /// التحالف after التحالف العربي or التحالف الدولي: the organization the back-reference name may stand for that the article
    /// named last, or null when it named none of them, or when a definite masculine nisba follows (التحالف الوطني، التحالف الكردي:
    /// another alliance the knowledge base does not know; a feminine one agrees with the noun before, طائرات التحالف الحربية).
    /// </summary>
    private Actor? LastNamed(GazetteerMatch match)
    {
        if (match.NextIndex < tokens.Count && Adjacent(tokens[match.NextIndex - 1], tokens[match.NextIndex])
            && tokens[match.NextIndex].Norm is { Length: > 4 } next && next.StartsWith("ال", StringComparison.Ordinal)
            && next.EndsWith('ي'))
        {
            return null;
        }
        for (var k = _mentions.Count - 1; k >= 0; k--)
        {
            foreach (var entry in match.Entries)
            {
                if (entry.Kind == GazetteerEntryKind.OrganizationContextName && entry.Actor!.Name == _mentions[k].Name
                    && _mentions[k].Type == EntityType.Org)
                {
                    return entry.Actor;
                }
            }
        }
        return null;
    }

    private void LinkPlace(GazetteerMatch match)
    {
        var places = PlacesOf(match);
        var actsAsGovernment = ActsAsGovernment(match);
        EmitPlace(match, places[0], actsAsGovernment);
        if (places.Skip(1).Any(p => p.Country != places[0].Country))
        {
            (_ambiguousPlaces ??= []).Add((_mentions.Count - 1, places, actsAsGovernment));
        }
    }

    /// <summary>
    /// The places a phrase names, the default first: a hand-written place of places.tsv (no population:
    /// the city news means, طرابلس Libya's, ليون Lyon), then a capital (كوبنهاغن, which world-cities-ar
    /// also gives to Kobe), then the larger population (رفح: Palestine's 171,899 before Egypt's 80,823).
    /// </summary>
    private List<Actor> PlacesOf(GazetteerMatch match) =>
        match.Entries.Where(e => e.Kind == GazetteerEntryKind.PlaceName)
            .Select(e => e.Actor!)
            .Distinct()
            .OrderByDescending(a => a.Population is null)
            .ThenByDescending(a => a.Location is not null)
            .ThenByDescending(a => kb.CapitalOf.ContainsKey(a.Id))
            .ThenByDescending(a => a.Population ?? 0)
            .ToList();

    private void EmitPlace(GazetteerMatch match, Actor place, bool actsAsGovernment)
    {
        _lastPlaceState = place.Country ?? _lastPlaceState;
        var (type, name, id, country, code) = PlaceFields(place, actsAsGovernment);
        Emit(match, match, type, name, id, country, code);
    }

    // What a mention of a place says: its state's government when it is a capital acting as one (موسكو ترفض), else the place.
    private (EntityType Type, string? Name, string? Id, string? Country, string? Code) PlaceFields(Actor place, bool actsAsGovernment)
    {
        if (kb.CapitalOf.TryGetValue(place.Id, out var country) && actsAsGovernment)
        {
            var state = kb.FindActor(country.Iso3)!;
            return (EntityType.Gpe, state.Name, state.WikidataId, state.Country, state.Country + "GOV");
        }
        return (place.Type, place.Name, place.WikidataId, place.Country, null);
    }

    /// <summary>
    /// A name of places in several states (رفح in Egypt and Palestine, طرابلس in Libya and Lebanon) is
    /// the place in the state named nearest to it in the same sentence, before or after, by a mention
    /// with an actor code (the state, its nisba, people or bodies: شمال لبنان، السلطات المصرية); other
    /// places do not count (لندن وسيدني وفانكوفر is not London, Canada). A hand-written default (the city
    /// news means: London, Tripoli of Libya) gives way only to a state named right next to it
    /// (طرابلس شمال لبنان), not anywhere in the sentence (لندن بمشاركة خبراء من كندا). Otherwise the
    /// default of <see cref="PlacesOf"/> stays.
    /// </summary>
    private void ResolveAmbiguousPlaces()
    {
        if (_ambiguousPlaces is null)
        {
            return;
        }
        var ambiguous = _ambiguousPlaces.Select(a => a.Index).ToHashSet();
        foreach (var (index, places, actsAsGovernment) in _ambiguousPlaces)
        {
            var mention = _mentions[index];
            Actor? best = null;
            var bestDistance = places[0].Population is null ? NextToPlace + 1 : int.MaxValue;
            for (var k = 0; k < _mentions.Count; k++)
            {
                var other = _mentions[k];
                if (ambiguous.Contains(k) || other.Country is null || other.Code is null)
                {
                    continue;
                }
                var (from, to) = other.End <= mention.Start ? (other.End, mention.Start) : (mention.End, other.Start);
                if (to < from || text.AsSpan(from, to - from).IndexOfAny(SentenceEnds) >= 0)
                {
                    continue;
                }
                var distance = to - from;
                if (distance < bestDistance && places.Find(p => p.Country == other.Country) is { } place)
                {
                    (best, bestDistance) = (place, distance);
                }
            }
            if (best is null || best == places[0])
            {
                continue;
            }
            var (type, name, id, country, code) = PlaceFields(best, actsAsGovernment);
            _mentions[index] = mention with { Type = type, Name = name, Id = id, Country = country, Code = code };
        }
    }

    /// <summary>
    /// A state name that is also a common word is the state after the clitic ب (بمالي) or right
    /// after a preposition of place, a region noun or a state noun, bare or with و (في مالي، وشمال مالي).
    /// </summary>
    private bool InStateContext(GazetteerMatch match)
    {
        if (tokens[match.TokenIndex].Norm.AsSpan(0, match.CliticLength).Contains('ب'))
        {
            return true;
        }
        if (match.CliticLength > 0 || match.TokenIndex == 0)
        {
            return false;
        }
        var previous = tokens[match.TokenIndex - 1].Norm;
        return StateContexts.Contains(previous)
            || (previous.Length > 2 && previous[0] == 'و' && StateContexts.Contains(previous[1..]));
    }

    /// <summary>
    /// A word like المملكة names the outlet's state when that state's name begins with it (a
    /// Saudi, Jordanian or Moroccan outlet; not an Egyptian one) and nothing names another state
    /// after it: no state, nisba or place (المملكة الأردنية) and no definite adjective in ـية
    /// (المملكة العربية، المملكة الهاشمية، المملكة الحيوانية).
    /// </summary>
    private bool NamesOutletState(GazetteerMatch match, Country state)
    {
        var word = tokens[match.TokenIndex].Norm[match.CliticLength..];
        if (!kb.OwnStateWords.Contains(word))
        {
            word = "ال" + word; // لل restored the article: للمملكة
        }
        if (!kb.IsOwnStateWord(state, word))
        {
            return false;
        }
        if (match.NextIndex >= tokens.Count)
        {
            return true;
        }
        var next = tokens[match.NextIndex].Norm;
        if (next.Length > 4 && next.StartsWith("ال", StringComparison.Ordinal) && next.EndsWith("يه", StringComparison.Ordinal))
        {
            return false;
        }
        return gazetteer.Match(tokens, match.NextIndex) is not { CliticLength: 0 } following
            || !(following.Has(GazetteerEntryKind.StateName) || following.Has(GazetteerEntryKind.Nisba) || following.Has(GazetteerEntryKind.PlaceName));
    }

    /// <summary>
    /// A capital stands for its government when a feminine verb agrees with it, before it
    /// (VSO: أعلنت موسكو) or after it (SVO: موسكو ترفض، طهران رفضت); after a preposition
    /// or a place noun (في موسكو، بموسكو، العاصمة طهران) it is a place.
    /// </summary>
    private bool ActsAsGovernment(GazetteerMatch match)
    {
        var clitic = tokens[match.TokenIndex].Norm.AsSpan(0, match.CliticLength);
        if (clitic.Contains('ب') || clitic.Contains('ل')
            || (match.TokenIndex > 0 && Locatives.Contains(tokens[match.TokenIndex - 1].Norm)))
        {
            return false;
        }
        var before = match.TokenIndex > 0 && match.CliticLength == 0 && IsFeminineVerbLike(tokens[match.TokenIndex - 1].Norm, after: false);
        var after = match.NextIndex < tokens.Count && IsFeminineVerbLike(tokens[match.NextIndex].Norm, after: true);
        return before || after;
    }

    /// <summary>Perfect 3rd feminine singular ends in ت (أعلنت); after the subject, the imperfect starts with ت (ترفض).</summary>
    private static bool IsFeminineVerbLike(string norm, bool after)
    {
        if (norm.Length < 3 || NotVerbs.Contains(norm))
        {
            return false;
        }
        return norm[^1] == 'ت' || (after && norm[0] == 'ت');
    }

    /// <summary>
    /// Adds the tagger's spans that overlap no knowledge-base mention. An organization span that
    /// strictly contains only places of the knowledge base (cities, regions: no state, no actor
    /// code) replaces them: إنتر ميلان، نيويورك تايمز are a club and a paper, not the cities.
    /// </summary>
    private void MergeCandidates()
    {
        var kbCount = _mentions.Count;
        List<int>? replaced = null;
        var inside = new List<int>();
        foreach (var candidate in candidates)
        {
            inside.Clear();
            var overlaps = false;
            var onlyPlacesInside = true;
            for (var k = 0; k < kbCount; k++)
            {
                var known = _mentions[k];
                if (candidate.Start < known.End && known.Start < candidate.End)
                {
                    overlaps = true;
                    inside.Add(k);
                    onlyPlacesInside &= IsContainedPlace(known, candidate) && replaced?.Contains(k) != true;
                }
            }
            if (overlaps && !(candidate.Type == EntityType.Org && onlyPlacesInside))
            {
                continue;
            }
            if (overlaps)
            {
                (replaced ??= []).AddRange(inside);
            }
            var enriched = candidate;
            if (candidate is { Type: EntityType.Person, Country: null }
                && _titleSlots.FindIndex(s => s.Start == candidate.Start) is var slot and >= 0)
            {
                enriched = candidate with { Country = _titleSlots[slot].Country.Iso3, Code = _titleSlots[slot].Code };
            }
            _mentions.Add(enriched);
        }
        if (replaced is not null)
        {
            replaced.Sort();
            for (var r = replaced.Count - 1; r >= 0; r--)
            {
                _mentions.RemoveAt(replaced[r]);
            }
        }
    }

    /// <summary>A city or region of the knowledge base (no actor code) strictly inside a wider span.</summary>
    private static bool IsContainedPlace(EntityMention known, EntityMention wider) =>
        known.Type is EntityType.Gpe or EntityType.Loc && known.Code is null
        && known.Start >= wider.Start && known.End <= wider.End && known.End - known.Start < wider.End - wider.Start;

    private void Emit(GazetteerMatch first, GazetteerMatch last, EntityType type, string? name, string? id, string? country, string? code)
    {
        var start = SpanStart(first);
        var end = tokens[last.NextIndex - 1].End;
        _mentions.Add(new EntityMention(text[start..end], start, end, type, name, id, country, code));
    }

    private void EmitPerson(GazetteerMatch first, GazetteerMatch last, Actor person, RoleTerm? term)
    {
        Emit(first, last, EntityType.Person, person.Name, person.WikidataId, person.Country, term?.Code ?? kb.CodeOn(person, date));
        var known = _people.IndexOf(person);
        if (known >= 0)
        {
            _people.RemoveAt(known);
            _peopleLastToken.RemoveAt(known);
            _peopleEndToken.RemoveAt(known);
        }
        _people.Add(person);
        _peopleLastToken.Add(first.TokenIndex);
        _peopleEndToken.Add(last.NextIndex);
    }

    /// <summary>The offset where the phrase starts: after its proclitics and any marks on them.</summary>
    private int SpanStart(GazetteerMatch match)
    {
        var token = tokens[match.TokenIndex];
        var position = token.Start;
        var kept = 0;
        while (kept < match.CliticLength && position < token.End)
        {
            if (Language.ArabicNormalizer.Fold(text[position]) != '\0')
            {
                kept++;
            }
            position++;
        }
        while (position < token.End && Language.ArabicNormalizer.Fold(text[position]) == '\0')
        {
            position++;
        }
        return position;
    }
}
