using Marsad.Core.Entities.Knowledge;
using Marsad.Core.Language;

namespace Marsad.Core.Entities.Matching;

/// <summary>Titles, the role table, and choosing among people who share a name.</summary>
internal sealed partial class ArticleResolver
{
    /// <summary>Words after a title that move it off the article's date: الرئيس الأمريكي السابق is not the one in office.</summary>
    private static readonly HashSet<string> OffDateModifiers = new(StringComparer.Ordinal)
    {
        "السابق", "السابقه", "الاسبق", "الاسبقه", "الراحل", "الراحله", "المنتخب", "المنتخبه", "المقبل", "المقبله",
        "المخلوع", "المخلوعه", "المعزول", "المعزوله", "المؤسس",
    };

    /// <summary>
    /// The off-date words that make the holder a former one: CAMEO codes former officials as elites
    /// (<c>ELI</c>, as the knowledge base files people out of office), not as the government.
    /// </summary>
    private static readonly HashSet<string> FormerModifiers = new(StringComparer.Ordinal)
    {
        "السابق", "السابقه", "الاسبق", "الاسبقه", "الراحل", "الراحله",
        // Deposed (الرئيس المخلوع: Saleh in Yemeni news, not the sitting Hadi) and founding (الملك المؤسس: Abdulaziz,
        // not Salman): kbtitle32.
        "المخلوع", "المخلوعه", "المعزول", "المعزوله", "المؤسس",
    };

    /// <summary>
    /// The former-holder words that, after a bare title, still point at one man the article named (الرئيس المخلوع: Saleh
    /// after his name in Yemeni news); a bare الرئيس السابق names no one (kbtitle32).
    /// </summary>
    private static readonly HashSet<string> DeposedModifiers = new(StringComparer.Ordinal)
    {
        "المخلوع", "المخلوعه", "المعزول", "المعزوله",
    };

    /// <summary>Words that make the title after them a deputy's: نائب الرئيس، ولي ولي العهد.</summary>
    private static readonly HashSet<string> DeputyPrefixes = new(StringComparer.Ordinal) { "نائب", "نائبه", "ولي", "مساعد", "وكيل" };

