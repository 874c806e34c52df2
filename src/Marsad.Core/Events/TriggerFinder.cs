namespace Marsad.Core.Events;

/// <summary>
/// Finds the words of a sentence that signal an event, with their negation and mode.
/// Rules:
/// <list type="bullet">
/// <item>each word is looked up bare, then without proclitics (و ف ب ل ك ال) and enclitic pronouns; the first reading found wins;</item>
/// <item>an entry with companions (فرض → عقوبات) counts only when one of them follows within five words (words of a count or a near day between not counted); it then wins over entries without, and the words up to the companion yield no trigger of their own (فرض حظر التجول is one event);</item>
/// <item>a verb with no target (intransitive: انفجر) takes its companion, which is then its subject, also from the three words before it (سيارة مفخخة انفجرت);</item>
/// <item>among the remaining entries of a word, the earliest in the lexicon file wins;</item>
/// <item>a bare three-letter past spelled like its verbal noun (خطف، قتل، قصف) after an indefinite noun in ـة or ـات, with no companion, is that verbal noun (عملية خطف، حملة قتل);</item>
/// <item>a verbal noun right after تم، يتم or سيتم is the passive verb of that tense (تم اغتصابها، سيتم اعتقال);</item>
/// <item>an event noun that tells no happening is none: right after عدد/نسبة/معدل or an accusative after a count from 11 (a statistic), right after a demonstrative (هذا الهجوم: told before), up to three words after قضية/تورط/التحقيق (a case), up to four words after ذكرى or right after N عاما على (a commemoration), مقاطعة after في (a province);</item>
/// <item>an attack verb right after a relative pronoun tells an act told before (الوزير الذي اغتيل في 2005: <see cref="NonEpisodic.Recalled"/>), and so does an attack noun after it in the sentence: none, unless the clause names its own subject, a near day stands in it, or the antecedent opens a reported clause;</item>
/// <item>a present protest verb right after a protester noun describes the crowd (متظاهرين يحتجون على): none, unless "still" stands before the noun;</item>
/// <item>a protest row that lists only verb forms yields nothing for the word read as a noun (مكان التجمع), except after ب (قيامهم بالتجمع);</item>
/// <item>a word in a fixed expression that gives it another sense is none (<see cref="Idioms"/>: مكافحة الشغب، ثلاثية الأبعاد، البحث عن);</item>
/// <item>an event noun right after the head of an institution or device name (مجلس، منظمة، مركز، جهاز) is part of that name; an appeal verb right after the relative ما/مما is a cause (مما دعا X إلى); a page's link line (رابط الخبر …) has no trigger; a word that is never an event (هناك) is none;</item>
/// <item>a verbal noun within six words after a trigger of AGREE, CONSULT, SUPPORT, CONCEDE, RETREAT, REQUEST, REJECT or THREATEN is that act's content (طالب بالإفراج، هدد بفرض عقوبات), not an event of its own;</item>
/// <item>negated: a negation cue (لم، لا، لن، ما، ليس، عدم، دون) among the two preceding words, unless a continuative (يزال، زال) follows it (لا يزال = still) or it is دون/بدون with a noun of its own between (طائرة بدون طيار بإطلاق: not negated; دون أن تهاجم: negated); or a denial verb (نفى، أنكر) up to six words before, followed by the complementizer أن before the trigger;</item>
/// <item>mode: hypothetical after a condition (إذا، لو، في حال) up to eight words before, or for a present verb right after من (whoever), or in a statement that tells no happening (<see cref="NonEpisodic"/>: a habit, a noun that rates, a poll); intent after an intent verb (يعتزم، ينوي، يريد) up to four words before; future for a form with سـ or after سوف/لن in the two preceding words; possible after قد before a present form, or ربما up to three words before; the first that applies in that order.</item>
/// </list>
/// </summary>
public sealed class TriggerFinder
{
    private const int CompanionWindow = 5;
    private const int MaxCountWords = 4;
    private const int SubjectCompanionWindow = 3;
    private const int ExplosionSubjectWindow = 15;
    private const int ComplementWindow = 6;
    private const int NegationWindow = 2;
    private const int DenialWindow = 6;
    private const int IntentWindow = 4;
    private const int ConditionWindow = 8;
    private const int PossibleWindow = 3;
    private const int AnniversaryWindow = 4;
    private const int InquiryWindow = 3;

