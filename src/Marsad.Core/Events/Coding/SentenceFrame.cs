using Marsad.Core.Entities;
using Marsad.Core.Entities.Knowledge;
using Marsad.Core.Language;

namespace Marsad.Core.Events.Coding;

/// <summary>
/// One sentence as the argument rules read it: its words (punctuation left out), where its
/// clauses break, and the actors in it in word order.
/// Clause breaks:
/// <list type="bullet">
/// <item>a comma, semicolon, colon, bracket or quotation mark between two words;</item>
/// <item>a relative or circumstantial word (الذي، التي، حيث، فيما) opens a clause;</item>
/// <item>the complementizer أن/إن (بأن) opens the reported clause;</item>
/// <item>و/ف before a verb opens a coordinated clause (… وبحثا، وصادرت: also a form the lexicon lists as written).</item>
/// </list>
/// Besides the entity mentions, the slots hold generic agents (المتظاهرون → CVL; two words: الجماعات المسلحة → REB) and
/// anaphors (بلاده، سفارتها → the state of the nearest actor before it). Two actors are coordinated when و joins them,
/// also when the analyzer left it on the word (وقوات الدعم السريع).
/// </summary>
internal sealed class SentenceFrame
{
    private const int MaxCoordinationGap = 1;

    private SentenceFrame(List<Token> words, bool[] breakBefore, List<ActorSlot> slots)
    {
        Words = words;
        BreakBefore = breakBefore;
        Slots = slots;
    }

    /// <summary>The word and number tokens of the sentence.</summary>
    public List<Token> Words { get; }

    /// <summary>True at word i when a clause starts there.</summary>
    public bool[] BreakBefore { get; }

    /// <summary>
    /// The words right after a complementizer opening a clause that the trigger lexicon reads as an act noun with no companion (إن الهجوم، أن الانفجار):
    /// a reported clause whose subject is the act itself, not its author.
    /// </summary>
    public IReadOnlySet<int> ActSubjects { get; private init; } = new HashSet<int>();

    // The knowledge base's title words (TitleVocabulary), shared by every frame of one knowledge base.
    private IReadOnlySet<string> Titles { get; init; } = new HashSet<string>();

    /// <summary>True when the slot opens with a word of a title the knowledge base knows (رئيس، وزير، أمير، مجلس …).</summary>
    public bool OpensWithTitle(ActorSlot slot) => slot.FirstWord >= 0 && Titles.Contains(Words[slot.FirstWord].Norm);

    /// <summary>The actors and places, ordered by first word.</summary>
    public List<ActorSlot> Slots { get; }

    /// <summary>
    /// Builds the frame; <paramref name="mentions"/> are the entity mentions inside the sentence, in text order. An unnamed body or
    /// group (الشرطة، الحكومة، قوات الأمن) of a sentence that names no place and no state is of <paramref name="articleState"/>,
    /// the state the article's places name far more than any other (<see cref="ArticleState"/>), when there is one.
    /// </summary>
    public static SentenceFrame Build(
        string text, AnalyzedText analysis, Sentence sentence, IReadOnlyList<EntityMention> mentions,
        TriggerLexicon lexicon, RoleWords roles, KnowledgeBase knowledge, string? articleState = null)
    {
        var words = new List<Token>(sentence.TokenCount);
        var punctuationBefore = new List<bool>(sentence.TokenCount);
        var pendingBreak = false;
        for (var k = sentence.FirstToken; k < sentence.FirstToken + sentence.TokenCount; k++)
        {
            var token = analysis.Tokens[k];
            if (token.Kind is TokenKind.Word or TokenKind.Number)
            {
                words.Add(token);
                punctuationBefore.Add(pendingBreak);
                pendingBreak = false;
            }
            else if (IsClauseMark(token.Text))
            {
                pendingBreak = true;
            }
        }
        var breaks = new bool[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            breaks[i] = i == 0 || punctuationBefore[i] || roles.Is(w.Norm, RoleWordKind.Relative)
                || IsComplementizer(w, lexicon)
                || (HasConjunction(w) && IsVerbLike(w, lexicon));
        }
        var slots = new List<ActorSlot>(mentions.Count);
        var covered = new bool[words.Count];
        var dateline = DatelineEnd(text, sentence.Start, sentence.End, mentions);
        // The words of the names the knowledge base does not know (the tagger's): no office noun's genitive (الرئيس الحسن واتارا).
        var named = new bool[words.Count];
        foreach (var m in mentions)
        {
            // «سبق- أبها:»، «واس - الرياض:»، «لندن - «الشرق الأوسط»:»: the dateline's place and outlet are no actors.
            if (m.End <= dateline)
            {
                continue;
            }
            // A name the knowledge base does not know (the statistical tagger's) has no CAMEO code
            // to give an event, and taking it as an argument would push out the codable actor.
            if (m is { Name: null, Country: null, Code: null })
            {
                var (nameFirst, nameLast) = WordSpan(words, m.Start, m.End);
                if (nameFirst >= 0)
                {
                    for (var i = nameFirst; i <= nameLast; i++)
                    {
                        named[i] = true;
                    }
                }
                // الدكتور الربيعة، اللواء الغامدي: after a personal title, the unknown person still holds his place (evunk30).
                if (m.Type is EntityType.Person && UnknownTitled(words, covered, m, knowledge.Honorifics) is { } unknown)
                {
                    slots.Add(unknown);
                }
                continue;
            }
            var (first, last) = WordSpan(words, m.Start, m.End);
            // فريق الأهلي المصري، المنتخب الجزائري، شركة أرامكو: a team, a company or a show is no political actor; وكالة الأنباء
            // الألمانية، المرصد السوري: nor is a news outlet the word right before names (roles.tsv kind outlet).
            if (first < 0 || (first > 0 && roles.Is(words[first - 1].Norm, RoleWordKind.NonActor))
                || (first > 1 && roles.Is(words[first - 2].Norm, RoleWordKind.NonActor) && !covered[first - 1])
                || (first > 0 && roles.Is(words[first - 1].Norm, RoleWordKind.Outlet)))
            {
                continue;
            }
            // المبعوث الخاص إلى سوريا، السفير التونسي لدى بريطانيا: the state an envoy is sent to; سوروتش القريبة من سوريا: the
            // state that only locates a place. Neither acts nor is the scene (real news coded the envoy by his destination).
            if (IsDestination(words, first, roles) || IsLandmark(words, first, roles))
            {
                continue;
            }
            var actor = new EventActor(m.Text, m.Name, m.Country, m.Code ?? m.Country);
            // المبعوث الأممي إلى اليمن with no holder named: the knowledge base files the title under the state it is sent to;
            // the envoy acts for the UN (الأممي، الدولي), else for no one the sentence names.
            if (m.Name is null && EnvoyTitle(words, first, last, roles) is { } envoy)
            {
                if (!envoy)
                {
                    continue;
                }
                actor = new EventActor(m.Text, null, null, UnitedNations);
            }
            for (var i = first; i <= last; i++)
            {
                covered[i] = true;
                // التحالف الذي تقوده السعودية: a relative word inside a name opens no clause.
                if (i > first && !punctuationBefore[i] && roles.Is(words[i].Norm, RoleWordKind.Relative))
                {
                    breaks[i] = false;
                }
            }
            var isPlace = m.Type is EntityType.Loc
                || (m.Type is EntityType.Gpe && first > 0 && roles.Is(words[first - 1].Norm, RoleWordKind.Locative) && !words[first - 1].Prefixes.Contains("ب"));
            slots.Add(new ActorSlot(first, last, actor, isPlace, isPlace ? PlaceOf(m, knowledge) : null) { CodeFromCountry = m.Code is null });
        }
        FamilyNisbas(words, breaks, slots);
        AddAgents(text, words, covered, slots, roles);
        var titles = TitleWords.GetValue(knowledge, TitleVocabulary);
        AddUnknownOfficials(words, breaks, covered, named, slots, roles, titles);
        slots.Sort((a, b) => a.FirstWord.CompareTo(b.FirstWord));
        DropUnknownAppositions(words, breaks, slots, titles);
        var frame = new SentenceFrame(words, breaks, slots)
        {
            ActSubjects = FindActSubjects(words, breaks, lexicon),
            Titles = titles,
        };
        // في سوريا وتركيا: a place coordinated with a place is a place.
        for (var k = 1; k < slots.Count; k++)
        {
            if (slots[k - 1].IsPlace && !slots[k].IsPlace && slots[k].FirstWord == slots[k - 1].LastWord + 1
                && HasConjunction(words[slots[k].FirstWord]))
            {
                slots[k] = slots[k] with { IsPlace = true, Location = PlaceOf(slots[k].Actor, knowledge) };
            }
        }
        // The dateline's place still tells where an unnamed group acts (سبق- مكة المكرمة: حققت الشرطة …), as it did when it was read as an actor.
        frame.GiveAgentsACountry(slots, dateline < 0 ? null : mentions.FirstOrDefault(m => m.End <= dateline && m.Country is not null)?.Country, articleState);
        frame.GiveBareCoalitionsTheirLeader(slots, roles);
        DropTitleAppositions(words, breaks, slots, titles);
        DropStatesOfTitles(words, breaks, slots, titles);
        return frame;
    }