    private int HandleTitle(GazetteerMatch match)
    {
        var title = match.First(GazetteerEntryKind.Title)!.Title!;
        if (match.CliticLength == 0 && match.TokenIndex > 0 && tokens[match.TokenIndex - 1].Norm == "عبد")
        {
            return match.NextIndex; // عبد الملك: a name (عبدالله بن عبد الملك), not the king
        }
        if (match.CliticLength == 0 && match.TokenIndex > 0 && IsDeputyWord(tokens[match.TokenIndex - 1].Norm)
            && !(match.TokenIndex > 1 && Patronymics.Contains(tokens[match.TokenIndex - 2].Norm)))
        {
            // Not the end of a name (جلوي بن عبدالعزيز بن مساعد، أمير منطقة نجران): مساعد there is a father, not an assistant.
            // نائب خادم الحرمين الشريفين، ولي ولي العهد: the deputy of an office is not its holder.
            match = match with { TokenIndex = match.TokenIndex - 1, TokenCount = match.TokenCount + 1 };
            title = title with { Role = RoleKind.Deputy };
        }
        var last = match;
        var j = match.NextIndex;
        Country? country = null;
        var coordinated = new List<(GazetteerMatch Match, Country Country)>();
        // بدولة الكويت after the title: a mention of the state of its own when the title only describes a name after it.
        GazetteerMatch? stateAfter = null;
        if (j < tokens.Count && gazetteer.Match(tokens, j) is { } complement
            && (complement.CliticLength == 0 ? Complement(title, complement) : OfState(title, complement)) is { } c)
        {
            (country, last, j) = (c, complement, complement.NextIndex);
            stateAfter = complement.CliticLength == 0 ? null : complement;
            if (title.Complement == TitleComplement.Place)
            {
                _lastPlaceState = c.Iso3;
            }
            while (j < tokens.Count && gazetteer.Match(tokens, j) is { CliticLength: 1 } more
                && tokens[j].Norm[0] == 'و' && Complement(title, more) is { } other)
            {
                coordinated.Add((more, other));
                j = more.NextIndex;
            }
        }
        if (country is null && title.DefaultScope is null && title.Complement == TitleComplement.Nisba && title.Corefers)
        {
            country = CoordinatedBodyState(j);
        }
        var offDate = false;
        var former = false;
        var deposed = false;
        if (coordinated.Count == 0 && j < tokens.Count && OffDateModifiers.Contains(tokens[j].Norm))
        {
            offDate = true;
            former = FormerModifiers.Contains(tokens[j].Norm);
            deposed = DeposedModifiers.Contains(tokens[j].Norm);
            j++;
        }
        // أمير المنطقة alone: the region the article named last.
        var scope = country?.Iso3 ?? title.DefaultScope
            ?? (title.Complement == TitleComplement.Place && title.Corefers ? _lastPlaceState : null);
        if (j < tokens.Count && gazetteer.Match(tokens, j) is { CliticLength: 0 } named && IsPersonMatch(named))
        {
            if (ChoosePerson(named, named.Entries[0].Kind, (title.Role, scope)) is { } person)
            {
                EmitState(stateAfter);
                EmitPerson(named, named, person, null);
                return named.NextIndex;
            }
        }
        if (j < tokens.Count && CandidatePersonAt(tokens[j].Start))
        {
            // The tagger found the name the title belongs to: the title describes it, it names no one else.
            if (scope is not null && StateOf(scope) is { } slotCountry)
            {
                // الرئيس اليمني المخلوع علي صالح: a former holder is the state's elite.
                _titleSlots.Add((tokens[j].Start, slotCountry, slotCountry.Iso3 + (former ? "ELI" : "GOV")));
            }
            EmitState(stateAfter);
            return j;
        }
        if (j < tokens.Count && kb.NameWords.Contains(tokens[j].Norm) && !IsSpelledFunctionWord(tokens[j]) && gazetteer.Match(tokens, j) is null)
        {
            // An unknown name follows (الملك فيصل، وزير الخارجية الروسي سيرغي ...): the title is that
            // person's, not the office holder's; it still tells the state.
            if (scope is not null && StateOf(scope) is { } namedCountry)
            {
                _titleSlots.Add((tokens[j].Start, namedCountry, namedCountry.Iso3 + (former ? "ELI" : "GOV")));
                EmitUnresolved(match with { TokenCount = last.NextIndex - match.TokenIndex }, scope, former);
            }
            return j;
        }
        if (scope is null && (!title.Corefers || (offDate && (!deposed || (j < tokens.Count && TitleWords.Value.Contains(tokens[j].Norm))))
            || (j < tokens.Count && LooksLikeUnknownNisba(j))))
        {
            // Alone, only a coreferring title may name someone, and not the next holder or
            // the holder of a state the knowledge base does not know (الرئيس السريلانكي). A former
            // holder alone is no one, but a deposed one (الرئيس المخلوع) is the one the article named whose term had ended;
            // not when an honorific and a name follow (وزير الدفاع الأسبق المشير ...): that man's title.
            return j;
        }
        var end = offDate ? j : last.NextIndex;
        ResolveTitle(match, end, title.Role, scope, offDate, former);
        foreach (var (more, other) in coordinated)
        {
            ResolveTitle(more, more.NextIndex, title.Role, other.Iso3, offDate, former: false);
        }
        return j;
    }