    // بتهم «الخطف وارتكاب العشرات من أعمال الاغتصاب»: a charge governs a list of acts, often longer than a case word's phrase.
    private const int ChargeWindow = 8;

    // A cardinal written in digits from 11 up before an event noun in the accusative (140 هجوما) counts events over a
    // period: a statistic. Only the accusative: a list number before a heading (20: تفجير انتحاري) is no count.
    private const int AggregateCount = 11;

    // قد before a past verb means "has already", not "may".
    private const string MayParticle = "قد";

    private static readonly Lazy<TriggerFinder> LazyDefault = new(() => new TriggerFinder(TriggerLexicon.Default));

    private readonly TriggerLexicon _lexicon;
    private readonly Idioms _idioms;

    // The closed word lists of the non-episodic rules (non-episodic.tsv): IsCharged reads its near days there.
    private readonly NonEpisodicWords _nonEpisodic;

    /// <summary>Creates a finder over <paramref name="lexicon"/> with the embedded fixed expressions (<see cref="Idioms.Default"/>).</summary>
    public TriggerFinder(TriggerLexicon lexicon)
        : this(lexicon, Idioms.Default)
    {
    }

    /// <summary>Creates a finder over <paramref name="lexicon"/> that reads a word inside one of <paramref name="idioms"/> as no trigger.</summary>
    public TriggerFinder(TriggerLexicon lexicon, Idioms idioms)
        : this(lexicon, idioms, NonEpisodicWords.Default)
    {
    }