    // The longest dateline head read (characters from the sentence's start to the colon).
    private const int DatelineMax = 60;

    // The most words a part of a dateline has between two dashes (a reporter's two names, مكة المكرمة، غواتيمالا سيتي).
    private const int DatelinePartWords = 4;

    /// <summary>
    /// Where the dateline that opens a line ends (the offset of its colon or the end of its place), or -1 when the sentence opens
    /// with none. A dateline: at the start of a line, parts of at most <see cref="DatelinePartWords"/> words joined by dashes
    /// before a colon, one of them a place mention alone (عبدالله البرقاوي- سبق- الرياض:، واس - مكة المكرمة :، * طوكيو -
    /// «رويترز»:، رويترز - بنغازي (ليبيا):); or, with no colon, a name of at most three words with no mention, a dash and a place
    /// (ياسر الحربي – حائل هاجم …). A speaker's parenthesis (قال الوزير - في مؤتمر صحفي -:) has no part that is only a place.
    /// </summary>
    internal static int DatelineEnd(string text, int start, int end, IReadOnlyList<EntityMention> mentions)
    {
        // Only a sentence that opens its line (the text before it back to the line break has no letter: «* » may stand there).
        for (var i = start - 1; i >= 0 && text[i] != '\n'; i--)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return -1;
            }
        }
        var limit = Math.Min(end, start + DatelineMax);
        var colon = text.IndexOf(':', start, limit - start);
        var head = colon < 0 ? limit : colon;
        if (text.AsSpan(start, head - start).IndexOfAny(Dashes) < 0)
        {
            return -1;
        }
        // Each part between dashes: its bounds in the text.
        var parts = new List<(int Start, int End)>();
        var from = start;
        for (var i = start; i <= head; i++)
        {
            if (i == head || Dashes.Contains(text[i]))
            {
                parts.Add((from, i));
                from = i + 1;
            }
        }
        if (colon >= 0)
        {
            if (parts.Count < 2 || parts.Any(p => WordCount(text, p.Start, p.End) is 0 or > DatelinePartWords))
            {
                return -1;
            }
            // One part is a place alone (or a place and its state in brackets: بنغازي (ليبيا)).
            return parts.Any(p => mentions.Any(m => m.Type is EntityType.Gpe or EntityType.Loc && m.Start >= p.Start && m.End <= p.End
                && WordCount(text, p.Start, m.Start) == 0 && (WordCount(text, m.End, p.End) == 0 || text.AsSpan(m.End, p.End - m.End).Trim() is ['(', .., ')'])))
                ? colon : -1;
        }
        // No colon: «الاسم – المكان» and the text goes on after the place. A reporter's name: Arabic letters only (not «2011 -
        // بريطانيا تطرد …», a chronology's year), no actor in it (the tagger's person with no code may be the reporter).
        var name = parts[0];
        if (WordCount(text, name.Start, name.End) is 0 or > 3 || mentions.Any(m => m.Start < name.End && m is not { Type: EntityType.Person, Code: null })
            || text.AsSpan(name.Start, name.End - name.Start).ContainsAny(NotInName))
        {
            return -1;
        }
        var place = mentions.FirstOrDefault(m => m.Start > name.End);
        return place is { Type: EntityType.Gpe or EntityType.Loc } && WordCount(text, name.End + 1, place.Start) == 0 && place.End < end
            ? place.End : -1;
    }

    private static readonly char[] Dashes = ['-', '–', '—'];

    // Digits and Latin letters: no reporter's name holds them.
    private static readonly System.Buffers.SearchValues<char> NotInName =
        System.Buffers.SearchValues.Create("0123456789٠١٢٣٤٥٦٧٨٩abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    // The words (runs of letters or digits) in text[from, to).
    private static int WordCount(string text, int from, int to)
    {
        var count = 0;
        var inWord = false;
        for (var i = from; i < to; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            count += letter && !inWord ? 1 : 0;
            inWord = letter;
        }
        return count;
    }

    // وزير الدفاع بدولة الكويت الشيخ خالد، رئيسا الوزراء الهندي ناريندرا مودي والباكستاني نواز شريف: a state or its nisba right
    // after a title word (or نظيره) and right before a person of that state names the person's state, not a second actor (it made the person's
    // own state his counterpart: KWT>KWTELI, IND>INDGOV). The state is a nisba (one definite word) or carries ب (بدولة الكويت);
    // a nisba with و continues a coordinated title; a masculine nisba needs no title (وهاجم الأمريكي جون كيري). Not a state's
    // name after a verb (أعدمت السعودية الشيخ …: the state acts).
    private static void DropStatesOfTitles(List<Token> words, bool[] breaks, List<ActorSlot> slots, HashSet<string> titleWords)
    {
        for (var k = slots.Count - 2; k >= 0; k--)
        {
            var state = slots[k];
            var person = slots[k + 1];
            if (state.IsPlace || person.IsPlace || state.Actor.Country is not { Length: 3 } country || state.Actor.Code != country
                || person.Actor.Country != country || person.Actor.Code is not { Length: > 3 } || person.FirstWord != state.LastWord + 1
                || breaks[person.FirstWord] || state.FirstWord == 0)
            {
                continue;
            }
            var first = words[state.FirstWord];
            // A masculine nisba (الأمريكي) is never a state's name; a feminine one may be (السعودية), so it needs the title before.
            var definite = state.FirstWord == state.LastWord && first.Prefixes.Contains("ال");
            var masculine = definite && first.Norm.EndsWith('ي');
            var nisba = definite && NisbaShape.EndsLikeSingular(first.Norm);
            // ونظيره الروسي سيرغي لافروف: "his counterpart" stands for a title.
            var before = words[state.FirstWord - 1].Norm;
            var titled = !breaks[state.FirstWord] && (before is "نظير" or "نظيره" || titleWords.Contains(before));
            if (masculine || (nisba && (titled || first.Prefixes.Contains("و"))) || (first.Prefixes.Contains("ب") && titled))
            {
                slots.RemoveAt(k);
            }
        }
    }

    // التقى الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع … الرئيس رمضان قاديروف: a title with
    // no holder named (وزير الدفاع), or naming the same holder, that goes on a named person's chain of titles is that person again, not a second actor: it
    // took the counterpart's place (SAUGOV>SAUGOV). Only when every word between is a word of a title in the knowledge base
    // or a name after بن (no preposition, no date, no verb, no و before the title) and the title is of the person's state.
    private static void DropTitleAppositions(List<Token> words, bool[] breaks, List<ActorSlot> slots, HashSet<string> titleWords)
    {
        for (var k = slots.Count - 1; k > 0; k--)
        {
            var title = slots[k];
            var person = slots[k - 1];
            if (title.IsPlace || person.IsPlace || person.Actor.Name is null || (title.Actor.Name is not null && title.Actor.Name != person.Actor.Name)
                || person.Actor.Code is null || person.Actor.Code != title.Actor.Code || title.FirstWord <= person.LastWord + 1
                || words[title.FirstWord].Prefixes.Contains("و"))
            {
                continue;
            }
            var chain = true;
            var titled = false;
            for (var w = person.LastWord + 1; w < title.FirstWord && chain; w++)
            {
                var afterBin = w > 0 && words[w - 1].Norm is "بن" or "ابن";
                var isTitle = titleWords.Contains(words[w].Norm) && words[w].Prefixes.All(p => p is "ال" or "ل");
                chain = !breaks[w] && (isTitle || afterBin || words[w].Norm is "بن" or "ابن");
                titled |= isTitle;
            }
            // The same holder linked twice (الملك سلمان بن عبدالعزيز خادم الحرمين الشريفين) needs no title word between.
            if (chain && (titled || title.Actor.Name == person.Actor.Name) && !breaks[title.FirstWord])
            {
                slots.RemoveAt(k);
            }
        }
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<KnowledgeBase, HashSet<string>> TitleWords = new();

    // The words of the knowledge base's titles (ولي، عهد، نائب، رئيس، وزير، دفاع …), normalized without the article, and the
    // ordinals of a deputy's rank; not the prepositions some titles hold (المبعوث الخاص إلى، المتحدث باسم), nor the names of actors.
    private static HashSet<string> TitleVocabulary(KnowledgeBase knowledge)
    {
        var set = new HashSet<string>(StringComparer.Ordinal) { "ثاني", "اول", "مجلس" };
        foreach (var t in knowledge.Titles)
        {
            foreach (var word in t.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // سوريا، حماس، الناتو in a title name an actor, not a rank.
                if (knowledge.FindByName(word).Any())
                {
                    continue;
                }
                var norm = ArabicNormalizer.Normalize(word);
                set.Add(norm.StartsWith("ال", StringComparison.Ordinal) && norm.Length > 3 ? norm[2..] : norm);
            }
        }
        set.ExceptWith(["في", "الي", "باسم", "لدي", "من", "علي"]);
        return set;
    }

    private const string UnitedNations = "IGOUNO";

    private const int EnvoyReach = 4;

    // The word before a destination: إلى، لدى (normalized), or لـ on the name itself (مبعوثها لسوريا).
    private static bool MarksDestination(List<Token> words, int w) =>
        words[w].Norm is "الي" or "لدي" && words[w].Prefixes.Count == 0;

    // مبعوث الأمم المتحدة إلى اليمن، المبعوث الخاص إلى سوريا: an envoy noun (no possessive: أرسلت مبعوثها إلى دمشق sends
    // someone there) at most four words before إلى/لدى right before the name.
    private static bool IsDestination(List<Token> words, int first, RoleWords roles)
    {
        var marker = first > 0 && MarksDestination(words, first - 1) ? first - 1
            : words[first].Prefixes is ["ل"] ? first : -1;
        if (marker < 0)
        {
            return false;
        }
        for (var w = marker - 1; w >= 0 && w >= marker - EnvoyReach; w--)
        {
            if (roles.Is(words[w].Norm, RoleWordKind.Envoy) && words[w].Suffixes.Count == 0)
            {
                return true;
            }
        }
        return false;
    }

    // القريبة من سوريا، المحاذية لسوريا، القريبة من الحدود السورية: a word of nearness, من/مع or لـ, at most one noun between.
    private static bool IsLandmark(List<Token> words, int first, RoleWords roles)
    {
        for (var j = Math.Max(0, first - 3); j < first; j++)
        {
            if (roles.Is(words[j].Norm, RoleWordKind.Vicinity)
                && (words[j + 1].Norm is "من" or "مع" || words[j + 1].Prefixes.Contains("ل") || words[j + 1].Prefixes.Contains("لل")))
            {
                return true;
            }
        }
        return false;
    }

    // An envoy title that carries its destination (المبعوث الأممي إلى اليمن): true when it is the UN's (a nisba of kind
    // international before the destination), false for another envoy, null when the mention is no such title.
    private static bool? EnvoyTitle(List<Token> words, int first, int last, RoleWords roles)
    {
        if (!roles.Is(words[first].Norm, RoleWordKind.Envoy))
        {
            return null;
        }
        var international = false;
        for (var w = first + 1; w <= last; w++)
        {
            if ((w < last && MarksDestination(words, w)) || (w == last && words[w].Prefixes is ["ل"]))
            {
                return international;
            }
            international |= roles.Is(words[w].Norm, RoleWordKind.International);
        }
        return null;
    }

    // CAMEO's code for unidentified armed forces (مسلحون مجهولون، انتحاري): the sentence says their side is unknown, so
    // they take no state from the place or a neighbour (the gold guide: ? when the sentence does not name the actor).
    internal const string Unidentified = "UAF";

    // An unnamed group (المحتجون، السكان) is most often of the state the sentence is about:
    // the place's country, else the first named actor's.
    // (evorg32) A sentence that names neither: the state the whole article is about (articleState), as an analyst reads
    // «وأعلنت الشرطة أنها اعتقلت …» in a report from Istanbul.
    private void GiveAgentsACountry(List<ActorSlot> slots, string? datelineCountry, string? articleState)
    {
        // الحكومة السورية والمعارضة: a group coordinated with a named actor is of its state.
        for (var k = 1; k < slots.Count; k++)
        {
            var a = slots[k].Actor;
            if (!slots[k].IsPlace && a.Country is null && a.Name is null && a.Code is { Length: 3 } own && own != Unidentified
                && slots[k - 1].Actor.Country is { } prior && !slots[k - 1].IsPlace && Coordinated(slots[k - 1], slots[k]))
            {
                slots[k] = slots[k] with { Actor = a with { Country = prior, Code = prior + own } };
            }
        }
        var country = slots.FirstOrDefault(s => s.IsPlace && s.Location?.Country is not null)?.Location?.Country
            ?? datelineCountry
            ?? slots.FirstOrDefault(s => !s.IsPlace && s.Actor.Country is not null)?.Actor.Country;
        var fromArticle = country is null;
        country ??= articleState;
        if (country is null)
        {
            return;
        }
        for (var k = 0; k < slots.Count; k++)
        {
            var a = slots[k].Actor;
            if (!slots[k].IsPlace && a.Country is null && a.Name is null && a.Code is { Length: 3 } sector && sector != Unidentified)
            {
                slots[k] = slots[k] with { Actor = a with { Country = country, Code = country + sector }, CountryAssumed = true, CountryFromArticle = fromArticle };
            }
        }
    }

    /// <summary>
    /// The state an article is about, read from its places (the dateline's city, في + a city, a state's name or nisba: the mentions
    /// of type GPE or LOC): the state they name at least <see cref="ArticleStateMinimum"/> times and at least
    /// <see cref="ArticleStateDominance"/> times as often as any other; null when none does (an article about two states,
    /// المملكة ومصر، or one that names none). Not Palestine while Israel is named too: there a bare الجيش، الشرطة، القوات is
    /// most often the occupation's, which the sentence must name (قوات الاحتلال, roles.tsv).
    /// </summary>
    internal static string? ArticleState(IReadOnlyList<EntityMention> mentions)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Type is EntityType.Gpe or EntityType.Loc && m.Country is { } iso)
            {
                counts[iso] = counts.GetValueOrDefault(iso) + 1;
            }
        }
        string? top = null;
        int first = 0, second = 0;
        foreach (var (iso, n) in counts)
        {
            if (n > first)
            {
                (top, first, second) = (iso, n, first);
            }
            else if (n > second)
            {
                second = n;
            }
        }
        if (top is null || first < ArticleStateMinimum || first < ArticleStateDominance * second
            || (top == Palestine && counts.ContainsKey(Israel)))
        {
            return null;
        }
        return top;
    }

    /// <summary>How many place mentions the article's state needs at least.</summary>
    internal const int ArticleStateMinimum = 2;

    /// <summary>How many times as often as any other state the article's state must be named.</summary>
    internal const int ArticleStateDominance = 2;

    private const string Palestine = "PSE";
    private const string Israel = "ISR";

    // طائرات التحالف، قوات التحالف in an article that named no coalition in full: التحالف is no entity, so the group took the country
    // of its place (YEMMIL for the Saudi-led coalition's aircraft over Yemen). Where one led coalition fights (roles.tsv kind
    // theatre) the group is that coalition's; not before a masculine nisba (التحالف الوطني: a party's alliance).
    private void GiveBareCoalitionsTheirLeader(List<ActorSlot> slots, RoleWords roles)
    {
        for (var k = 0; k < slots.Count; k++)
        {
            var s = slots[k];
            var next = s.LastWord + 1;
            if (!s.CountryAssumed || s.IsPlace || s.FirstWord != s.LastWord || next >= Words.Count || Words[next].Norm != "تحالف"
                || s.Actor.Code is not { Length: 6 } code || !code.EndsWith("MIL", StringComparison.Ordinal)
                || roles.CoalitionIn(s.Actor.Country!) is not { } coalition
                || (k + 1 < slots.Count && slots[k + 1].FirstWord <= next + 1)
                || (next + 1 < Words.Count && Words[next + 1].Text.StartsWith("ال", StringComparison.Ordinal) && Words[next + 1].Text.EndsWith('ي')))
            {
                continue;
            }
            slots[k] = s with { LastWord = next, Actor = new EventActor(s.Actor.Text + " " + Words[next].Text, null, coalition[..3], coalition), CountryAssumed = false, CountryFromArticle = false };
        }
    }

    private static EventLocation? PlaceOf(EventActor actor, KnowledgeBase knowledge) =>
        PlaceOf(new EntityMention(actor.Text, 0, 0, EntityType.Gpe, actor.Name, null, actor.Country, actor.Code), knowledge);

    /// <summary>The first word of the clause holding word <paramref name="i"/>.</summary>
    public int ClauseStart(int i)
    {
        while (i > 0 && !BreakBefore[i])
        {
            i--;
        }
        return i;
    }

    /// <summary>The last word of the clause holding word <paramref name="i"/>.</summary>
    public int ClauseEnd(int i)
    {
        i++;
        while (i < Words.Count && !BreakBefore[i])
        {
            i++;
        }
        return i - 1;
    }

    // الدكتور الربيعة، اللواء الركن سعيد الغامدي، د. فلان: a name the knowledge base does not know right after a personal title
    // (honorifics.tsv of the knowledge base: with the article, or د) is an unknown person, its slot spanning the titles (several may stand in a
    // row: الفريق الركن الشيخ). Null when no title stands right before it or a knowledge-base mention covers the title.
    private static ActorSlot? UnknownTitled(List<Token> words, bool[] covered, EntityMention m, IReadOnlyDictionary<string, bool> honorifics)
    {
        var (first, last) = WordSpan(words, m.Start, m.End);
        var start = first;
        while (start > 0 && !covered[start - 1] && IsHonorific(words[start - 1], honorifics))
        {
            start--;
        }
        if (first < 0 || start == first)
        {
            return null;
        }
        for (var i = start; i <= last; i++)
        {
            covered[i] = true;
        }
        return new ActorSlot(start, last, new EventActor(m.Text, null, null, null), false, null) { Unknown = true };
    }

    // السيدة إيلين جونسون سيرليف رئيسة جمهورية ليبيريا، مدير جوازات منطقة عسير اللواء سعد السويدي: an unknown person right before
    // an actor (no و, a comma allowed) is that actor named by his title: the title, linked or not, stands for him alone. An
    // unknown official followed by an unknown titled person, with only the words of the body he heads between (no actor but a
    // place, at most AppositionReach words), is that person: the official's slot stays.
    private static void DropUnknownAppositions(List<Token> words, bool[] breaks, List<ActorSlot> slots, HashSet<string> titleWords)
    {
        for (var k = slots.Count - 1; k >= 0; k--)
        {
            var unknown = slots[k];
            if (!unknown.Unknown)
            {
                continue;
            }
            // السفير العماني الدكتور أحمد البوسعيدي، وزير التعليم الدكتور عزام الدخيل: a titled person right after a linked title (its
            // first word a word of the knowledge base's titles) is its holder.
            if (k > 0 && unknown.FirstWord < unknown.LastWord && slots[k - 1] is { IsPlace: false, Unknown: false } title
                && title.LastWord == unknown.FirstWord - 1 && !words[unknown.FirstWord].Prefixes.Contains("و")
                && titleWords.Contains(words[title.FirstWord].Norm))
            {
                slots.RemoveAt(k);
                continue;
            }
            var next = k + 1 < slots.Count ? slots[k + 1] : null;
            // إيلين جونسون سيرليف رئيسة: one word of the name the tagger left out may stand between (no clitic on it, no break).
            var gap = next is null ? -1 : next.FirstWord - unknown.LastWord - 1;
            if (next is { IsPlace: false } && (gap == 0 || (gap == 1 && unknown.FirstWord < unknown.LastWord && words[unknown.LastWord + 1].Prefixes.Count == 0
                    && !breaks[unknown.LastWord + 1])) && !words[next.FirstWord].Prefixes.Contains("و")
                && (!next.Unknown || next.FirstWord == next.LastWord))
            {
                slots.RemoveAt(k);
                continue;
            }
            if (unknown.FirstWord == unknown.LastWord)
            {
                continue;
            }
            // A titled person after an unknown official: the nearest slot before it that is no place.
            for (var j = k - 1; j >= 0 && unknown.FirstWord - slots[j].LastWord <= AppositionReach; j--)
            {
                if (slots[j].IsPlace)
                {
                    continue;
                }
                if (slots[j].Unknown && slots[j].FirstWord == slots[j].LastWord && !words[unknown.FirstWord].Prefixes.Contains("و")
                    && !Enumerable.Range(slots[j].LastWord + 1, unknown.FirstWord - slots[j].LastWord - 1).Any(w => breaks[w]))
                {
                    slots.RemoveAt(k);
                }
                break;
            }
        }
    }

    private const int AppositionReach = 6;

    // اللواء منصور التركي، اللواء سعد بن رحيل السويدي: a state's masculine nisba (one definite word) right after an unknown titled
    // person ends that person's name: a family name, not the state (evunk30). Right after the title itself (الدكتور التركي) the
    // entity stage already reads it as a person (ArticleResolver.IsTitledFamilyNisba, honorifics.tsv), which UnknownTitled takes.
    private static void FamilyNisbas(List<Token> words, bool[] breaks, List<ActorSlot> slots)
    {
        for (var k = 0; k < slots.Count; k++)
        {
            var state = slots[k];
            var i = state.FirstWord;
            var w = words[i];
            if (i == 0 || state.IsPlace || state.LastWord != i || state.Unknown || state.Actor.Country is not { Length: 3 } country
                || state.Actor.Code != country || breaks[i] || !w.Prefixes.SequenceEqual(["ال"]) || !w.Norm.EndsWith('ي'))
            {
                continue;
            }
            var person = slots.FindIndex(s => s.Unknown && s.LastWord == i - 1);
            if (person >= 0)
            {
                slots[person] = slots[person] with { LastWord = i };
                slots.RemoveAt(k--);
            }
        }
    }

    // A personal title of the knowledge base's honorifics.tsv (الدكتور، اللواء، د.), the list the entity stage reads too.
    private static bool IsHonorific(Token w, IReadOnlyDictionary<string, bool> honorifics) =>
        w.Suffixes.Count == 0 && honorifics.ContainsKey(w.Norm) && (w.Prefixes.Contains("ال") || w.Norm == "د");

    // أشاد مدير جوازات منطقة عسير …، دعا أمين عام اللجنة الوطنية …: an office noun (roles.tsv kind officeholder, no pronoun on it)
    // that no actor covers, followed by a word no actor covers, and with no actor (not a place) starting within three words
    // after it in its clause, heads a body the knowledge base does not know: an unknown official. One word: the body's words
    // after it keep their own slots (a place, a state named inside the body's name).
    private static void AddUnknownOfficials(List<Token> words, bool[] breaks, bool[] covered, bool[] named, List<ActorSlot> slots, RoleWords roles,
        HashSet<string> titleWords)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var w = words[i];
            // الرئيس السابق، الرئيس الفرنسي: with the article, رئيس is the president the knowledge base's titles read. ولي العهد نائب
            // رئيس مجلس الوزراء، ولي ولي العهد النائب الثاني: a title going on a named person's chain of titles (a name, a linked title
            // or a word of the knowledge base's titles right before it) is that person's. قائد ميداني، قائد عسكري: an indefinite
            // noun with its nisba adjective heads nothing; it is one of a group, told as such.
            var next = words[i + 1];
            if ((!w.Prefixes.Contains("ال") && !next.Prefixes.Contains("ال") && next.Norm.EndsWith('ي'))
                || covered[i] || covered[i + 1] || named[i + 1] || breaks[i + 1] || w.Suffixes.Count > 0 || !roles.Is(w.Norm, RoleWordKind.OfficeHolder)
                || !w.Prefixes.All(p => p is "ال" or "و") || (w.Norm == "رئيس" && w.Prefixes.Contains("ال"))
                || (i > 0 && (covered[i - 1] || named[i - 1] || titleWords.Contains(words[i - 1].Norm))))
            {
                continue;
            }
            // الأمين العام لـ"حزب الله": a quotation mark may stand before the body's name.
            if (slots.Exists(s => !s.IsPlace && s.FirstWord > i && s.FirstWord <= i + 3))
            {
                continue;
            }
            covered[i] = true;
            slots.Add(new ActorSlot(i, i, new EventActor(w.Text, null, null, null), false, null) { Unknown = true });
        }
    }

    /// <summary>
    /// True when slot <paramref name="b"/> is coordinated with the slot <paramref name="a"/> just before it:
    /// <paramref name="b"/>'s first word carries و right after <paramref name="a"/>, or a lone و stands between them.
    /// </summary>
    public bool Coordinated(ActorSlot a, ActorSlot b)
    {
        var gap = b.FirstWord - a.LastWord - 1;
        if (gap < 0 || gap > MaxCoordinationGap || a.IsPlace || b.IsPlace)
        {
            return false;
        }
        // وقوات الدعم السريع: the analyzer may leave و on the word; the mention then starts after it.
        return gap == 0
            ? (Words[b.FirstWord].Prefixes.Count > 0 && Words[b.FirstWord].Prefixes[0] == "و")
                || (Words[b.FirstWord].Text.StartsWith('و') && !b.Actor.Text.StartsWith('و') && Words[b.FirstWord].Text.EndsWith(b.Actor.Text.Split(' ')[0], StringComparison.Ordinal))
            : Words[a.LastWord + 1].Norm == "و";
    }

    // The officials' word in the oblique plural right before عن (المسؤولين عن، مسؤولين عن): the adjective "responsible for", not
    // officials of a government. Of the whole corpus's 61 events with such a word for an actor, none read it as officials (the
    // nominative المسؤولون عن may be a verb's subject with its own عن: أعرب المسؤولون عن قلقهم, so it is left as it is).
    private static bool ResponsibleFor(List<Token> words, int i, RoleWords roles) =>
        i + 1 < words.Count && words[i + 1].Norm == "عن" && words[i + 1].Prefixes.Count == 0 && words[i].Suffixes.Count == 0
        && words[i].Norm.EndsWith("ين", StringComparison.Ordinal) && roles.SectorOf(words[i].Norm) == "GOV";

    private static void AddAgents(string text, List<Token> words, bool[] covered, List<ActorSlot> slots, RoleWords roles)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!covered[i] && AnaphorSector(words[i], roles) is { } own
                && slots.LastOrDefault(s => s.LastWord < i && !s.IsPlace && s.Actor.Country is not null) is { } antecedent)
            {
                // بلاده after وزير الخارجية الإيراني: the minister's state.
                var country = antecedent.Actor.Country!;
                slots.Add(new ActorSlot(i, i, new EventActor(words[i].Text, null, country, country + own), false, null));
                continue;
            }
            // الجماعات المسلحة، مجموعات متمردة: a group noun and its adjective name the group together.
            if (!covered[i] && i + 1 < words.Count && !covered[i + 1] && roles.SectorOf(words[i].Norm, words[i + 1].Norm) is { } group
                && !(i > 0 && roles.Is(words[i - 1].Norm, RoleWordKind.NonActor)))
            {
                covered[i + 1] = true;
                var nisba = slots.FindIndex(s => s.FirstWord == i + 2 && !s.IsPlace && s.Actor.Country is not null);
                if (nisba >= 0)
                {
                    var state = slots[nisba];
                    slots[nisba] = state with { FirstWord = i, Actor = new EventActor(text[words[i].Start..words[state.LastWord].End], null, state.Actor.Country, state.Actor.Country + group[^3..]) };
                }
                else
                {
                    slots.Add(new ActorSlot(i, i + 1, new EventActor(text[words[i].Start..words[i + 1].End], null, Origin(group), group), false, null));
                }
                i++;
                continue;
            }
            if (!covered[i] && ResponsibleFor(words, i, roles))
            {
                // المسؤولين عن الهجمات "those responsible for the attacks": whoever they are, the sentence does not name them; the slot
                // keeps the nearest actor from taking their place (SYRGOV read as the author of «تحديد المسؤولين عن هجمات … في سوريا»).
                covered[i] = true;
                slots.Add(new ActorSlot(i, i, new EventActor(words[i].Text, null, null, null), false, null) { Unknown = true });
                continue;
            }
            if (covered[i] || roles.SectorOf(words[i].Norm) is not { } sector
                || (i > 0 && roles.Is(words[i - 1].Norm, RoleWordKind.NonActor))
                || (i + 1 < words.Count && roles.Is(words[i + 1].Norm, RoleWordKind.NonActor))
                || (sector == "COP" && i + 1 < words.Count && IsSecurityField(words[i + 1], roles))
                || (sector == "COP" && IsSecurityValue(words, i, roles))
                // آلاف الدولارات، عشرات الغارات: a count of people before a counted thing counts things, no civilians.
                || (sector == "CVL" && i + 1 < words.Count && roles.Is(words[i + 1].Norm, RoleWordKind.Counted)))
            {
                continue;
            }
            // طائراتها، قواته: forces with a possessive pronoun belong to the actor before them.
            if (words[i].Suffixes.Count > 0
                && slots.LastOrDefault(s => s.LastWord < i && !s.IsPlace && s.Actor.Country is not null) is { } owner)
            {
                var c = owner.Actor.Country!;
                slots.Add(Origin(sector) is { } origin
                    ? new ActorSlot(i, i, new EventActor(words[i].Text, null, origin, sector), false, null)
                    : new ActorSlot(i, i, new EventActor(words[i].Text, null, c, c + sector), false, null) { CountryAssumed = true });
                continue;
            }
            // A nisba or state right after the noun (المتظاهرون المصريون، الجيش السوري) gives its country.
            var next = slots.FindIndex(s => s.FirstWord == i + 1 && !s.IsPlace);
            if (next < 0 && NisbaAfterAdjective(words, slots, covered, i) is var far and >= 0)
            {
                var state = slots[far];
                var home = state.Actor.Country!;
                slots[far] = state with { FirstWord = i, Actor = new EventActor(text[words[i].Start..words[state.LastWord].End], null, home, home + sector[^3..]) };
                covered[i + 1] = true;
                continue;
            }
            if (next >= 0)
            {
                var state = slots[next];
                if (state.Actor.Country is { } country && state.Actor.Name is null or { Length: > 0 })
                {
                    var span = text[words[i].Start..words[state.LastWord].End];
                    slots[next] = state with
                    {
                        FirstWord = i,
                        Actor = new EventActor(span, state.Actor.Name, country, state.Actor.Code is { Length: > 3 } c ? c : country + sector[^3..]),
                    };
                    continue;
                }
            }
            // طائرات تابعة للتحالف، مقاتلات حربية تابعة للتحالف العربي: a group said to belong (one adjective may stand between) to
            // the named organization after ل is that organization's, as members are below (else the place's state took it).
            if (OwnerAfterBelonging(words, slots, covered, i, roles) is var ownerSlot and >= 0)
            {
                var org = slots[ownerSlot];
                var span = text[words[i].Start..words[org.LastWord].End];
                slots[ownerSlot] = org with
                {
                    FirstWord = i,
                    Actor = org.Actor.Country is { } home && org.Actor.Code is { Length: 3 } ? new EventActor(span, null, home, home + sector[^3..]) : org.Actor with { Text = span },
                };
                continue;
            }
            // مسؤولين في الحرس الثوري، مسلحون من جماعة X: members of a named organization (also one filed without a state: IMG,
            // IGO) are coded as it. After من one noun in
            // construct may stand before the name (مئات من مقاتلي تنظيم الدولة، عشرات من أنصار حزب X: the partitive names the group).
            if (i + 2 < words.Count && words[i + 1].Norm is "في" or "من" && words[i + 1].Prefixes.Count == 0
                && slots.FindIndex(s => (s.FirstWord == i + 2 || (s.FirstWord == i + 3 && words[i + 1].Norm == "من" && InConstruct(words[i + 2], covered[i + 2])))
                    && !s.IsPlace && s.Actor.Name is not null && s.Actor.Code is { Length: >= 3 }) is var member and >= 0)
            {
                var org = slots[member];
                var span = text[words[i].Start..words[org.LastWord].End];
                // مسلحين من غزة، مواطنين من الموصل: a state or city keeps the group's own sector (PSEREB, IRQCVL).
                slots[member] = org with
                {
                    FirstWord = i,
                    Actor = org.Actor.Country is { } home && org.Actor.Code is { Length: 3 } ? new EventActor(span, null, home, home + sector[^3..]) : org.Actor with { Text = span },
                };
                continue;
            }
            // طلاب الجامعات الأمريكية، عمال الشركات السعودية: a definite noun in construct after the group and a nisba agreeing with
            // it: the nisba gives the group's country (the students of American universities are American), not the place named later.
            if (i + 2 < words.Count && !covered[i + 1] && words[i + 1].Prefixes is ["ال"] && words[i + 2].Prefixes is ["ال"]
                && roles.SectorOf(words[i + 1].Norm) is null
                && IsNisba(words[i + 2])
                && slots.FindIndex(s => s.FirstWord == i + 2 && s.LastWord == i + 2 && !s.IsPlace && s.Actor.Country is not null) is var nisba2 and >= 0)
            {
                var state = slots[nisba2];
                slots[nisba2] = state with
                {
                    FirstWord = i,
                    Actor = new EventActor(text[words[i].Start..words[i + 2].End], null, state.Actor.Country, state.Actor.Country + sector[^3..]),
                };
                covered[i + 1] = true;
                continue;
            }
            // آلاف الطلاب، مئات المحتجين: the second noun names the group.
            if (i + 1 < words.Count && !covered[i + 1] && roles.SectorOf(words[i + 1].Norm) is { } inner)
            {
                slots.Add(new ActorSlot(i, i + 1, new EventActor(text[words[i].Start..words[i + 1].End], null, Origin(inner), inner), false, null));
                covered[i + 1] = true;
                continue;
            }
            slots.Add(new ActorSlot(i, i, new EventActor(words[i].Text, null, Origin(sector), sector), false, null));
        }
    }

    // طائرات تابعة ل…، طائرات حربية تابعة ل…: the slot of the named organization with ل right after the word of belonging that
    // follows the group noun at i, or one adjective in ـي/ـية after it that no mention covers; -1 when there is none.
    private static int OwnerAfterBelonging(IReadOnlyList<Token> words, List<ActorSlot> slots, bool[] covered, int i, RoleWords roles)
    {
        for (var j = i + 1; j <= i + 2 && j + 1 < words.Count; j++)
        {
            if (covered[j])
            {
                return -1;
            }
            if (words[j].Prefixes is [] or ["ال"] && roles.Is(words[j].Norm, RoleWordKind.Belonging))
            {
                if (!words[j + 1].Prefixes.Contains("ل"))
                {
                    return -1;
                }
                for (var k = 0; k < slots.Count; k++)
                {
                    var s = slots[k];
                    if (s.FirstWord == j + 1 && !s.IsPlace && s.Actor.Name is not null && s.Actor.Code is { Length: >= 3 })
                    {
                        return k;
                    }
                }
                return -1;
            }
            if (!IsNisba(words[j]))
            {
                return -1;
            }
        }
        return -1;
    }

    // طائرات حربية تركية، القوات البرية الروسية: an adjective in ـي/ـية that is no actor may stand between a group noun and the
    // nisba that gives its country; the three agree in definiteness. The slot index of that nisba, or -1.
    private static int NisbaAfterAdjective(IReadOnlyList<Token> words, List<ActorSlot> slots, bool[] covered, int i)
    {
        if (i + 2 >= words.Count || covered[i + 1] || !IsNisba(words[i + 1]) || !IsNisba(words[i + 2]))
        {
            return -1;
        }
        var definite = words[i].Prefixes.Contains("ال");
        if (!words[i + 1].Prefixes.All(p => p == "ال") || !words[i + 2].Prefixes.All(p => p == "ال")
            || words[i + 1].Prefixes.Contains("ال") != definite || words[i + 2].Prefixes.Contains("ال") != definite
            || slots.Exists(s => s.FirstWord <= i + 1 && s.LastWord >= i + 1))
        {
            return -1;
        }
        return slots.FindIndex(s => s.FirstWord == i + 2 && s.LastWord == i + 2 && !s.IsPlace && s.Actor.Country is not null);
    }

    // مقاتلي، عناصر، أنصار: a bare noun in construct (no article, no clitic) that no mention covers.
    // The segmenter may read the construct plural's ي as a pronoun (مقاتلي → مقاتل + ي).
    private static bool InConstruct(Token w, bool covered) => !covered && w.Prefixes.Count == 0 && w.Suffixes is [] or ["ي"];

    // الأمريكية، السعوديين: a relative adjective (normalized ي/يه/يين/يون), not a state's name (العراق، اليمن).
    private static bool IsNisba(Token w) =>
        NisbaShape.EndsLikeAny(w.Norm);

    // مستشار الأمن القومي، الأمن الغذائي، الأمن الإقليمي: security as a field of policy is no police force
    // (الأمن العام and الأمن الداخلي are, and stay COP).
    private static bool IsSecurityField(Token next, RoleWords roles) =>
        next.Prefixes.Contains("ال") && roles.Is(next.Norm, RoleWordKind.SecurityField);

    // حفظ الأمن، زعزعة أمن المنطقة، الأمن والاستقرار، الاستقرار والأمن: أمن governed by a noun of keeping or shaking it, or
    // coordinated with another value, is the value, no police force (رجال الأمن، قوات الأمن والجيش stay COP). A partner after
    // it has و and the article (والاستقرار), so a verbal noun governing a next phrase (الأمن وتعزيز …) is not read as one.
    private static bool IsSecurityValue(List<Token> words, int i, RoleWords roles) =>
        words[i].Norm == SecurityNorm
        && ((i > 0 && roles.Is(words[i - 1], RoleWordKind.SecurityValue))
            || (i + 1 < words.Count && words[i + 1].Prefixes is ["و", "ال"] && roles.Is(words[i + 1].Norm, RoleWordKind.SecurityValue)));

    private static readonly string SecurityNorm = ArabicNormalizer.Normalize("أمن");

    // مستوطنون (ISRCVL): a group named by its own origin has that country, not the place's nor the first actor's.
    private static string? Origin(string sector) => sector.Length == 6 ? sector[..3] : null;

    // The segmenter leaves a final ه on short stems (ة is normalized to ه), so بلاده may come unsplit.
    /// <summary>The sector of an anaphor word carrying a possessive pronoun (بلاده، سفارتها), else null.</summary>
    internal static string? AnaphorSector(Token w, RoleWords roles)
    {
        if (w.Suffixes.Count > 0)
        {
            return roles.AnaphorSectorOf(w.Norm);
        }
        foreach (var pronoun in (ReadOnlySpan<string>)["ها", "هم", "ه"])
        {
            if (w.Norm.Length > pronoun.Length + 2 && w.Norm.EndsWith(pronoun, StringComparison.Ordinal)
                && roles.AnaphorSectorOf(w.Norm[..^pronoun.Length]) is { } sector)
            {
                return sector;
            }
        }
        return null;
    }

    private static EventLocation? PlaceOf(EntityMention m, KnowledgeBase knowledge)
    {
        // The place the resolver chose when the name is shared (عمان read as Amman in an article about Jordan, رفح of Egypt),
        // else the first actor of that name with a location.
        var named = knowledge.FindByName(m.Text);
        foreach (var actor in named)
        {
            if (actor.Location is { } p && m.Name is not null && actor.Name == m.Name && actor.Country == m.Country)
            {
                return new EventLocation(actor.Name, actor.Country, p.Latitude, p.Longitude);
            }
        }
        foreach (var actor in named)
        {
            if (actor.Location is { } p)
            {
                return new EventLocation(actor.Name, actor.Country ?? m.Country, p.Latitude, p.Longitude);
            }
        }
        if (m.Country is { } iso && knowledge.FindCountry(iso) is { } country && (m.Name is null || m.Name == country.Name))
        {
            return new EventLocation(country.Name, iso, country.Centroid?.Latitude, country.Centroid?.Longitude);
        }
        return m.Name is { } name ? new EventLocation(name, m.Country, null, null) : null;
    }

    private static (int First, int Last) WordSpan(List<Token> words, int start, int end)
    {
        int first = -1, last = -1;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].End > start && words[i].Start < end)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return (first, last);
    }

    private static bool IsClauseMark(string text) => text is "،" or "," or "؛" or ";" or ":" or "(" or ")" or "«" or "»" or "\"" or "“" or "”" or "-" or "–";

    // و or ف glued to the word: a conjunction (the analyzer puts it first among the prefixes).
    internal static bool HasConjunction(Token w) => w.Prefixes.Count > 0 && w.Prefixes[0] is "و" or "ف";

    private static HashSet<int> FindActSubjects(List<Token> words, bool[] breaks, TriggerLexicon lexicon)
    {
        var acts = new HashSet<int>();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (breaks[i] && IsComplementizer(words[i], lexicon) && !breaks[i + 1]
                && CliticVariants.Of(ArabicNormalizer.Normalize(words[i + 1].Text)).Exists(v => IsActNoun(lexicon.Lookup(v.Stem))))
            {
                acts.Add(i + 1);
            }
        }
        return acts;
    }

    // A verbal noun that is an act by itself (الهجوم، الانفجار، الاجتماع), not only with a companion word after it: التنظيم is
    // "staging" only before مظاهرة; alone it is the organization the speaker belongs to.
    private static bool IsActNoun(ReadOnlySpan<LexiconHit> hits)
    {
        foreach (var hit in hits)
        {
            if (hit.Form == WordForm.Noun && hit.Entry.Companions.Count == 0)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsComplementizer(Token w, TriggerLexicon lexicon) =>
        w.Norm is "ان" && (w.Prefixes.Count == 0 || w.Prefixes[0] is "ب" or "و") || lexicon.IsCue(ArabicNormalizer.Normalize(w.Text), CueKind.Complementizer);

    private static bool IsVerbLike(Token w, TriggerLexicon lexicon)
    {
        if (w.Prefixes.Contains("ال"))
        {
            return false;
        }
        var bare = CliticVariants.WithoutConjunction(ArabicNormalizer.Normalize(w.Text));
        if (lexicon.IsReportingVerb(bare))
        {
            return true;
        }
        foreach (var hit in lexicon.Lookup(bare))
        {
            // w: forms in the lexicon are irregular finite verbs (صادرت، دعت، أوقفوا): they open a clause too.
            if (hit.Form is WordForm.Past or WordForm.Present or WordForm.Future or WordForm.Word)
            {
                return true;
            }
        }
        return false;
    }
}