    /// <summary>
    /// A deputy's word, bare or after و/ل/ب/ف (وولي ولي العهد، لنائب الرئيس): the clitic does not make the title its holder's.
    /// </summary>
    private static bool IsDeputyWord(string norm)
    {
        if (DeputyPrefixes.Contains(norm))
        {
            return true;
        }
        for (var k = 0; k < 2 && k < norm.Length - 3 && norm[k] is 'و' or 'ل' or 'ب' or 'ف'; k++)
        {
            if (DeputyPrefixes.Contains(norm[(k + 1)..]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The state of a state body coordinated right after a bare title (الملك والحكومة الأردنية، الرئيس والحكومة المصرية):
    /// the title is that state's office, whoever the article named last (kbtitle32). The body itself is left to be
    /// matched as usual; a person after و (الرئيس والوزير الأردني) is someone else and tells nothing.
    /// </summary>
    private Country? CoordinatedBodyState(int index)
    {
        if (index + 1 < tokens.Count && tokens[index].Norm.StartsWith("وال", StringComparison.Ordinal)
            && gazetteer.Match(tokens, index) is { CliticLength: 1 } body && body.Entries.Count == 1
            && body.First(GazetteerEntryKind.Institution) is not null
            && body.NextIndex < tokens.Count && gazetteer.Match(tokens, body.NextIndex) is { CliticLength: 0 } nisba && IsDefinite(nisba))
        {
            return nisba.First(GazetteerEntryKind.Nisba)?.Country;
        }
        return null;
    }

    // A function word written with its final ى (على), which normalizes to a name (علي): وشدد وزير الخارجية الإيراني على ضرورة …
    // is the office holder's act, not a man named Ali's. The name is written with ي in news; the rare على for it is lost.
    private bool IsSpelledFunctionWord(GazetteerToken token) =>
        ArabicStopwords.Contains(token.Norm) && text[token.End - 1] == 'ى';

    private void EmitState(GazetteerMatch? match)
    {
        if (match is { } m && m.First(GazetteerEntryKind.StateName)?.Actor is { } state)
        {
            Emit(m, m, EntityType.Gpe, state.Name, state.WikidataId, state.Country, state.Code);
        }
    }

    /// <summary>
    /// The state a definite title names with بـ and the state's name (وزير الدفاع بدولة الكويت، السفير بجمهورية مصر العربية),
    /// as it would with its nisba. Not a title that names its state by itself: سفير خادم الحرمين الشريفين بالنمسا is the
    /// Saudi ambassador in Austria.
    /// </summary>
    private Country? OfState(Title title, GazetteerMatch match) =>
        title.Complement == TitleComplement.Nisba && title.DefaultScope is null && match.CliticLength == 1 && tokens[match.TokenIndex].Norm[0] == 'ب'
            ? match.First(GazetteerEntryKind.StateName)?.Country
            : null;

    /// <summary>
    /// The state a title's complement names. A nisba must be definite, agreeing with the
    /// definite title: الرئيس التركي is Turkey's president, الأمير تركي is a prince named Turki.
    /// Here only, right after the office word, a nisba that is also a common word names its state
    /// (وزير الخارجية القمري: no "lunar" minister).
    /// </summary>
    private Country? Complement(Title title, GazetteerMatch match) => title.Complement switch
    {
        TitleComplement.Nisba when IsDefinite(match) =>
            (match.First(GazetteerEntryKind.Nisba) ?? match.First(GazetteerEntryKind.NisbaInTitle))?.Country,
        TitleComplement.Nisba => null,
        TitleComplement.Place => PlaceState(match),
        _ => match.First(GazetteerEntryKind.StateName)?.Country,
    };

    /// <summary>
    /// The state of the place a match names (منطقة نجران → Saudi Arabia), or null when it names a state, no place, or a
    /// place of no single state (القدس). A name of several places means its default one (<see cref="PlacesOf"/>).
    /// </summary>
    private Country? PlaceState(GazetteerMatch match) =>
        !match.Has(GazetteerEntryKind.PlaceName) || match.Has(GazetteerEntryKind.StateName)
            ? null
            : PlacesOf(match)[0].Country is { } iso3 ? StateOf(iso3) : null;

    private bool IsDefinite(GazetteerMatch match) =>
        tokens[match.TokenIndex].Norm.AsSpan(match.CliticLength).StartsWith("ال", StringComparison.Ordinal);

    private static bool IsPersonMatch(GazetteerMatch match) => match.Entries[0].Kind
        is GazetteerEntryKind.PersonName or GazetteerEntryKind.PersonShortName or GazetteerEntryKind.PersonContextName;

    /// <summary>
    /// Emits the title's mention (tokens from <paramref name="first"/> up to <paramref name="endIndex"/>);
    /// <paramref name="former"/> when it names a former holder (السابق، الراحل): unresolved, that is the state's
    /// elite, not its government.
    /// </summary>
    private void ResolveTitle(GazetteerMatch first, int endIndex, RoleKind role, string? scope, bool offDate, bool former)
    {
        var span = first with { TokenCount = endIndex - first.TokenIndex };
        if (role is RoleKind.Deputy or RoleKind.Ambassador or RoleKind.Governor)
        {
            EmitUnresolved(span, scope, former);
            return;
        }
        RoleTerm? term = null;
        if (scope is not null && date is { } d && !offDate)
        {
            var holders = kb.FindHolders(role, scope, d);
            term = holders.Count == 1 ? holders[0] : null;
        }
        term ??= MentionedHolder(role, scope, offDate ? null : date, first.TokenIndex, former ? date : null);
        if (term is not null)
        {
            // A former holder named earlier in the article is coded as he stands on the article's date
            // (out of office: an elite), not by the term the title recalls.
            EmitPerson(span, span, kb.FindActor(term.PersonId)!, former ? null : term);
        }
        else
        {
            EmitUnresolved(span, scope, former);
        }
    }

    private void EmitUnresolved(GazetteerMatch span, string? scope, bool former = false)
    {
        if (scope is not null)
        {
            var code = former && StateOf(scope) is not null ? scope + "ELI" : CodeOf(scope);
            Emit(span, span, EntityType.Person, null, null, StateOf(scope)?.Iso3 ?? kb.FindActor(scope)?.Country, code);
        }
    }

    /// <summary>A definite word shaped like a nisba (ال...ي، ال...يه) that the gazetteer does not know.</summary>
    private bool LooksLikeUnknownNisba(int index)
    {
        var norm = tokens[index].Norm;
        return norm.Length > 4 && norm.StartsWith("ال", StringComparison.Ordinal)
            && NisbaShape.EndsLikeSingular(norm)
            && gazetteer.Match(tokens, index) is null;
    }

    /// <summary>
    /// The term of the most recently named person who held the role (in the scope, on the
    /// date, when given). A title alone only reaches back <see cref="BareTitleReach"/> tokens.
    /// A bare وزير الخارجية in an outlet of a known state means that state's minister when the article
    /// named him within that reach: a paper writes its own minister's title bare and his foreign
    /// counterpart's with a nisba (معالي وزير الخارجية in a Saudi paper is the Saudi minister, even just
    /// after his Italian counterpart was named), unless the title directly follows the other's name.
    /// Only foreign ministers: they are the office whose holders the same article names side by side
    /// (نظيره); for kings, prime ministers and defence ministers the same preference, measured on
    /// SaudiNewsNet (docs/knowledge-base.md, session 10), changed more right mentions than it fixed.
    /// With <paramref name="endedBefore"/> (a former holder: السابق، الراحل) only a term that ended before that
    /// date counts: the sitting president named earlier is not «الرئيس التشادي السابق».
    /// </summary>
    private RoleTerm? MentionedHolder(RoleKind role, string? scope, DateOnly? on, int atToken, DateOnly? endedBefore = null)
    {
        const int AppositionReach = 2;
        RoleTerm? latest = null;
        for (var k = _people.Count - 1; k >= 0; k--)
        {
            if (scope is null && atToken - _peopleLastToken[k] > BareTitleReach)
            {
                continue;
            }
            foreach (var term in kb.RolesOf(_people[k].Id))
            {
                if (term.Role == role && (scope is null || term.Scope == scope) && (on is null || term.Covers(on.Value))
                    && (endedBefore is null || (term.To <= endedBefore && !HoldsOn(_people[k], role, scope, endedBefore.Value))))
                {
                    // A title right after the name is in apposition to it (سامح شكري وزير الخارجية): that person.
                    if (scope is not null || outlet is null || role != RoleKind.ForeignMinister || term.Scope == outlet.Iso3
                        || (latest is null && InApposition(_peopleEndToken[k], atToken, AppositionReach)))
                    {
                        return term;
                    }
                    latest ??= term;
                }
            }
        }
        return latest;
    }

    /// <summary>Whether the person holds the role (in the scope) on the date: a sitting president is no former one, whatever his earlier terms.</summary>
    private bool HoldsOn(Actor person, RoleKind role, string? scope, DateOnly on) =>
        kb.RolesOf(person.Id).Any(r => r.Role == role && (scope is null || r.Scope == scope) && r.Covers(on));

    /// <summary>
    /// Whether a title at token <paramref name="title"/> stands in apposition to a name ending before token
    /// <paramref name="afterName"/>: at most <paramref name="reach"/> words between them and no end of sentence.
    /// </summary>
    private bool InApposition(int afterName, int title, int reach)
    {
        if (title - afterName > reach || afterName < 1 || title < afterName)
        {
            return false;
        }
        var between = text.AsSpan(tokens[afterName - 1].End, tokens[title].Start - tokens[afterName - 1].End);
        return between.IndexOfAny(".!?:\n") < 0;
    }

    /// <summary>
    /// The person a name match means. Context-only names need an earlier mention; otherwise
    /// prefer, in turn, the only candidate, the one the article already named, the one holding
    /// the title's role, the one in any office on the article's date. Still ambiguous: null.
    /// </summary>
    private Actor? ChoosePerson(GazetteerMatch match, GazetteerEntryKind kind, (RoleKind Role, string? Scope)? byTitle)
    {
        var candidates = new List<Actor>(2);
        foreach (var e in match.Entries)
        {
            if (e.Kind == kind)
            {
                candidates.Add(e.Actor!);
            }
        }
        var mentioned = candidates.Where(_people.Contains).OrderByDescending(_people.IndexOf).FirstOrDefault();
        if (mentioned is not null)
        {
            return mentioned;
        }
        if (byTitle is { } t)
        {
            var holders = candidates.Where(p => kb.RolesOf(p.Id).Any(r => r.Role == t.Role && (t.Scope is null || r.Scope == t.Scope))).ToList();
            if (holders.Count == 1)
            {
                return holders[0];
            }
        }
        if (kind == GazetteerEntryKind.PersonContextName && byTitle is null)
        {
            return null;
        }
        if (candidates.Count == 1)
        {
            return candidates[0];
        }
        if (date is { } d && candidates.Where(p => kb.RolesOf(p.Id).Any(r => r.Covers(d))).ToList() is [var only])
        {
            return only;
        }
        return null;
    }

    private bool CandidatePersonAt(int start)
    {
        foreach (var c in candidates)
        {
            if (c.Type == EntityType.Person && c.Start == start)
            {
                return true;
            }
        }
        return false;
    }

    private Country? StateOf(string scope) => kb.FindCountry(scope);

    private string? CodeOf(string scope) => StateOf(scope) is not null ? scope + "GOV" : kb.FindActor(scope)?.Code;
}