    /// <summary>Creates a finder that also reads the near days of <paramref name="nonEpisodic"/> (the embedded lists by default).</summary>
    internal TriggerFinder(TriggerLexicon lexicon, Idioms idioms, NonEpisodicWords nonEpisodic)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(idioms);
        ArgumentNullException.ThrowIfNull(nonEpisodic);
        _lexicon = lexicon;
        _idioms = idioms;
        _nonEpisodic = nonEpisodic;
    }

    /// <summary>The finder over the embedded lexicon.</summary>
    public static TriggerFinder Default => LazyDefault.Value;

    /// <summary>The trigger candidates of one sentence, in word order, at most one per word; none in a page's link line.</summary>
    public IReadOnlyList<TriggerCandidate> Find(IReadOnlyList<EventToken> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var found = new List<TriggerCandidate>();
        if (IsBoilerplate(tokens))
        {
            return found;
        }
        var consumed = new HashSet<int>();
        var readings = new List<(string Stem, ReadingKind Kind)>?[tokens.Count];
        var recalled = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (consumed.Contains(i) || IsCueOnly(tokens[i].Norm) || Match(tokens, readings, i) is not { } match)
            {
                continue;
            }
            for (var j = i + 1; j <= match.CompanionIndex; j++)
            {
                consumed.Add(j);
            }
            var form = match.Form == WordForm.Past && match.CompanionIndex < 0 && IsConstructNoun(tokens, i, match.Stem) ? WordForm.Noun
                : match.Form == WordForm.Noun && i > 0 ? PassiveOf(tokens[i - 1].Norm) ?? match.Form : match.Form;
            if ((form == WordForm.Noun && (IsComplement(found, i) || IsNoHappening(tokens, i))) || IsCharged(tokens, i, form, match.Stem)
                || IsInName(tokens, i) || IsYearsSince(tokens, i) || IsCausative(tokens, i, match.Hit.Entry, form)
                || IsCrowdPlace(tokens, i, match.Hit.Entry, match.Stem, form)
                || IsCrowdDescription(tokens, i, match.Hit.Entry, form)
                || IsRecalled(tokens, i, match.Hit.Entry, form, match.Stem, ref recalled)
                || _idioms.Holds(tokens, i, match.Hit.Entry.Lemma, match.Stem))
            {
                continue;
            }
            found.Add(new TriggerCandidate(
                match.Hit.Entry, i, tokens[i].Start, tokens[i].End, match.Stem, form, match.CompanionIndex,
                IsNegated(tokens, i, form, match.Stem), ModeOf(tokens, i, form, match.Stem)));
        }
        return found;
    }

    // عملية خطف، حملة قتل، عمليات قصف: the bare three-letter past (خطف، قتل، قصف) is spelled like its verbal noun; after an
    // indefinite noun in ـة or ـات (the head of a construct), or right after a preposition (في قصف), it is that noun, not a verb. A word with the article (الشرطة قتلت)
    // or a clitic on the trigger itself (وقتل) keeps the verb reading, and so does a verb whose companion follows (مفخخة فجر نفسه).
    private static bool IsConstructNoun(IReadOnlyList<EventToken> tokens, int i, string stem)
    {
        if (i == 0 || stem.Length != 3 || tokens[i].Norm != stem)
        {
            return false;
        }
        var head = tokens[i - 1].Norm;
        // في قصف، على قتل: no finite verb stands right after a preposition (من is left out: it is also "who", من قتل).
        if (CliticVariants.WithoutConjunction(head) is "في" or "علي" or "الي" or "عن" or "مع")
        {
            return true;
        }
        return head.Length >= 4 && !head.StartsWith("ال", StringComparison.Ordinal) && !head.StartsWith("وال", StringComparison.Ordinal)
            && (head.EndsWith('ه') || head.EndsWith("ات", StringComparison.Ordinal));
    }

    // An event noun that tells no happening of its own: a count of events (عدد الهجمات، 140 هجوما), an act told before
    // (هذا الهجوم), the subject of a case or an inquiry (قضية اغتيال، تورطهم في التفجيرات), a commemoration (الذكرى الثانية
    // لاغتيال), a province (في مقاطعة). A statistic or a back-reference is no new event in the news.
    private bool IsNoHappening(IReadOnlyList<EventToken> tokens, int i)
    {
        if (i == 0)
        {
            return false;
        }
        var previous = tokens[i - 1];
        var isCount = int.TryParse(previous.Norm, out var count) && count >= AggregateCount && tokens[i].Norm.EndsWith('ا');
        var province = Cue(tokens[i], CueKind.Place) && CliticVariants.WithoutConjunction(previous.Norm) == "في";
        return isCount || province
            || Cue(previous, CueKind.Aggregate) || Cue(previous, CueKind.Demonstrative)
            || AnyBefore(tokens, i, InquiryWindow, CueKind.Inquiry) || AnyBefore(tokens, i, AnniversaryWindow, CueKind.Anniversary);
    }

    // اعدموا بتهم «الخطف وارتكاب العشرات من أعمال الاغتصاب»، الميليشيات المتهمة بارتكاب أعمال اغتصاب ونهب وقتل: an event noun up
    // to eight words after a charge word is the matter of the charge (the list of acts it names), no act told as done. A bare
    // three-letter past after a conjunction (ونهب وقتل) in such a list is the verbal noun it is spelled like (the stem is the
    // whole form read, so a conjugated verb, حاصروا، never equals a three-letter stem).
    // A near day between them (المتهم الرئيسي أمس، وقتل مسلحون جنديين) opens a new clause of news: the scan stops there.
    private bool IsCharged(IReadOnlyList<EventToken> tokens, int i, WordForm form, string stem)
    {
        if (form != WordForm.Noun && !(form == WordForm.Past && stem.Length == 3 && CliticVariants.WithoutConjunction(tokens[i].Norm) == stem))
        {
            return false;
        }
        for (var j = i - 1; j >= Math.Max(0, i - ChargeWindow); j--)
        {
            if (_nonEpisodic.Is(CliticVariants.WithoutConjunctionSpan(tokens[j].Norm), NonEpisodicKind.NearDay))
            {
                return false;
            }
            if (Cue(tokens[j], CueKind.Charge))
            {
                return true;
            }
        }
        return false;
    }

    // مجلس التعاون، منظمة التعاون الإسلامي، مركز احتجاز، جهاز طرد مركزي: an event word right after the head of an
    // institution or a device is part of its name, not an act; a bare one (طرد) is the verbal noun there, never a verb.
    private bool IsInName(IReadOnlyList<EventToken> tokens, int i) => i > 0 && Cue(tokens[i - 1], CueKind.Institution);

    // فتحت الشرطة النار على متظاهرين يحتجون على الغلاء، المتظاهرون يحتجون على تسمية الخليج: a present protest verb right after
    // a protester noun describes the crowd the noun already names (what it protests), a protest told in passing. Not after
    // "still" (ما زال المتظاهرون يعتصمون: the sit-in goes on, news).
    private bool IsCrowdDescription(IReadOnlyList<EventToken> tokens, int i, TriggerEntry entry, WordForm form) =>
        form == WordForm.Present && entry.Plover == PloverType.Protest && i > 0 && Cue(tokens[i - 1], CueKind.Protester)
        && !(i > 1 && Cue(tokens[i - 2], CueKind.Continuative));

    // مكان التجمع، هجوم على تجمع لهم، السير في الشوارع: a protest row that lists only verb forms tells the crowd's act by its
    // verb; read as a noun (with the article, after a preposition or a noun) the word names the gathering as a place or a
    // thing, or the everyday sense (السير: traffic). Only the periphrasis with ب (قيامهم بالتجمع أمام السفارة) is the act.
    private bool IsCrowdPlace(IReadOnlyList<EventToken> tokens, int i, TriggerEntry entry, string stem, WordForm form)
    {
        // A bare past right after a preposition is a noun even where a companion follows (هجوم على تجمع لهم أمام المبنى).
        var afterPreposition = i > 0 && tokens[i].Norm == stem && CliticVariants.WithoutConjunction(tokens[i - 1].Norm) is "في" or "علي" or "الي" or "عن" or "مع";
        if ((form != WordForm.Noun && !afterPreposition) || entry.Plover != PloverType.Protest || CliticVariants.WithoutConjunction(tokens[i].Norm).StartsWith('ب'))
        {
            return false;
        }
        return !_lexicon.HasNounForm(entry, stem);
    }

    // الذي اغتيل في 2005، الذين قتلوا في الاعتداءات: an attack verb right after a relative pronoun tells an act told before
    // (NonEpisodic.Recalled); an attack noun after it in the sentence names that act's means or occasion or an act of the same
    // account (حركة الشباب التي شنت عددا من الهجمات … ولا سيما الهجوم على جامعة غاريسا), the same background.
    private bool IsRecalled(IReadOnlyList<EventToken> tokens, int i, TriggerEntry entry, WordForm form, string stem, ref int recalled)
    {
        if (NonEpisodic.Recalled(tokens, i, entry, form, stem, _lexicon))
        {
            recalled = i;
            return true;
        }
        return recalled >= 0 && form == WordForm.Noun && entry.Plover == PloverType.Assault;
    }

    // رابط الخبر بصحيفة …: a page's link line repeats the headline; its words tell no event of their own.
    private bool IsBoilerplate(IReadOnlyList<EventToken> tokens) =>
        tokens.Count > 1 && Cue(tokens[0], CueKind.Boilerplate) && Cue(tokens[1], CueKind.Boilerplate);

    // مما دعا X إلى الرد، ما دعا إلى القلق: an appeal verb after the relative ما is "led to", a cause, not an appeal.
    private bool IsCausative(IReadOnlyList<EventToken> tokens, int i, TriggerEntry entry, WordForm form) =>
        i > 0 && entry.Plover == PloverType.Request && form is WordForm.Past or WordForm.Word && Cue(tokens[i - 1], CueKind.Causative);

    // N عاما على + an act (مرور 26 عاما على خطف): years since it happened, a commemoration. After على the word is a noun
    // whatever it looks like (a bare خطف is read as a verb elsewhere), so this holds for every form. Norms write ى as ي.
    private bool IsYearsSince(IReadOnlyList<EventToken> tokens, int i) =>
        i > 1 && CliticVariants.WithoutConjunction(tokens[i - 1].Norm) == "علي" && Cue(tokens[i - 2], CueKind.Years);

    // تم اغتصابها، يتم تدمير، سيتم اعتقال: تمّ + a verbal noun is the passive of its verb, in the tense of تم.
    private static WordForm? PassiveOf(string previous) => CliticVariants.WithoutConjunction(previous) switch
    {
        "تم" => WordForm.Past,
        "يتم" or "تتم" => WordForm.Present,
        "سيتم" or "ستتم" => WordForm.Future,
        _ => null,
    };

    // The verbal noun after "agreed to", "called for", "rejected", "threatened with" names the
    // content of that act (طالب بالإفراج، هدد بفرض عقوبات), not a second event that happened.
    private static bool IsComplement(List<TriggerCandidate> found, int i)
    {
        for (var k = found.Count - 1; k >= 0 && i - found[k].TokenIndex <= ComplementWindow; k--)
        {
            if (found[k].Plover is { } governor && GovernsComplement(governor))
            {
                return true;
            }
        }
        return false;
    }

    private static bool GovernsComplement(PloverType type) => type is PloverType.Agree or PloverType.Consult or PloverType.Support
        or PloverType.Concede or PloverType.Retreat or PloverType.Request or PloverType.Reject or PloverType.Threaten;

    // A function word is never an event, even where it looks like a lexicon form.
    private bool IsCueOnly(string norm) =>
        _lexicon.IsCue(norm, CueKind.Negation) || _lexicon.IsCue(norm, CueKind.Complementizer) || _lexicon.IsCue(norm, CueKind.NonEvent);

    // Readings are computed once per word: a word is read as a trigger and as a companion.
    private static List<(string Stem, ReadingKind Kind)> ReadingsOf(IReadOnlyList<EventToken> tokens, List<(string, ReadingKind)>?[] readings, int i) =>
        readings[i] ??= CliticVariants.Of(tokens[i].Norm);

    private (LexiconHit Hit, string Stem, WordForm Form, int CompanionIndex)? Match(IReadOnlyList<EventToken> tokens, List<(string, ReadingKind)>?[] readings, int i)
    {
        foreach (var (stem, kind) in ReadingsOf(tokens, readings, i))
        {
            var hits = _lexicon.Lookup(stem);
            (LexiconHit Hit, int Companion)? bare = null;
            foreach (var hit in hits)
            {
                if (!CliticVariants.Allows(kind, stem, hit.Form))
                {
                    continue;
                }
                if (hit.Entry.Companions.Count == 0)
                {
                    bare ??= (hit, -1);
                }
                else if ((hit.Entry.NewSubject ? NewSubjectAfter(tokens, i, hit.Entry.Companions, hit.Entry.DefiniteCrowd) : CompanionAfter(tokens, readings, i, hit.Entry.Companions)) is var c and >= 0)
                {
                    return (hit, stem, FormOf(kind, hit.Form), c);
                }
                else if (!hit.Entry.NewSubject && IsIntransitiveVerb(hit, kind) && CompanionBefore(tokens, readings, i, hit.Entry) is var p and >= 0)
                {
                    return (hit, stem, FormOf(kind, hit.Form), p);
                }
            }
            if (bare is { } b)
            {
                return (b.Hit, stem, FormOf(kind, b.Hit.Form), -1);
            }
        }
        return null;
    }

    private static WordForm FormOf(ReadingKind kind, WordForm form) =>
        kind is ReadingKind.Definite or ReadingKind.Tanwin ? WordForm.Noun : form;

    // An intransitive verb's companion is its subject, which may come first (SVO); a noun's or a transitive verb's may not.
    private static bool IsIntransitiveVerb(LexiconHit hit, ReadingKind kind) =>
        hit.Form is WordForm.Past or WordForm.Present or WordForm.Future && FormOf(kind, hit.Form) != WordForm.Noun
        && !hit.Entry.TargetIsObject && hit.Entry.TargetPrepositions.Count == 0;

    // سيارة مفخخة متوقفة أمام مديرية الصحة انفجرت: the bomb that explodes is often named at the clause's start, its place between;
    // an explosion's subject is sought further back than a protest's (a wider reach there found protests of other clauses).
    private static int CompanionBefore(IReadOnlyList<EventToken> tokens, List<(string, ReadingKind)>?[] readings, int i, TriggerEntry entry)
    {
        var window = entry.Plover == PloverType.Assault ? ExplosionSubjectWindow : SubjectCompanionWindow;
        for (var j = i - 1; j >= Math.Max(0, i - window); j--)
        {
            foreach (var (reading, _) in ReadingsOf(tokens, readings, j))
            {
                if (entry.Companions.Contains(reading))
                {
                    return j;
                }
            }
        }
        return -1;
    }

    private int CompanionAfter(IReadOnlyList<EventToken> tokens, List<(string, ReadingKind)>?[] readings, int i, IReadOnlyList<string> companions)
    {
        var last = Math.Min(tokens.Count - 1, i + CompanionWindow);
        var counted = 0;
        for (var j = i + 1; j <= last; j++)
        {
            // حشدت روسيا أكثر من مئة ألف جندي: the words of a count (and the من of أكثر من) do not use up the window; nor does a
            // near day or hour between the verb and its object (استدعت وزارة الخارجية مساء اليوم القائم بالأعمال, evtrig22).
            if (counted < MaxCountWords && (Cue(tokens[j], CueKind.Count) || tokens[j].Norm.All(char.IsAsciiDigit)
                || (tokens[j].Norm == "من" && j > i + 1 && Cue(tokens[j - 1], CueKind.Count))
                || _nonEpisodic.Is(CliticVariants.WithoutConjunctionSpan(tokens[j].Norm), NonEpisodicKind.NearDay)))
            {
                counted++;
                last = Math.Min(tokens.Count - 1, last + 1);
                continue;
            }
            foreach (var (reading, _) in ReadingsOf(tokens, readings, j))
            {
                foreach (var companion in companions)
                {
                    if (reading == companion)
                    {
                        return j;
                    }
                }
            }
        }
        return -1;
    }

    // أحرق متظاهرون، حمل نحو 25 متظاهرا، أضرم آلاف المتظاهرين، سارت حشود من المتظاهرين: the companion of a NewSubject row is
    // the verb's subject, after it with only count or crowd words (and من after them) between. Without a count it is an indefinite
    // nominative plural (متظاهرون: a crowd the text names for the first time; متظاهرين alone is an object, شخص one person). With the article
    // (ورفع المتظاهرون لافتات) it is the crowd of a protest told before: arabic-event-gsr labels such sentences "no". A march or a
    // riot of that crowd (definite: وجاب المتظاهرون الشوارع، وأحرق المتظاهرون السيارات) is a protest act in its own right, which
    // gsr's training half does not contradict (evup19: 5 UniversalPetrarch reports, 2 gsr "no").
    private int NewSubjectAfter(IReadOnlyList<EventToken> tokens, int i, IReadOnlyList<string> companions, bool definite)
    {
        var governed = false;
        for (var j = i + 1; j < tokens.Count && j <= i + CompanionWindow; j++)
        {
            var word = tokens[j].Norm;
            if (Cue(tokens[j], CueKind.Count) || Cue(tokens[j], CueKind.Crowd) || word.All(char.IsAsciiDigit) || (word == "من" && governed))
            {
                governed = true;
                continue;
            }
            foreach (var companion in companions)
            {
                if (governed ? word == companion || word == "ال" + companion
                    : (word == companion || (definite && word == "ال" + companion)) && companion.EndsWith("ون", StringComparison.Ordinal))
                {
                    return j;
                }
            }
            return -1;
        }
        return -1;
    }

    private bool IsNegated(IReadOnlyList<EventToken> tokens, int i, WordForm form, string stem)
    {
        for (var j = Math.Max(0, i - NegationWindow); j < i; j++)
        {
            if (Cue(tokens[j], CueKind.Negation) && !Cue(tokens[j + 1], CueKind.Continuative)
                && !(j + 1 < i && Cue(tokens[j], CueKind.NounNegation) && OutsideConstruct(tokens, i, form, stem) && !Cue(tokens[j + 1], CueKind.Complementizer)))
            {
                return true;
            }
        }
        for (var j = Math.Max(0, i - DenialWindow); j < i - 1; j++)
        {
            if (Cue(tokens[j], CueKind.Denial))
            {
                for (var k = j + 1; k < i; k++)
                {
                    if (Cue(tokens[k], CueKind.Complementizer))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // طائرة بدون طيار بإطلاق صاروخ، طائرات بدون طيار قصفت: a conjugated verb, or a noun after a preposition, is no genitive of
    // the noun دون governs, so it stands outside that negation; a bare noun or a listed word may be one (حالت دون وصول مظاهرة،
    // دون تنفيذ وعد: the march was kept away, the promise not kept).
    private static bool OutsideConstruct(IReadOnlyList<EventToken> tokens, int i, WordForm form, string stem)
    {
        if (form is WordForm.Past or WordForm.Present or WordForm.Future)
        {
            return true;
        }
        var word = CliticVariants.WithoutConjunction(tokens[i].Norm);
        var at = word.IndexOf(stem, StringComparison.Ordinal);
        return at > 0 && word[0] is 'ب' or 'ل' or 'ك';
    }

    private EventMode? ModeOf(IReadOnlyList<EventToken> tokens, int i, WordForm form, string stem)
    {
        if (AnyBefore(tokens, i, ConditionWindow, CueKind.Hypothetical) || AfterWhoever(tokens, i, form)
            || NonEpisodic.Holds(tokens, i, form, stem, _lexicon))
        {
            return EventMode.Hypothetical;
        }
        // لشن هجمات: a noun a light verb carries takes the intent of the light verb's clause, one word further back.
        var clause = form == WordForm.Noun && i > 0 && Cue(tokens[i - 1], CueKind.Support) ? i - 1 : i;
        // بهدف عقد اجتماع: a word of aim governs the word right after it only.
        if (AnyBefore(tokens, clause, IntentWindow, CueKind.Intent) || (clause > 0 && Cue(tokens[clause - 1], CueKind.Purpose)))
        {
            return EventMode.Intent;
        }
        if (form == WordForm.Future || AnyBefore(tokens, i, NegationWindow, CueKind.Future))
        {
            return EventMode.Future;
        }
        var mayBe = i > 0 && CliticVariants.WithoutConjunction(tokens[i - 1].Norm) == MayParticle;
        var possible = (mayBe && form == WordForm.Present) || AnyBefore(tokens, i, PossibleWindow, CueKind.Possible, exceptWord: MayParticle);
        return possible ? EventMode.Possible : null;
    }

    /// <summary>
    /// على من يرفض الاتفاق، ومن يعتدي على: من right before a present verb is "whoever" (a preposition never stands there), a
    /// generic case, not an act that happened. The finder and the coder's <c>ModeReader</c> both read it.
    /// </summary>
    internal static bool AfterWhoever(IReadOnlyList<EventToken> tokens, int i, WordForm form) =>
        form == WordForm.Present && i > 0 && CliticVariants.WithoutConjunction(tokens[i - 1].Norm) == "من";

    private bool AnyBefore(IReadOnlyList<EventToken> tokens, int i, int window, CueKind kind, string? exceptWord = null)
    {
        for (var j = Math.Max(0, i - window); j < i; j++)
        {
            if (Cue(tokens[j], kind) && (exceptWord is null || CliticVariants.WithoutConjunction(tokens[j].Norm) != exceptWord))
            {
                return true;
            }
        }
        return false;
    }

    // The word as it is, then without its conjunction (CliticVariants.WithoutConjunction, read as a span: no substring; a word
    // without one is not looked up twice).
    private bool Cue(EventToken token, CueKind kind)
    {
        var bare = CliticVariants.WithoutConjunctionSpan(token.Norm);
        return _lexicon.IsCue(token.Norm, kind) || (bare.Length < token.Norm.Length && _lexicon.IsCue(bare, kind));
    }
}
