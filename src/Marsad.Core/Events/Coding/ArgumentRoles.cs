using Marsad.Core.Entities.Knowledge;
using Marsad.Core.Language;

namespace Marsad.Core.Events.Coding;

/// <summary>
/// Assigns source and target to a trigger from Arabic word order, without a parser.
/// Rules, inside the trigger's clause unless said otherwise:
/// <list type="bullet">
/// <item>an author named right after the act and its victim (على يد X، على أيدي X، من قبل X، من جانب X, the preposition within three words; <see cref="ByAgent"/>, the coder's reading too) is the source, also after a verb followed by a count (قتل ثلاثة متظاهرين على أيدي X);
/// an actor between the act and it is the target; not after a verb whose subject stands before it, nor after a participle qualifying another noun (القيود المفروضة من جانب X), nor من جانبه ("for his part");</item>
/// <item>a verbal noun right after an auxiliary of the impersonal passive (تم، يتم، جرى; roles.tsv kind impersonal) of an act of conflict or release done to
/// someone (تم اعتقال X، الذين تم توقيفهم): the actor after it, or the antecedent of a relative before the auxiliary, is the target; the author is one named
/// by من قبل or على يد, else for an arrest, expulsion or release the body of the state named last before it (أعلنت الشرطة أنه تم …), else none (evpass32);</item>
/// <item>a verb right after which a count stands (قتل ثلاثة جنود، اعتقل عشرات), transitive and with no subject before it in its clause, is passive: no source, the counted actor is the target
/// (not a crowd act whose subject is the new crowd: هاجم آلاف المتظاهرين);</item>
/// <item>verb, subject first (SVO): an actor opening the clause (after أن/إن at most) within three words before the verb is the subject (أنقرة تدعم، قال … إن دمشق رفضت); so is the actor between كان and قد (وكان وزير الخارجية … قد اتهم);</item>
/// <item>verb, subject after (VSO): else the actor within two words after the verb (التقى الرئيس الروسي …), or for a protest the group after a crowd noun
/// right after the verb (اجتاح حشد المتظاهرين، سارت حشود من المتظاهرين), else the nearest actor before it in the clause;</item>
/// <item>verbal noun: after a definite noun, the actor right after it is its agent (الغارات الإسرائيلية); else the actor of the clause before it (أعربت الرياض عن تأييدها، يعتزم X زيارة Y); without one, the actor right after the noun (رفض طهران طلب موسكو);</item>
/// <item>a person or body in the genitive right after زيارة (احتجاجا على زيارة وزير الخارجية الفرنسي إلى إيران) is the visitor, not an actor before it (evconj28);</item>
/// <item>a verbal noun of purpose (للاحتجاج، احتجاجا) without agent: the subject of the main clause, the nearest actor before it;</item>
/// <item>a verb right after a relative pronoun (الذي، التي) without a subject after it: the actor the pronoun follows, else none (الهجوم الذي استهدف);</item>
/// <item>a verb right after a relative pronoun carrying its object as a pronoun, with a subject after it: an actor antecedent is the target (الجنود الذين استهدفهم الهجوم);
/// a place antecedent names the target's state (حلب التي تحاصرها), a thing antecedent no actor, neither the next actor nor an implied one (الانتخابات التي قاطعتها المعارضة);</item>
/// <item>an indefinite noun right after a bare complementizer (قال إن انتحاريا هاجم، أن غارتين استهدفتا) is the reported clause's own subject: neither the reporter nor an actor after the verb is the author (evconj28);</item>
/// <item>a sound masculine plural in ـين after the verb is its object, not its subject (طردت صحفيين، also with a nisba: صحفيين إسبان);</item>
/// <item>a past verb in ـوا opening its clause carries its subject (وقتلوا العشرات، التقوا قادة): the actor after it is its object, and it takes no subject after it; so does a present verb in نـ (نستنكر، ندعو: "we");</item>
/// <item>an actor the entry's own target preposition marks (غارات على العراق وسوريا) is never taken as the subject; nor a state named right after a verb of visiting (ثم يزور ماليزيا);</item>
/// <item>a verb carrying its object as a pronoun (اعتقلتهم، واستقبله), opening its clause or right after its subject, has that unnamed object for target;</item>
/// <item>an object opened by أي/أية (ترفض أي تدخل أجنبي، لم تتهم أي جهة) concerns no one named: no target is looked for;</item>
/// <item>a verb with no subject in the clause (… وقتلوا، يعتزم X أن يزور): the nearest actor before it in the sentence, else the first actor after it in the clause;</item>
/// <item>target: for an entry whose target is the object, an actor right after the verb and its subject (اتهمت باكستان الهند بـ…); an unnamed group carrying بـ is a means (بالطائرات), never a target unless the entry takes its target with بـ and has no object;</item>
/// <item>else the first actor within four words of the first word after the trigger (and its subject) carrying one of the entry's prepositions (مع، على، ضد، إلى، بـ، لـ), or a place right after مع (a polity: مع إقليم كردستان), else the next actor after them in the clause, else the next in the sentence outside a clause of و + هو/هي describing a noun;
/// an actor after أمام is a forum, passed over for one the entry's preposition marks right after it (دعوى أمام محكمة العدل الدولية ضد إسرائيل); the source's own embassy (سفارتها) is no target;</item>
/// <item>بين before coordinated actors: they are the targets, or with no subject they are the sources, each toward the others;</item>
/// <item>a verb of asking (طلب، طالب; roles kind ask): the actor right after a bare من is the one asked, never the subject (طلب من الحكومة);
/// its noun without the article before من and an actor (بطلب من X، بناء على طلب من X) has X for source and the author found for the noun for target (evrole33);</item>
/// <item>coordinated actors (روسيا وإيران، مصر والسعودية) all fill the role; two or more sources and no target act toward each other.</item>
/// </list>
/// </summary>
internal static class ArgumentRoles
{
    private const int SvoGap = 3;
    private const int VsoGap = 2;
    private const int PrepositionReach = 4;
    private const int ByAgentReach = 4;
    private const int ExposureReach = 10;
    private const int ClaimReach = 20;
    private const int AsideReach = 6;
    private const int ImpersonalAgentReach = 6;

    /// <summary>The arguments of <paramref name="trigger"/> in <paramref name="frame"/>.</summary>
    public static EventArguments Find(SentenceFrame frame, TriggerCandidate trigger, RoleWords roles) =>
        Find(frame, trigger, roles, null, false);

    /// <summary>
    /// The arguments of <paramref name="trigger"/>; <paramref name="previousSubject"/> is the subject of the sentence's
    /// previous verb trigger (a coordinated verb without its own subject shares it), and <paramref name="objectOfVerb"/>
    /// marks a verbal noun that is the object of an earlier verb trigger (أدان الهجوم: the condemner is not the attacker).
    /// </summary>
    public static EventArguments Find(SentenceFrame frame, TriggerCandidate trigger, RoleWords roles, IReadOnlyList<ActorSlot>? previousSubject, bool objectOfVerb)
    {
        var args = FindRoles(frame, trigger, roles, previousSubject, objectOfVerb);
        return AskedBy(frame, roles, trigger, args) ?? args;
    }

    private static EventArguments FindRoles(SentenceFrame frame, TriggerCandidate trigger, RoleWords roles, IReadOnlyList<ActorSlot>? previousSubject, bool objectOfVerb)
    {
        var actors = frame.Slots.Where(s => !s.IsPlace).ToList();
        var i = trigger.TokenIndex;
        var after = Math.Max(i, trigger.CompanionIndex);
        var clauseStart = frame.ClauseStart(i);
        var clauseEnd = frame.ClauseEnd(after);
        var before = actors.FindLastIndex(s => s.LastWord < i && s.FirstWord >= clauseStart);
        if (trigger.Plover == PloverType.Assault && VictimFirst(frame, actors, trigger, roles, clauseStart, clauseEnd) is { } told)
        {
            return told;
        }
        if (Thanks(frame, actors, roles, trigger, previousSubject, clauseEnd) is { } thanked)
        {
            return thanked;
        }
        if (Impersonal(frame, actors, roles, trigger, after, clauseEnd) is { } done)
        {
            return done;
        }
        if (PassiveAfterSubject(frame, actors, roles, trigger, before, clauseEnd) is var counted and >= 0)
        {
            // إن 20 مسلحا من حركة طالبان قتلوا في غارات جوية: the subject of a killing or an arrest told with no object after it
            // is its victim (the verb is passive: قُتلوا); the author is only the one a later claim names.
            var claimant = trigger.Plover == PloverType.Assault ? ClaimedBy(frame, actors, roles, i) : -1;
            // قتلوا بنيران هندية، قُتلوا برصاص المقاومة: the بـ phrase right after the passive names the weapon and its owner, the author.
            if (claimant < 0 && i + 2 < frame.Words.Count && frame.Words[i + 1].Prefixes is ["ب"])
            {
                claimant = actors.FindIndex(s => s.FirstWord == i + 2);
            }
            // ذكرت أن أربعة مدنيين قتلوا في قصف: a count no actor covers is the subject; the victims are then whom the coder finds after.
            return new EventArguments(claimant >= 0 ? Chain(frame, actors, claimant) : [], counted < actors.Count ? Chain(frame, actors, Head(frame, actors, counted)) : [], false);
        }
        List<ActorSlot> sources;
        List<ActorSlot>? ownDead = null;
        List<ActorSlot>? deadNamed = null;
        if (trigger.Form == WordForm.Noun)
        {
            var agent = actors.FindIndex(s => s.FirstWord == i + 1 || s.FirstWord == after + 1);
            // مقتل الأردني، مقتل السفير الأمريكي، مقتل العشرات من عناصر داعش: the genitive of a noun of death is the one killed, never
            // the killer (evnisba30: 22 of 225 such events had the dead for author, all wrong).
            var dead = DeathNoun(frame, roles, trigger) || (agent >= 0 && NisbaObject(frame, actors, trigger, agent)) ? agent : -1;
            agent = dead >= 0 ? -1 : agent;
            // ضربة جوية أمريكية، هجمات صاروخية روسية: a nisba adjective (جوية) may stand between the act and its author's nisba.
            var throughAdjective = false;
            if (agent < 0 && IsNisbaAdjective(frame, i + 1))
            {
                agent = actors.FindIndex(s => s.FirstWord == i + 2 && frame.Words[s.FirstWord].Prefixes.All(p => p == "ال"));
                throughAdjective = agent >= 0;
            }
            // A noun, an adjective and a nisba (ضربة جوية فرنسية) name the author even after an indefinite noun, and so does a
            // nisba agreeing with the noun right after it (غارة روسية); a name after an indefinite noun is its object (زيارة مصر).
            var nisba = agent >= 0 && !throughAdjective && actors[agent].FirstWord == actors[agent].LastWord
                && actors[agent].FirstWord == i + 1 && IsNisbaAdjective(frame, i + 1, slotsAllowed: true);
            var definite = frame.Words[i].Prefixes.Contains("ال") || throughAdjective || nisba;
            // هجوم لتنظيم داعش، الانتقادات للمحكمة: the actor carrying ل right after the noun is its author or its object, as the noun says.
            var lam = LamAuthor(frame, actors, roles, i, after, trigger.Stem);
            agent = lam == LamObject && agent >= 0 && CarriesLam(frame.Words[actors[agent].FirstWord]) ? -1 : agent;
            sources = lam >= 0 ? Chain(frame, actors, lam)
                : agent >= 0 && (definite || before < 0 || objectOfVerb || GenitiveVisitor(frame, actors, roles, trigger, agent)) ? Chain(frame, actors, agent)
                : before >= 0 && !objectOfVerb && Unmarked(frame, actors, roles, before, clauseStart) is var author
                    && !(IsMarked(frame, actors[author], roles) && IsPurpose(frame, trigger))
                    ? Chain(frame, actors, Head(frame, actors, author))
                : [];
            // أعلن الجيش التركي مقتل ثلاثة جنود، أكدت الوزارة مقتل اثنين من رجالها: a teller's own dead are told, not killed, by it
            // (read after an author named after the act, على أيدي X, below).
            ownDead = sources.Count > 0 && DeathNoun(frame, roles, trigger) ? OwnDeadTold(frame, actors, roles, sources, i, clauseEnd) : null;
            deadNamed = dead >= 0 ? Chain(frame, actors, dead) : null;
        }
        // هاجم آلاف المتظاهرين مكتب رئيس الوزراء: a crowd act's count is its subject (TriggerEntry.NewSubject), never passive.
        else if (trigger.Entry.TargetIsObject && !trigger.Entry.NewSubject && i + 1 < frame.Words.Count
            && (IsCount(frame.Words[i + 1]) || (trigger.Form == WordForm.Past && roles.Is(frame.Words[i].Norm, RoleWordKind.Casualty)
                && frame.Words[i].Norm == trigger.Entry.Lemma && PartitiveAfterVerb(frame, actors, roles, i, clauseEnd)))
            && (before < 0 || actors[before].LastWord < clauseStart)
            && !IsActiveFormThree(frame.Words[i]) && !PluralSubject(frame, i, trigger))
        {
            // قتل ثلاثة جنود، اعتقل عشرات: a verb followed by a count, with no subject before it, is passive; the counted are the victims.
            var victims = actors.FindIndex(s => s.FirstWord > i && s.FirstWord <= clauseEnd);
            // قتل ثلاثة مدنيين في هجوم … أعلنت حركة طالبان مسؤوليتها: the author may be named by a later claim.
            var claimant = trigger.Plover == PloverType.Assault ? ClaimedBy(frame, actors, roles, i) : -1;
            // قتل ثلاثة متظاهرين على أيدي قوات الأمن، اعتقل عشرات من قبل الشرطة: or by the agent named after the victims.
            if (claimant < 0 && ByAgent(frame, actors, i, clauseEnd) is var agent and >= 0)
            {
                claimant = agent;
                victims = victims == agent ? -1 : victims;
            }
            return new EventArguments(claimant >= 0 ? Chain(frame, actors, claimant) : [], victims >= 0 ? Chain(frame, actors, victims) : [], false);
        }
        else if (trigger.Form == WordForm.Present && Resumptive(frame, i) && actors.FindLastIndex(s => s.LastWord < i) is var host and >= 0)
        {
            // زيارة يلتقي خلالها رئيس الوزراء: a present verb describing an earlier noun (خلالها، فيها point back to it) has the
            // sentence's unmarked actor for subject (the visitor); the actor after it is its object.
            sources = Chain(frame, actors, Head(frame, actors, Unmarked(frame, actors, roles, host, 0)));
        }
        else if (RelativeObject(frame, actors, roles, trigger) is { } own)
        {
            // الجنود الذين استهدفهم الهجوم، ساركوزي الذي استقبله الرئيس التونسي، الحكومة التي يتهمونها: the antecedent is the
            // verb's object (its pronoun), not its subject; the subject is the actor right after the verb, else unnamed.
            var owner = actors.FindIndex(s => s.LastWord == i - 2);
            return new EventArguments(own >= 0 ? Chain(frame, actors, own) : [], Chain(frame, actors, Head(frame, actors, owner)), false);
        }
        else if (ThingRelativeObject(frame, actors, roles, trigger) is { } doer)
        {
            // المنازل التي دمرها الجيش الإسرائيلي، حلب التي تحاصرها قوات المعارضة: the antecedent (a thing or a place) is the verb's
            // object; a place names the target's state, a thing no actor the coder could name. An attack or a coercion by a named
            // subject keeps the coder's scene (المستشفيات التي قصفتها الطائرات الروسية في ريف إدلب: Syria's).
            var where = frame.Slots.Find(s => s.IsPlace && s.LastWord == i - 2);
            var scene = doer >= 0 && trigger.Plover is PloverType.Assault or PloverType.Coerce;
            return new EventArguments(doer >= 0 ? Chain(frame, actors, doer) : [], where is null ? [] : [where], false) { ObjectThing = where is null && !scene };
        }
        else if (trigger.Plover == PloverType.Assault && RelativeOfThing(frame, actors, roles, i))
        {
            // التفجير الذي استهدف مسجد قوات الطوارئ: after a relative word whose antecedent is a thing (the act itself), the
            // relative is the verb's subject; the actor after the verb is its victim, never its author.
            sources = [];
        }
        else
        {
            sources = VerbSubject(frame, actors, roles, trigger, i, after, clauseStart, clauseEnd, before);
            // وبحث معه، ودمرت: a verb opening a coordinated clause without a subject of its own shares the previous verb's.
            if (sources.Count == 0 && previousSubject is { Count: > 0 } && clauseStart == i && SentenceFrame.HasConjunction(frame.Words[i]))
            {
                sources = [.. previousSubject];
            }
        }
        // Not after a verb whose subject stands before it (بعد أن تحدت التدابير المتخذة من جانب الاتحاد: the agent is the participle's).
        if ((trigger.Form == WordForm.Noun || sources.TrueForAll(s => s.FirstWord > i)) && ByAgent(frame, actors, after, clauseEnd) is var agentBy and >= 0)
        {
            // قتل محتجين على أيدي قوات الأمن: the author named after the act; the victims are the actors between.
            var by = Chain(frame, actors, agentBy);
            var victims = actors.FindIndex(s => s.FirstWord > i && s.FirstWord < actors[agentBy].FirstWord);
            return new EventArguments(by, victims >= 0 ? Chain(frame, actors, victims) : [], false);
        }
        if (ownDead is not null)
        {
            return new EventArguments([], ownDead, false) { ToldDeaths = ownDead.Count > 0 };
        }
        var between = Between(frame, actors, roles, after, clauseEnd);
        if (sources.Count == 0 && between.Count >= 2)
        {
            return new EventArguments(between, [], Reciprocal: true);
        }
        // الهجوم الذي استهدف: a verb right after a relative word has the antecedent as subject; a thing is no actor.
        var relative = trigger.Form != WordForm.Noun && clauseStart == i - 1 && roles.Is(frame.Words[clauseStart].Norm, RoleWordKind.Relative)
            && frame.Words[clauseStart].Norm.StartsWith("ال", StringComparison.Ordinal);
        if (sources.Count == 0 && relative && actors.FindIndex(s => s.LastWord == clauseStart - 1) is var antecedent and >= 0)
        {
            sources = Chain(frame, actors, Head(frame, actors, antecedent));
        }
        if (sources.Count == 0 && !objectOfVerb && !relative && (trigger.Form != WordForm.Noun || IsPurpose(frame, trigger)))
        {
            // قال الجيش إن هجوما استهدف …: an actor before the complementizer of a reported clause with a subject of its own is
            // the speaker, not the author of the act the clause reports.
            // ذكرت الوكالة أن الطائرات الحربية قصفت: nor before a reported clause whose own subject is a definite noun no actor covers;
            // an actor after the verb of such a clause is its object, not its subject (evrole26).
            var definite = DefiniteClause(frame, roles, i);
            // واللجنة المنظمة رفضت …: a clause opened by a definite noun no actor covers has it for subject; no actor before it is
            // the author either.
            var topic = trigger.Form != WordForm.Noun ? TopicSubject(frame, roles, trigger, i) : -1;
            var reported = Math.Max(Math.Max(ReportedClause(frame, i), definite), topic);
            var earlier = actors.FindLastIndex(s => s.LastWord < i && s.FirstWord > reported);
            // A purpose noun (للهجوم، للاحتجاج) is the act of the main clause's subject: an actor after a preposition
            // (توالت الإدانات من دول غربية للهجوم) is not one; with no unmarked actor before it, the noun has no author
            // (nor is the actor after it one: that is its object).
            var oblique = false;
            if (earlier >= 0 && trigger.Form == WordForm.Noun)
            {
                earlier = Unmarked(frame, actors, roles, earlier, 0);
                oblique = IsMarked(frame, actors[earlier], roles);
                earlier = oblique ? -1 : earlier;
            }
            // انفجرت سيارة … وأوقعت عشرات القتلى: what follows an intransitive act is not its author.
            var intransitive = !trigger.Entry.TargetIsObject && trigger.Entry.TargetPrepositions.Count == 0;
            // ويشن التحالف غارات على العراق وسوريا: an actor the entry's own preposition marks (or coordinated with one) is its
            // target, never its subject.
            var later = intransitive || oblique || definite >= 0 || topic >= 0 || PluralSubject(frame, i, trigger) || (trigger.Form != WordForm.Noun && (NounSubject(frame, i) || DefiniteSubject(frame, roles, i))) ? -1
                : LaterSubject(frame, actors, roles, trigger, i, clauseEnd);
            sources = earlier >= 0 ? Chain(frame, actors, Head(frame, actors, earlier))
                : later >= 0 ? Chain(frame, actors, later)
                : [];
        }
        // خمسة من الحوثيين قتلوا وأصيب ثمانية في كمين للمقاومة استهدف …: those told as killed are not the authors of the act after;
        // they are the victims of an act noun (أصيب أربعة جنود في الهجوم), not of a verb with its own object.
        if (trigger.Plover == PloverType.Assault && sources.Count > 0 && KilledBefore(frame, roles, sources.Max(s => s.LastWord), i))
        {
            if (trigger.Form == WordForm.Noun)
            {
                return new EventArguments([], sources, false);
            }
            sources = [];
        }
        if (sources.Count == 0)
        {
            // مقتل الأردني with no author: the dead are the victims.
            return new EventArguments([], deadNamed ?? [], false);
        }
        var targets = between.Count > 0 ? between : Targets(frame, actors, roles, trigger, sources, clauseEnd);
        // استقبل X في مكتبه أمس الدكتور فلان: an unknown person (ActorSlot.Unknown) as the counterpart leaves the act none the coder
        // can name, not the next actor. Unless a named actor the rules would take stands before him: the preposition rule reached
        // past it (دعا X اللبنانيين إلى التوافق بشأن انتخاب رئيس الجمهورية: the Lebanese are the addressee; evunk30). An attack
        // keeps its named victim or place as before (خطفت X قائد الفرقة … في ريف حلب: on the whole corpus that place was mostly the
        // victim's state).
        if (targets.Count > 0 && targets.TrueForAll(t => t.Unknown)
            && Targets(frame, actors.FindAll(s => !s.Unknown), roles, trigger, sources, clauseEnd) is [var known, ..] other
            && (known.FirstWord < targets[0].FirstWord || trigger.Plover == PloverType.Assault))
        {
            targets = other;
        }
        return new EventArguments(sources, targets, Reciprocal: sources.Count >= 2 && targets.Count == 0 && IsSymmetric(trigger))
        {
            TargetUnnamed = between.Count == 0 && (PronounObject(frame, trigger) || AnyObject(frame, trigger, sources)),
            AppositionOnly = targets.Count == 0 && actors.Exists(s => Apposition(frame, actors, s, sources)),
        };
    }

    /// <summary>
    /// The index of the complementizer (إنّ، أنّ، بأنّ: ان/بان bare, no pronoun on it) opening the nearest reported clause that holds
    /// word <paramref name="i"/>, when the word after it is that clause's own subject — a definite act noun (not المنظمة, which
    /// may point back to the speaker), an indefinite accusative
    /// (هجوما، مقاتلا، انفجارا), a number or an actor — and not the trigger; -1 otherwise. أنْ + verb (قررت أن تستدعي) shares the
    /// main subject and opens no such clause; a complementizer with a pronoun (قال إنه سيزور) points back to the speaker.
    /// </summary>
    public static int ReportedClause(SentenceFrame frame, int i)
    {
        for (var s = frame.ClauseStart(i); s >= 0; s = frame.ClauseStart(s - 1))
        {
            if (s + 1 < i && IsBareComplementizer(frame.Words[s]) && OwnSubject(frame, s + 1))
            {
                return s;
            }
            if (s == 0)
            {
                break;
            }
        }
        return -1;
    }

    // ان، بان: the complementizer with no pronoun on it (the analyzer splits بـ off or leaves بان whole).
    private static bool IsBareComplementizer(Language.Token w) =>
        w.Suffixes.Count == 0 && (w.Norm == "بان" ? w.Prefixes.Count == 0 : w.Norm == "ان" && w.Prefixes.All(p => p is "ب" or "و" or "ف"));

    // The word after a complementizer that is the clause's subject, not a verb: an actor, a number, a definite noun or an
    // indefinite accusative (the verb forms in ـا are the dual and ـوا plural, left out). A noun with "our" (إن قواتنا، إن أمتنا)
    // is the speaker's own: the speaker may be its author, so it opens no clause of its own.
    private static bool OwnSubject(SentenceFrame frame, int w)
    {
        var word = frame.Words[w];
        var n = word.Norm;
        return frame.Slots.Exists(s => !s.IsPlace && s.FirstWord == w) || (n.Length > 0 && char.IsDigit(n[0])) || IsCount(word)
            || (word.Prefixes is ["ال"] && frame.ActSubjects.Contains(w))
            || (word.Prefixes.Count == 0 && word.Suffixes.Count == 0 && n.Length > 3 && n[^1] == 'ا' && !n.EndsWith("وا", StringComparison.Ordinal)
                && !n.EndsWith("نا", StringComparison.Ordinal));
    }

    /// <summary>
    /// True when word <paramref name="i"/> is the subject of the reported clause its complementizer opens (إن هجوما انتحاريا …):
    /// the accusative is then governed by إنّ, not a purpose (احتجاجا).
    /// </summary>
    public static bool ComplementSubject(SentenceFrame frame, int i) =>
        i > 0 && IsBareComplementizer(frame.Words[i - 1]) && frame.ClauseStart(i) == i - 1;

    // قتلوا، قتل، اعتقلوا right after their subject (within the SVO gap, in the clause), transitive, with no object pronoun, and
    // nothing after them that could be the object: the next word is a preposition or a time word (no count after it in the
    // clause), or و opening the next clause with no actor between, or the sentence's end. The form is then the passive (قُتلوا في غارة): the subject
    // is the victim. Only the plural in ـوا and the bare singular (قتل): a feminine or dual (هاجمتا في الساعة السادسة حاجزا) is as
    // often active with its object further on, and so is the فاعل pattern (هاجم: its passive is هوجم). Not when an author is
    // named after the act (على أيدي، من قبل), which ByAgent reads. Returns the subject's index in <paramref name="actors"/>,
    // actors.Count when the subject is a count that no actor covers (أربعة مدنيين), -1 when the verb is not read as passive.
    private static int PassiveAfterSubject(SentenceFrame frame, List<ActorSlot> actors, RoleWords roles, TriggerCandidate trigger, int before, int clauseEnd)
    {
        var i = trigger.TokenIndex;
        var word = frame.Words[i];
        var lemma = trigger.Entry.Lemma;
        if (trigger.Plover is not (PloverType.Assault or PloverType.Coerce) || trigger.Form != WordForm.Past || !trigger.Entry.TargetIsObject
            || word.Suffixes.Count > 0 || word.Prefixes.Count > 0 || trigger.CompanionIndex > i || (lemma.Length > 1 && lemma[1] == 'ا')
            || !(word.Norm.EndsWith("وا", StringComparison.Ordinal) || word.Norm == lemma) || ByAgent(frame, actors, i, clauseEnd) >= 0)
        {
            return -1;
        }
        var start = frame.ClauseStart(i);
        var subject = before >= 0 && i - actors[before].LastWord <= SvoGap && (!IsMarked(frame, actors[before], roles) || Partitive(frame, actors[before]))
            ? before : -1;
        // خمسة عناصر من تنظيم القاعدة، من بينهم قيادي، قتلوا أمس: a verb opening its clause right after an aside between commas
        // has the subject told before the aside (in the same reported clause when there is one).
        if (subject < 0 && before < 0 && start == i && actors.FindLastIndex(s => s.LastWord < i) is var told and >= 0
            && i - actors[told].LastWord <= AsideReach && frame.ClauseStart(actors[told].LastWord) < frame.ClauseStart(i - 1)
            && actors[told].FirstWord > ReportedClause(frame, i) && (!IsMarked(frame, actors[told], roles) || Partitive(frame, actors[told])))
        {
            subject = told;
        }
        if (subject < 0)
        {
            // ذكرت أن أربعة مدنيين قتلوا: a count opening the clause, no actor between it and the verb.
            // أن فلسطينيا قتل برصاص الجنود، إن مدنيين قتلوا: so is an indefinite noun right after a bare complementizer (evconj28).
            var count = Enumerable.Range(Math.Max(start, i - SvoGap), i - Math.Max(start, i - SvoGap)).FirstOrDefault(w => IsCount(frame.Words[w])
                || (w == start + 1 && IsBareComplementizer(frame.Words[start]) && !frame.Slots.Exists(s => s.FirstWord <= w && s.LastWord >= w) && IndefiniteSubject(frame, w)), -1);
            if (count < 0 || count - start > 1 || actors.Exists(s => s.FirstWord >= count && s.FirstWord < i))
            {
                return -1;
            }
            subject = actors.Count;
        }
        // قتلوا وجرح 400 آخرون: a wounding verb coordinated right after it is passive too; its count is the wounded, no object.
        if (i + 1 < frame.Words.Count && frame.Words[i + 1].Prefixes is ["و"] && roles.Is(frame.Words[i + 1].Norm, RoleWordKind.Casualty))
        {
            return subject;
        }
        if (frame.Words.Skip(i + 1).Take(Math.Max(0, clauseEnd - i)).Any(IsCount))
        {
            return -1;
        }
        if (i + 1 >= frame.Words.Count)
        {
            return subject;
        }
        var next = frame.Words[i + 1];
        // قتلوا ‖ وأصيب: a clause of its own after the verb; an actor in the verb's clause would be its object.
        if (frame.BreakBefore[i + 1] && SentenceFrame.HasConjunction(next))
        {
            return actors.Exists(s => s.FirstWord > i && s.FirstWord <= clauseEnd) ? -1 : subject;
        }
        var passive = roles.Is(next.Norm, RoleWordKind.Preposition) || next.Norm is "في" or "خلال" or "جراء" or "اثر" or "اثناء" or "بعد" or "قبل" or "منذ"
                or "بعدما" or "عندما" or "حين" or "لدي"
            || roles.Is(next.Norm, RoleWordKind.Day) || next.Norm is "امس" or "اليوم" or "ليله" or "صباح" or "مساء" or "فجر" or "يوم" or "ليلا" or "صباحا" or "فجرا"
            || next.Prefixes is ["ب"];
        return passive ? subject : -1;
    }

    // The most words a reported clause's own subject (a definite noun, its adjectives, a demonstrative) may take before its verb.
    private const int DefiniteSubjectReach = 3;

    // إن الطائرات الحربية قصفت، أن هذا العمل يستهدف، أن هناك قناصة يطلقون: the word after a bare complementizer opens the clause's
    // own subject when no actor covers it and it is a definite noun that cannot stand for the speaker (roles.tsv kind speaker:
    // المملكة، المنظمة; an anaphor: الدولة، البلاد; a word of an actor named before it: رئيس البرلمان … إن البرلمان) or a demonstrative or هناك (kind pointer). evrole26.
    private static bool OpensOwnSubject(SentenceFrame frame, RoleWords roles, int w)
    {
        var word = frame.Words[w];
        // قال رئيس البرلمان إن البرلمان وافق: the noun of an actor named before (its title's body) points back to that actor.
        return !frame.Slots.Exists(s => (s.FirstWord <= w && s.LastWord >= w) || (!s.IsPlace && s.LastWord < w && SharesWord(frame, s, word.Norm)))
            && ((word.Prefixes is ["ال"] && !roles.Is(word.Norm, RoleWordKind.Speaker) && !roles.Is(word.Norm, RoleWordKind.Anaphor)) || (word.Prefixes.Count == 0 && roles.Is(word.Norm, RoleWordKind.Pointer))
                || IndefiniteSubject(frame, w));
    }

    // قال إن انتحاريا هاجم، ذكر أن غارتين جويتين استهدفتا، أفاد بأن مسلحين مجهولين خطفوا: an indefinite noun right after a bare
    // complementizer is in the accusative إنّ/أنّ govern (ـا، or ـين for a dual or a sound plural), so it is the clause's own
    // subject, not a verb (the verb forms in ـا، ـوا، ـنا are left out as in OwnSubject; a verb in ـين, تقولين, is rare in news).
    // The reporter before the complementizer is then no author, nor is an actor after the verb (أكاديمية الشرطة). Not when an
    // actor carrying ل follows the noun (إن ممثلين لصالح يجرون محادثات): the group is that actor's, which authors the act. evconj28.
    private static bool IndefiniteSubject(SentenceFrame frame, int w)
    {
        var word = frame.Words[w];
        var n = word.Norm;
        if (word.Prefixes.Count > 0 || word.Suffixes.Count > 0 || n.Length <= 3
            || !(n.EndsWith("ين", StringComparison.Ordinal) || (n[^1] == 'ا' && !n.EndsWith("وا", StringComparison.Ordinal) && !n.EndsWith("نا", StringComparison.Ordinal))))
        {
            return false;
        }
        foreach (var s in frame.Slots)
        {
            if (s.FirstWord == w + 1 && !s.IsPlace && CarriesLam(frame.Words[w + 1]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool SharesWord(SentenceFrame frame, ActorSlot slot, string norm)
    {
        for (var k = slot.FirstWord; k <= slot.LastWord; k++)
        {
            if (frame.Words[k].Norm == norm)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The index of the bare complementizer opening the nearest reported clause that holds word <paramref name="i"/> and whose
    /// next word (not the trigger) opens a subject of its own that no actor covers (<see cref="OpensOwnSubject"/>): ذكرت الوكالة أن
    /// الطائرات قصفت — the reporter before it is no author of the reported act; -1 when none. The walk back over clauses stops at
    /// one opened by و/ف, which may go on with the main clause. evrole26.
    /// </summary>
    private static int DefiniteClause(SentenceFrame frame, RoleWords roles, int i)
    {
        for (var s = frame.ClauseStart(i); s >= 0; s = frame.ClauseStart(s - 1))
        {
            if (s + 1 < i && IsBareComplementizer(frame.Words[s]) && OpensOwnSubject(frame, roles, s + 1))
            {
                return s;
            }
            // حذر X من أن الأزمة ستستمر ووعد بـ…: a clause opened by و/ف (not وأن) may go on with the main clause; the reported
            // clause before it is not read as holding the word.
            if (s == 0 || (SentenceFrame.HasConjunction(frame.Words[s]) && !IsBareComplementizer(frame.Words[s])))
            {
                break;
            }
        }
        return -1;
    }

    // أن الطائرات الحربية قصفت، إن هذا العمل يستهدف: a verb whose clause opens with a bare complementizer and the clause's own
    // subject (<see cref="OpensOwnSubject"/>), at most three words that no actor covers, right before it: SVO, so no actor after
    // the verb is its subject (it is the object), and the speaker is not either. evrole26.
    private static bool DefiniteSubject(SentenceFrame frame, RoleWords roles, int i)
    {
        var start = frame.ClauseStart(i);
        if (i - start < 2 || i - start - 1 > DefiniteSubjectReach || !IsBareComplementizer(frame.Words[start]) || !OpensOwnSubject(frame, roles, start + 1))
        {
            return false;
        }
        // A loop, not a lambda: this runs for most verbs with no subject before them, and a closure would be allocated on every call.
        foreach (var s in frame.Slots)
        {
            if (!s.IsPlace && s.FirstWord > start && s.FirstWord < i)
            {
                return false;
            }
        }
        return true;
    }

    // اللجنة المنظمة رفضت، والمحتجون الغاضبون هاجموا، كما الأهالي طالبوا، فهذه الخطوة تدعم: a past or present verb (no clitic on
    // it) whose clause — after a sentence start, و، ف، كما، قد، a bare complementizer or a break — opens with a definite noun phrase
    // no slot covers (no actor, no place), at most DefiniteSubjectReach words each with the article only (a demonstrative or a head
    // noun of kind clausehead may lead: وفد الحركة، عناصر المقاومة), has that phrase
    // for subject, a body or people the knowledge base does not know (SVO): the actor after the verb is its object, never its
    // author. Not a time word or a noun pointing back (roles.tsv kinds day, clauseadverb: والثلاثاء استهدف، الليلة الماضية،
    // والاثنتان الأخريان), an anaphor or a relative (والذي اعتقل), nor an act done together (والبلدان ينسقان، الوزراء اجتمعوا: the noun stands for actors named before). Returns the phrase's first word,
    // else -1. evsvo32.
    private static int TopicSubject(SentenceFrame frame, RoleWords roles, TriggerCandidate trigger, int i)
    {
        if (trigger.Form is not (WordForm.Past or WordForm.Present or WordForm.Future) || frame.Words[i].Prefixes is not ([] or ["س"])
            || frame.Words[i].Suffixes.Count > 0 || IsSymmetric(trigger))
        {
            return -1;
        }
        var start = frame.ClauseStart(i);
        var k = start;
        var opener = frame.Words[k];
        var reported = IsBareComplementizer(opener);
        if (reported || (opener is { Norm: "كما" or "قد", Suffixes.Count: 0 } && opener.Prefixes.All(p => p is "و" or "ف")))
        {
            k++;
        }
        if (i - k < 1 || i - k > DefiniteSubjectReach)
        {
            return -1;
        }
        var first = frame.Words[k];
        // شرطة «ويتشيتا» الحكومية تحقق: after a mark alone (no و/ف, no opener), a nisba is the adjective of the noun before it.
        if (k == start && k > 0 && !SentenceFrame.HasConjunction(first) && NisbaShape.EndsLikeSingular(first.Norm))
        {
            return -1;
        }
        var pointer = first.Prefixes.Count == 0 && first.Suffixes.Count == 0 && roles.Is(first.Norm, RoleWordKind.Pointer) && first.Norm != "هناك";
        // وفد الحركة، عناصر المقاومة، إحدى الغارات: a head noun of the closed list (kind clausehead, a noun, never a verb) before its
        // definite genitive.
        var head = first.Suffixes.Count == 0 && first.Prefixes is [] or ["و"] or ["ف"] && roles.Is(first.Norm, RoleWordKind.ClauseHead) && i - k >= 2;
        // قال المتحدث إن الوزارة …، إن وزارة الخارجية …: after a complementizer a word that may stand for the speaker is left to the
        // reported-clause rules.
        if ((!(first.Prefixes is ["ال"] or ["و", "ال"] or ["ف", "ال"]) && !(pointer && i - k >= 2) && !head)
            || (reported && roles.Is(first.Norm, RoleWordKind.Speaker)))
        {
            return -1;
        }
        for (var w = k; w < i; w++)
        {
            var word = frame.Words[w];
            if ((w > k && word.Prefixes is not ["ال"]) || word.Suffixes.Count > 0 || word.Kind != Language.TokenKind.Word
                || roles.Is(word.Norm, RoleWordKind.Day) || roles.Is(word.Norm, RoleWordKind.Anaphor) || roles.Is(word.Norm, RoleWordKind.Relative)
                || roles.Is(word.Norm, RoleWordKind.ClauseAdverb))
            {
                return -1;
            }
        }
        foreach (var s in frame.Slots)
        {
            if (s.FirstWord < i && s.LastWord >= k)
            {
                return -1;
            }
        }
        return k;
    }

    // إن المملكة تطالب، أن الاتفاق يهدد: the verb right after the complementizer and one definite noun that no actor covers
    // has that noun for subject (SVO); no actor after the verb is its subject.
    private static bool NounSubject(SentenceFrame frame, int i)
    {
        var start = frame.ClauseStart(i);
        return i == start + 2 && IsBareComplementizer(frame.Words[start]) && frame.Words[start + 1].Prefixes is ["ال"]
            && !frame.Slots.Exists(s => !s.IsPlace && s.FirstWord <= start + 1 && s.LastWord >= start + 1);
    }

    // 20 مسلحا من حركة طالبان، ثلاثة من عناصر الشرطة: the actor after من that follows a word no actor covers names whom the
    // counted belong to; the group is the subject all the same.
    private static bool Partitive(SentenceFrame frame, ActorSlot slot) =>
        slot.FirstWord >= 2 && frame.Words[slot.FirstWord - 1] is { Norm: "من", Prefixes.Count: 0 }
        && !frame.Slots.Exists(s => !s.IsPlace && s.LastWord == slot.FirstWord - 2);

    /// <summary>
    /// True for acts that coordinated actors do to each other (اتفقت، التقى، تفاوض، تعاون، وقع اتفاقا، اشتبك، هدنة);
    /// أدانت مصر والأردن does not mean that each condemned the other.
    /// </summary>
    public static bool IsSymmetric(TriggerCandidate trigger) =>
        trigger.Plover is PloverType.Agree or PloverType.Consult or PloverType.Cooperate
        || trigger.Cameo is "057" or "193" or "0871" or "161" or "160";

    private static List<ActorSlot> VerbSubject(SentenceFrame frame, List<ActorSlot> actors, RoleWords roles, TriggerCandidate trigger, int i, int after, int clauseStart, int clauseEnd, int before)
    {
        if (before >= 0)
        {
            var head = Head(frame, actors, before);
            // أن يكون الرئيس … قد التقى: a copula may stand between the complementizer and the subject.
            var opening = actors[head].FirstWord - clauseStart;
            if (opening == 2 && IsCopula(frame.Words[clauseStart + 1]))
            {
                opening = 1;
            }
            if (opening <= 1 && i - actors[before].LastWord <= SvoGap)
            {
                return Chain(frame, actors, head);
            }
            // وكان وزير الخارجية الأمريكي مايك بومبيو قد اتهم: كان … قد frames the subject, titles and all.
            if (IsCopula(frame.Words[clauseStart]) && i - 1 == actors[before].LastWord + 1 && frame.Words[i - 1].Norm == "قد")
            {
                return Chain(frame, actors, head);
            }
        }
        // إن المملكة تطالب إيران بالكف: a definite noun that is no actor between the complementizer and the verb is the verb's
        // subject (SVO); the actor after the verb is then its object, and the speaker (the fallback) whom the noun stands for.
        if (before < 0 && (NounSubject(frame, i) || DefiniteSubject(frame, roles, i) || TopicSubject(frame, roles, trigger, i) >= 0))
        {
            return [];
        }
        var next = actors.FindIndex(s => s.FirstWord > i && s.FirstWord <= clauseEnd);
        // التقوا قادة الفصائل، وقتلوا العشرات: a verb carrying its plural subject (ـوا) has the actor after it for object.
        if (next >= 0 && actors[next].FirstWord - i <= VsoGap && !IsOblique(frame, actors[next], roles) && !PluralSubject(frame, i, trigger)
            && !Visited(frame, actors[next], trigger) && !Asked(frame, roles, trigger, actors[next]))
        {
            return Chain(frame, actors, next);
        }
        // اجتاح حشد المتظاهرين الشوارع، سارت حشود من المتظاهرين: a protest verb's subject is a crowd noun; the group in ـين after it
        // is its genitive.
        if (next >= 0 && trigger.Plover == PloverType.Protest && CrowdGenitive(frame, roles, i, actors[next].FirstWord) && !PluralSubject(frame, i, trigger))
        {
            return Chain(frame, actors, next);
        }
        if (before >= 0)
        {
            return Chain(frame, actors, Head(frame, actors, before));
        }
        return [];
    }

    private static List<ActorSlot> Targets(SentenceFrame frame, List<ActorSlot> actors, RoleWords roles, TriggerCandidate trigger, List<ActorSlot> sources, int clauseEnd)
    {
        // From the trigger, not its companion: the object often stands between them (زودت واشنطن كييف بصواريخ).
        var from = Math.Max(trigger.TokenIndex, sources.Max(s => s.FirstWord > trigger.TokenIndex ? s.LastWord : -1));
        // قواتها، طائرات محملة بالمساعدات: a state's own forces or officials, unnamed, are its means, not its target.
        // سفارتها after its own state (أعادت الإمارات فتح سفارتها في دمشق): the source's own embassy is no counterpart either;
        // the place then names the target. Not بلاده (اعتذر رئيس الوزراء الهولندي عن دور بلاده: his own state is the counterpart).
        bool Own(ActorSlot s) => ((s.CountryAssumed && s.Actor.Code is { Length: 6 } code && code[3..] is "MIL" or "GOV" or "COP")
                || (s.FirstWord == s.LastWord && frame.Words[s.FirstWord].Norm.StartsWith("سفار", StringComparison.Ordinal)
                    && SentenceFrame.AnaphorSector(frame.Words[s.FirstWord], roles) is not null))
            && sources.Any(x => x.Actor.Country == s.Actor.Country);
        // بتزويد الحوثيين بالطائرات: an unnamed group carrying بـ is a means, unless the act takes its target with بـ alone
        // (ندد بالمستوطنين); with a direct object (زود X بـ، اتهم X بـ) the بـ phrase is what is given or charged.
        var prepositions = trigger.Entry.TargetPrepositions;
        var byTarget = prepositions.Contains("ب") && !trigger.Entry.TargetIsObject;
        bool Means(ActorSlot s) => s.Actor.Name is null && frame.Words[s.FirstWord].Prefixes.Contains("ب") && !byTarget;
        // تتهم إسلام آباد نيودلهي بدعم المسلحين: for an accusation, refusal, threat, cooperation, aid or support, an unnamed
        // group whose state was only assumed from the sentence's first actor (no place of that state is named) to be the
        // source's own is not the counterpart; appeals and meetings at home (دعت الحكومة المواطنين) are left alone.
        var between = trigger.Plover is PloverType.Accuse or PloverType.Reject or PloverType.Threaten or PloverType.Cooperate
            or PloverType.Aid or PloverType.Support;
        bool Assumed(ActorSlot s) => between && s.CountryAssumed && sources.Any(x => x.Actor.Country == s.Actor.Country)
            && !frame.Slots.Exists(p => p.IsPlace && p.Location?.Country == s.Actor.Country);
        // حذر أردوغان من أن تركيا سترد: the speaker's own state opening a reported clause (after أن/إن) is that clause's
        // subject, not the target of the statement, also after its preposition (من أن) (حذرت واشنطن من أن موسكو ستدفع الثمن still warns Moscow).
        bool Reported(ActorSlot s) => frame.ClauseStart(s.FirstWord) is var start && start > clauseEnd && s.FirstWord - start <= 1
            && frame.Words[start].Norm is "ان" or "انه" or "انها" or "بان" && sources.Any(x => x.Actor.Country == s.Actor.Country);
        // قوات الاحتلال الإسرائيلي: a nisba one or two words after the source, of the source's own state, qualifies the source's
        // noun phrase (the occupation forces are Israeli); it is not the counterpart.
        bool Qualifier(ActorSlot s) => s.FirstWord == s.LastWord && IsNisbaAdjective(frame, s.FirstWord, slotsAllowed: true)
            && sources.Any(x => x.Actor.Country == s.Actor.Country && s.FirstWord > x.LastWord && s.FirstWord - x.LastWord <= 2
                && !actors.Exists(o => o.FirstWord > x.LastWord && o.FirstWord < s.FirstWord));
        bool Free(ActorSlot s) => !sources.Contains(s) && s.FirstWord > from && !Own(s) && !Means(s) && !Assumed(s) && !Reported(s) && !Qualifier(s)
            && !Apposition(frame, actors, s, sources);
        if (PronounObject(frame, trigger) || AnyObject(frame, trigger, sources))
        {
            return [];
        }
        if (trigger.Entry.TargetIsObject && actors.FindIndex(s => Free(s) && s.FirstWord == from + 1) is var direct and >= 0)
        {
            return Chain(frame, actors, direct);
        }
        if (prepositions.Count > 0)
        {
            for (var w = from + 1; w < frame.Words.Count && w <= from + 1 + PrepositionReach; w++)
            {
                if (Carries(frame.Words[w], prepositions))
                {
                    // وجه الجيش الجزائري إنذارا إلى المجموعات المسلحة: for a conflictual act (a threat, an accusation, a refusal), a
                    // group the target's own preposition governs at once is the counterpart even when its state was only assumed to be
                    // the source's (rebels at home); not a group further on, nor one after a verbal noun carrying the preposition
                    // (تتهم X جارتها بدعم المسلحين: بـ there marks the charge). For cooperation, aid and support the assumed state of such
                    // a group was as often wrong on real news (ترحيبها بالمعلمين، للتعاون مع المعارضة after a misread بلاده).
                    var marked = actors.FindIndex(s => s.FirstWord >= w && s.FirstWord <= w + PrepositionReach
                        && (Free(s) || ((s.FirstWord == w || (s.FirstWord == w + 1 && frame.Words[w].Prefixes.Count == 0)) && trigger.Plover is PloverType.Threaten or PloverType.Accuse or PloverType.Reject && Assumed(s) && !sources.Contains(s) && s.FirstWord > from && !Own(s) && !Means(s) && !Reported(s) && !Qualifier(s))));
                    if (marked >= 0)
                    {
                        return Chain(frame, actors, marked);
                    }
                    // تنسق الحكومة العراقية مع إقليم كردستان: a place right after مع is a polity, the counterpart (for its state).
                    if (frame.Words[w].Norm == "مع" && frame.Slots.Find(s => s.IsPlace && s.FirstWord == w + 1 && s.Location?.Country is not null) is { } polity)
                    {
                        return [polity.AsState(polity.Location!.Country!)];
                    }
                    break;
                }
            }
        }
        // ستنشر ألمانيا لواء في ليتوانيا لتعزيز الجناح الشرقي لحلف الأطلسي: past a verbal noun of purpose (لـ + a derived
        // noun), the actors are the aim's, not the act's counterpart; the place then names the target.
        var aim = PurposeAfter(frame, roles, from, clauseEnd);
        var inClause = actors.FindIndex(s => Free(s) && s.FirstWord <= clauseEnd && s.FirstWord < aim);
        // رفعت X دعوى أمام محكمة العدل الدولية ضد إسرائيل: the actor after أمام is the forum; one the entry's own preposition marks
        // right after it (on its first word or the word before) is the counterpart.
        if (inClause >= 0 && prepositions.Count > 0 && actors[inClause].FirstWord > 0 && frame.Words[actors[inClause].FirstWord - 1] is { Norm: "امام", Prefixes.Count: 0 }
            && actors.FindIndex(s => Free(s) && s.FirstWord > actors[inClause].LastWord && s.FirstWord <= actors[inClause].LastWord + 2 && s.FirstWord <= clauseEnd && s.FirstWord < aim
                && (Carries(frame.Words[s.FirstWord], prepositions) || Carries(frame.Words[s.FirstWord - 1], prepositions))) is var opposed and >= 0)
        {
            return Chain(frame, actors, opposed);
        }
        if (inClause >= 0)
        {
            return Chain(frame, actors, inClause);
        }
        // تلتقي آسيان في كوالالمبور، وهي الحليف الاستراتيجي لواشنطن: past the act's clause, a clause of و + هو/هي describing a
        // noun names no counterpart of the act. Not a clause after الذي/التي: that one often names the author of the act's object
        // (رفضت X المقترح الذي قدمه الاتحاد الأفريقي, the proposal's author is the counterpart; evreal18 lost four gold events).
        var later = actors.FindIndex(s => Free(s) && s.FirstWord < aim && !Describing(frame, roles, s.FirstWord, clauseEnd));
        return later >= 0 ? Chain(frame, actors, later) : [];
    }

    // رئيس مجلس النواب العراقي سليم الجبوري، موسى أبو مرزوق نائب رئيس المكتب السياسي لحماس، مستشار خادم الحرمين الشريفين أمير منطقة
    // مكة المكرمة: an actor right after a source, with the very same code (state and sector), is the source's name or title in
    // apposition (the same man, or the body he heads and then his name), not its counterpart; the counterpart is the next actor
    // (طالب … سليم الجبوري رئيس الوزراء حيدر العبادي). Not one joined to it by و (فجر ليبيا وثوار ترهونة: two sides). On the whole
    // corpus (evrand30) 54 events had such a pair as source and target, 50 of them one man read twice. A title followed by its
    // holder's name is one slot, so two men of one body (استقبل الرئيس السيسي وزير الخارجية سامح شكري) are not concerned when
    // their codes differ, as a head of state's and a minister's do. Only a code with a sector: a bare code twice (تنظيم الدولة
    // الإسلامية داعش، نيودلهي بالهند) is a group's two names or a place and its state, left to EventCoder.NotSelfDirected. Not two
    // slots that both open with a title (استقبل رئيس الوزراء العراقي وزير الدفاع العراقي): two men of one government.
    // An actor joined by و to such an apposition is joined to the source (حضر الاستقبال الأمير محمد بن نايف ولي العهد … والأمير محمد
    // بن سلمان: two guests, neither the other's counterpart).
    private static bool Apposition(SentenceFrame frame, List<ActorSlot> actors, ActorSlot slot, List<ActorSlot> sources) =>
        Beside(frame, slot, sources) || actors.Exists(p => p.LastWord < slot.FirstWord && frame.Coordinated(p, slot) && Beside(frame, p, sources));

    private static bool Beside(SentenceFrame frame, ActorSlot slot, List<ActorSlot> sources) =>
        slot.Actor.Code is { Length: > 3 } code && sources.Exists(x => x.LastWord >= 0 && slot.FirstWord == x.LastWord + 1 && x.Actor.Code == code
            && !x.IsPlace && !frame.Coordinated(x, slot) && !(frame.OpensWithTitle(x) && frame.OpensWithTitle(slot)));

    // True when word w stands past clauseEnd in a clause opened by و + a personal pronoun (وهي، وهو): a clause that describes a
    // noun before it.
    private static bool Describing(SentenceFrame frame, RoleWords roles, int w, int clauseEnd)
    {
        var start = frame.ClauseStart(w);
        return start > clauseEnd && frame.Words[start] is { Prefixes: ["و"] } opener && roles.Is(opener.Norm, RoleWordKind.Appositive);
    }

    // ثم يزور ماليزيا: a state named by its name (not a nisba, not a body of it) after a verb of visiting is where the visit goes;
    // states do not travel, their leaders do.
    private static bool Visited(SentenceFrame frame, ActorSlot slot, TriggerCandidate trigger) =>
        trigger.Cameo == "042" && trigger.Form != WordForm.Noun && slot.Actor.Code is { Length: 3 } code && code == slot.Actor.Country
        && frame.Words[slot.LastWord].Norm is var last && !NisbaShape.EndsLikeSingular(last);

    // غارات على العراق، هجوم ضد إسرائيل: the actor's first word, or the word before it, carries one of the entry's target
    // prepositions; not كل من X وY ("both X and Y"), the subject.
    private static bool MarkedAsTarget(SentenceFrame frame, ActorSlot slot, TriggerCandidate trigger) =>
        trigger.Entry.TargetPrepositions.Count > 0
        && (Carries(frame.Words[slot.FirstWord], trigger.Entry.TargetPrepositions)
            || (slot.FirstWord > 0 && frame.Words[slot.FirstWord - 1].Prefixes.Count == 0 && Carries(frame.Words[slot.FirstWord - 1], trigger.Entry.TargetPrepositions)
                && !(slot.FirstWord > 1 && frame.Words[slot.FirstWord - 2].Norm == "كل")));

    // The first word after <paramref name="from"/> in the clause that opens a purpose: لـ on an indefinite derived verbal noun
    // that is no actor (لتعزيز، لتأمين، لاستئناف، لمناقشة); int.MaxValue when none. Only the derived patterns (تفعيل، افتعال،
    // استفعال، مفاعلة) are read: a bare لـ + noun is as often a possessor or a beneficiary (لحلف، لمدة).
    private static int PurposeAfter(SentenceFrame frame, RoleWords roles, int from, int clauseEnd)
    {
        for (var w = from + 1; w <= clauseEnd && w < frame.Words.Count; w++)
        {
            var word = frame.Words[w];
            // Indefinite only: with the article (المخالف للتفاهم، المساندة للانتفاضة) لـ mostly governs a complement.
            if (word.Prefixes is not ["ل"] || frame.Slots.Exists(s => s.FirstWord <= w && s.LastWord >= w))
            {
                continue;
            }
            var n = word.Norm;
            var derived = (n.Length >= 5 && n[0] == 'ت')
                || (n.Length >= 5 && n[0] == 'ا' && n[2] == 'ت')
                || (n.Length >= 6 && n.StartsWith("است", StringComparison.Ordinal))
                || (n.Length >= 5 && n[0] == 'م' && n[2] == 'ا' && n[^1] == 'ه');
            // لمواجهة التهديدات الصينية: an aim of opposing names whom the act is aimed at.
            if (derived && !roles.Is(n, RoleWordKind.Opposing))
            {
                return w;
            }
        }
        return int.MaxValue;
    }

    private static List<ActorSlot> Between(SentenceFrame frame, List<ActorSlot> actors, RoleWords roles, int after, int clauseEnd)
    {
        for (var w = after + 1; w <= clauseEnd; w++)
        {
            if (roles.Is(frame.Words[w].Norm, RoleWordKind.Between))
            {
                var first = actors.FindIndex(s => s.FirstWord > w && s.FirstWord <= w + 2);
                // بينها الموصل والفلوجة، من بينهم: "among", the parts of a whole, not two parties.
                if (frame.Words[w].Suffixes.Count > 0 || (w > 0 && frame.Words[w - 1] is { Norm: "من", Prefixes.Count: 0 }))
                {
                    return [];
                }
                // بين وزير الخارجية الأمريكي جون كيري: a title no slot covers may stand before the first party's name (a named
                // person of two words or more, not a nisba: بين البلدين حول الملف اليمني); no preposition nor clitic other than the article stands between.
                if (first < 0)
                {
                    first = actors.FindIndex(s => s.FirstWord > w && s.FirstWord <= Math.Min(w + BetweenTitleReach, clauseEnd) && s.LastWord > s.FirstWord && s.Actor.Name is not null
                        && !SentenceFrame.HasConjunction(frame.Words[s.FirstWord])
                        && Enumerable.Range(w + 1, s.FirstWord - w - 1).All(x => frame.Words[x].Prefixes is [] or ["ال"] && !IsPlainPreposition(frame.Words[x], roles)));
                }
                return first >= 0 ? WithPartner(frame, actors, Chain(frame, actors, first), clauseEnd) : [];
            }
        }
        return [];
    }

    // في، من، حول (roles.tsv kinds preposition and noparty): a preposition word (التعاون بين البلدين في مواجهة تنظيم داعش: what follows is no party).
    private static bool IsPlainPreposition(Language.Token w, RoleWords roles) =>
        roles.Is(w.Norm, RoleWordKind.Preposition) || roles.Is(w.Norm, RoleWordKind.NoParty);

    // How far after بين the first party's name may stand when only title words (وزير الخارجية الأمريكي) precede it.
    private const int BetweenTitleReach = 4;

    // بين X ونظيره الروسي، بين كيري ووزراء الخارجية في مجلس التعاون: the second party of بين may be a noun with و that no slot
    // covers (a counterpart, members of a body) before its name or nisba; that actor joins the first party's chain.
    private static List<ActorSlot> WithPartner(SentenceFrame frame, List<ActorSlot> actors, List<ActorSlot> chain, int clauseEnd)
    {
        var last = chain[^1].LastWord;
        if (chain.Count > 1 || last + 1 > clauseEnd || !SentenceFrame.HasConjunction(frame.Words[last + 1]) || frame.Words[last + 1].Prefixes[0] != "و"
            || actors.Exists(s => s.FirstWord == last + 1))
        {
            return chain;
        }
        // The name right after that noun (ونظيره الروسي) or after its adjective (والجهات الحكومية السعودية), or after في/من when the noun names members (ووزراء الخارجية في مجلس
        // التعاون); not a later clause's subject (بين إيران والقوى الكبرى تعارضه إسرائيل).
        var partner = actors.FindIndex(s => !s.IsPlace && s.FirstWord <= clauseEnd
            && (s.FirstWord == last + 2 || (s.FirstWord == last + 3 && IsNisbaAdjective(frame, last + 2)) || (s.FirstWord > last + 2 && s.FirstWord <= last + BetweenTitleReach && frame.Words[s.FirstWord - 1] is { Norm: "في" or "من", Prefixes.Count: 0 })));
        if (partner < 0 || Enumerable.Range(last + 2, actors[partner].FirstWord - last - 2).Any(x => SentenceFrame.HasConjunction(frame.Words[x])))
        {
            return chain;
        }
        return [.. chain, .. Chain(frame, actors, partner)];
    }

    // A sound masculine plural in ـين (المحتجين، صحفيين) is accusative or genitive: an object, never the subject
    // after its verb. Named actors (بوتين، فلسطين) are left alone.
    // A group merged with the nisba after it (صحفيين إسبان) may carry the nisba's name; its first word is still the agent noun.
    private static bool IsOblique(SentenceFrame frame, ActorSlot slot, RoleWords roles) =>
        (slot.Actor.Name is null || roles.SectorOf(frame.Words[slot.FirstWord].Norm) is not null)
        && frame.Words[slot.FirstWord].Norm is { Length: > 4 } w && w.EndsWith("ين", StringComparison.Ordinal);

    // حشد المتظاهرين، حشود من المتظاهرين right after the verb at i: the group at first is the genitive of a crowd noun.
    private static bool CrowdGenitive(SentenceFrame frame, RoleWords roles, int i, int first)
    {
        var head = first - 1 > i && frame.Words[first - 1] is { Norm: "من", Prefixes.Count: 0 } ? first - 2 : first - 1;
        return head == i + 1 && frame.Words[head].Prefixes.Count == 0 && roles.Is(frame.Words[head].Norm, RoleWordKind.Crowd);
    }

    // وقتلوا العشرات، التقوا قادة الفصائل: a past verb ending in ـوا that opens its clause carries its subject (they); verb first,
    // an explicit subject takes the singular verb (التقى القادة), so an actor after it is its object. After its subject
    // (ثلاثين متمردا قتلوا) the same form is as often the passive (they were killed): left alone.
    // نستنكر، نؤيد، ندعو: a present verb whose prefix is ن carries its subject too (we), wherever it stands; the speaker is
    // named before it (قال X «ندعو …») or not in the sentence, and the actor after it is its object (نؤيد إجراءات حكومتنا).
    private static bool PluralSubject(SentenceFrame frame, int i, TriggerCandidate trigger) =>
        (trigger.Form == WordForm.Past && frame.ClauseStart(i) == i && frame.Words[i].Norm.EndsWith("وا", StringComparison.Ordinal)
            && !trigger.Entry.Lemma.EndsWith("وا", StringComparison.Ordinal))
        || (trigger.Form == WordForm.Present && frame.Words[i].Norm.StartsWith('ن'));

    // The most bare words (a person noun and its adjectives) between a verb and the من of a partitive group: قتل قيادي ميداني بارز من.
    private const int PartitiveReach = 3;

    // قتل عنصران من الشرطة، قتل قيادي بارز من ميليشيات الحوثي في هجوم، اعتقل مطلوب من عناصر التنظيم: a past verb with no subject
    // before it, then a bare indefinite noun (a member, a leader; an adjective or two), من and a group, and nothing after the group
    // that could be the verb's object (a preposition, بـ or و opening the next phrase, a time word, or the clause's end) is the
    // passive: the group's members are the victims, not the authors. Not when a count, a bare noun or a time word follows the group
    // (قتل مسلحون من جماعة بوكو حرام عشرات الأشخاص، خطف عناصر من الجبهة مساء أمس قائدا: the group acts), nor for a feminine or
    // plural verb form (اعتقلت عددا من النشطاء: after its subject), nor for a verb other than a casualty verb of roles.tsv (قتل،
    // جرح: عمل جبان استهدف أفرادا من قوات الأمن is active, التقت عددا من الأهالي no attack). evname29.
    private static bool PartitiveAfterVerb(SentenceFrame frame, List<ActorSlot> actors, RoleWords roles, int i, int clauseEnd)
    {
        var from = -1;
        for (var w = i + 1; w <= i + PartitiveReach && w < frame.Words.Count && w <= clauseEnd; w++)
        {
            var word = frame.Words[w];
            if (word.Norm == "من" && w > i + 1)
            {
                from = w;
                break;
            }
            if (word.Prefixes.Count > 0 || word.Suffixes.Count > 0 || word.Norm.Length < 3 || IsCount(word)
                || actors.Exists(s => s.FirstWord <= w && s.LastWord >= w))
            {
                return false;
            }
        }
        if (from < 0 || actors.Find(s => s.FirstWord == from + 1) is not { } group || group.LastWord > clauseEnd)
        {
            return false;
        }
        var next = group.LastWord + 1;
        // Adjectives of the group (الحوثي، المتطرفة) may follow it.
        while (next <= clauseEnd && next < frame.Words.Count && frame.Words[next].Prefixes is ["ال"] && !actors.Exists(s => s.FirstWord == next))
        {
            next++;
        }
        if (next > clauseEnd || next >= frame.Words.Count)
        {
            return true;
        }
        var after = frame.Words[next];
        return roles.Is(after.Norm, RoleWordKind.Preposition) || roles.Is(after.Norm, RoleWordKind.Day)
            || roles.Is(after.Norm, RoleWordKind.Circumstance)
            || after.Prefixes is ["ب"] or ["ب", "ال"] or ["و"] or ["و", "ال"];
    }

    // How far (in words) after the casualty verb the later act may stand: its own phrase (قتلوا وأصيب ثمانية في كمين استهدف), not a
    // later clause (أصيبوا بالجنون بعد الهزائم … فعمدوا إلى النهب واقتحموا).
    private const int KilledReach = 12;

    // Actors (ending at lastWord) told as killed or wounded before word i: a casualty verb (قتلوا، أصيب; not the nouns مقتل، إصابة) right after it, read
    // as passive by what follows it (و + another casualty verb, roles.tsv kind passivecause: في، جراء، إثر، خلال, or a بـ phrase). evname29.
    private static bool KilledBefore(SentenceFrame frame, RoleWords roles, int lastWord, int i)
    {
        for (var w = lastWord + 1; w <= lastWord + SvoGap && w + 1 < i && i - w <= KilledReach; w++)
        {
            var word = frame.Words[w];
            if (word.Prefixes.Count == 0 && word.Suffixes.Count == 0 && word.Norm is not ("مقتل" or "اصابه") && roles.Is(word.Norm, RoleWordKind.Casualty))
            {
                var next = frame.Words[w + 1];
                return (next.Prefixes is ["و"] && roles.Is(next.Norm, RoleWordKind.Casualty))
                    || roles.Is(next.Norm, RoleWordKind.PassiveCause) || next.Prefixes is ["ب"] or ["ب", "ال"];
            }
        }
        return false;
    }

    // مقتل، إصابة: a noun of death or wounding whose genitive is the one killed or wounded (not قتل، whose genitive may be the killer:
    // قتل إسرائيل شابين، عمليات القتل الإسرائيلية). evnisba30.
    private static bool DeathNoun(SentenceFrame frame, RoleWords roles, TriggerCandidate trigger) =>
        trigger.Form == WordForm.Noun && trigger.Plover == PloverType.Assault && frame.Words[trigger.TokenIndex].Norm is "مقتل" or "اصابه";

    /// <summary>
    /// اختطاف الإيطاليين، منع السعوديين من دخول الكويت، قتل اليمنيين، اعتقال السعودي: a definite nisba standing alone as a noun (one word,
    /// coded as the bare state, not a town coded by its country such as الزبداني: persons of that state the article named before) in the genitive right after an attack or coercion
    /// noun that takes an object is that object, not the author (an author of such acts is a force or a body, not "the Saudis";
    /// a group coded with a sector, هجوم الحوثيين، stays the author). Not with an ل-phrase after it (قتل الأمريكيين للمدنيين). evnisba30.
    /// </summary>
    private static bool NisbaObject(SentenceFrame frame, List<ActorSlot> actors, TriggerCandidate trigger, int agent)
    {
        var slot = actors[agent];
        var i = trigger.TokenIndex;
        if (trigger.Plover is not (PloverType.Assault or PloverType.Coerce) || !trigger.Entry.TargetIsObject || slot.FirstWord != i + 1
            || slot.LastWord != slot.FirstWord || slot.Actor.Code is null || slot.Actor.Code != slot.Actor.Country || slot.CodeFromCountry
            || frame.Words[i].Prefixes.Contains("ال") || frame.Words[i].Suffixes.Count > 0)
        {
            return false;
        }
        var word = frame.Words[slot.FirstWord];
        return word.Prefixes is ["ال"] && word.Suffixes.Count == 0 && word.Norm.Length > 4
            && (word.Norm.EndsWith('ي') || word.Norm.EndsWith("يين", StringComparison.Ordinal) || word.Norm.EndsWith("يون", StringComparison.Ordinal))
            && !actors.Exists(s => s.FirstWord == slot.LastWord + 1 && CarriesLam(frame.Words[s.FirstWord]));
    }

    // The most words between a verb of telling and the noun of death it governs (أعلن الجيش التركي أمس الخميس عن مقتل).
    private const int TellerReach = 8;

    /// <summary>
    /// أعلن الجيش التركي مقتل ثلاثة جنود أتراك، أكدت وزارة الداخلية مقتل اثنين من رجالها، أفادت مصادر أمنية عراقية بمقتل 24 مدنيا: the
    /// subject of a verb of telling (roles.tsv kind teller) before a noun of death it governs is the teller; when the dead are its own
    /// (a noun of those a side counts as its own, kind ownside: جنود، عسكريين، مدنيين، أشخاص, with no actor of another state after it;
    /// an actor of the teller's state that is no rebel or opposition; رجالها، عناصره pointing back to it) it is not the killer.
    /// An army telling of enemies killed (مقتل سبعة إرهابيين، مقتل 10 مسلحين من داعش) is mostly their killer and keeps the reading
    /// (evnisba30: of 61 such events on the whole corpus about half were right so). Returns the dead (possibly none named) when
    /// the teller is no author, null otherwise.
    /// </summary>
    private static List<ActorSlot>? OwnDeadTold(SentenceFrame frame, List<ActorSlot> actors, RoleWords roles, List<ActorSlot> tellers, int i, int clauseEnd)
    {
        var teller = tellers[0];
        var verb = -1;
        for (var w = i - 1; w >= 0 && w >= i - TellerReach; w--)
        {
            if (roles.Is(frame.Words[w].Norm, RoleWordKind.Teller))
            {
                verb = w;
                break;
            }
        }
        // The teller stands right before the verb (الجيش التركي أعلن) or between it and the noun (أعلن الجيش التركي مقتل).
        if (verb < 0 || !(teller.FirstWord > verb || verb - teller.LastWord <= SvoGap))
        {
            return null;
        }
        // The dead are the noun's genitive: they end where a word of circumstance or a preposition other than the partitive من opens
        // what follows (بمقتل ثمانية حوثيين في مواجهات مع المقاومة: the resistance is no victim).
        var end = i + 1;
        while (end <= clauseEnd && end - i <= PrepositionReach + 2 && !roles.Is(frame.Words[end].Norm, RoleWordKind.Circumstance)
            && frame.Words[end].Norm is not ("مع" or "علي" or "ضد" or "الي" or "بين") && !(end > i + 1 && frame.BreakBefore[end]))
        {
            end++;
        }
        var victim = actors.FindIndex(s => s.FirstWord > i && s.FirstWord < end);
        var victims = victim >= 0 ? Chain(frame, actors, victim) : [];
        var own = false;
        for (var w = i + 1; w < frame.Words.Count && w <= i + PrepositionReach && w <= clauseEnd; w++)
        {
            var word = frame.Words[w];
            // مقتل اثنين من رجالها، مقتل عدد من عناصره: a noun with a pronoun after من points back to the teller.
            if (word.Suffixes.Count > 0 && word.Prefixes.Count == 0 && w > i + 1 && frame.Words[w - 1].Norm == "من")
            {
                own = true;
                break;
            }
            // مقتل جنديين، مقتل ثلاثة جنود أتراك: with no actor after it, or the teller's state's (an actor of no state, داعش, is not).
            if (roles.Is(word.Norm, RoleWordKind.OwnSide) || (roles.SectorOf(word.Norm) is "MIL" or "COP" or "CVL" && !IsCount(word)))
            {
                own = victims.TrueForAll(v => v.Actor.Country is { } c && c == teller.Actor.Country);
                break;
            }
        }
        own |= victims.Count > 0 && teller.Actor.Country is { } country && victims.TrueForAll(v => v.Actor.Country == country && !ActorRole.IsAgainstState(v.Actor.Code));
        // أعلنت المعارضة مقتل 20 من قوات النظام: the state's forces are no rebel's own.
        return own && (!ActorRole.IsAgainstState(teller.Actor.Code) || victims.TrueForAll(v => v.Actor.Code == teller.Actor.Code)) ? victims : null;
    }

    // هاجم، داهم، قاتل: a past verb of the فاعل pattern is active (its passive is written هوجم، دوهم), so a count after it is its subject.
    private static bool IsActiveFormThree(Language.Token w) => w.Norm.Length == 4 && w.Norm[1] == 'ا';

    internal static bool IsCount(Language.Token w) =>
        (w.Norm.Length > 0 && char.IsDigit(w.Norm[0]))
        || w.Norm is "ثلاثه" or "ثلاث" or "اربعه" or "اربع" or "خمسه" or "خمس" or "سته" or "ست" or "سبعه" or "سبع" or "ثمانيه" or "ثماني"
            or "تسعه" or "تسع" or "عشره" or "عشر" or "عشرات" or "مئات" or "الاف" or "اثنان" or "اثنين" or "شخصان" or "عدد" or "نحو" or "اكثر";

    // وصل الوزير الأردني إلى بغداد في زيارة: an actor after a preposition (the destination, the partner) is not the agent of a
    // later verbal noun when an unmarked actor stands before it in the clause.
    private static int Unmarked(SentenceFrame frame, List<ActorSlot> actors, RoleWords roles, int before, int clauseStart)
    {
        for (var k = before; k >= 0 && actors[k].FirstWord >= clauseStart; k--)
        {
            if (!IsMarked(frame, actors[k], roles))
            {
                return k;
            }
        }
        return before;
    }

    // من دول غربية، إلى بغداد: an actor right after a preposition (or with one as its prefix).
    private static bool IsMarked(SentenceFrame frame, ActorSlot slot, RoleWords roles) =>
        frame.Words[slot.FirstWord].Prefixes.Any(p => roles.Is(p, RoleWordKind.Preposition))
        || (slot.FirstWord > 0 && roles.Is(frame.Words[slot.FirstWord - 1].Norm, RoleWordKind.Preposition));

    // جوية، انتحاري، عسكرية: an adjective in ـي/ـية without clitics (other than the article) that is no actor, as definite as the
    // noun before it (ضربة جوية، الضربات الجوية); اعتقال الصحفي is a construct (the noun without the article), not noun and adjective.
    private static bool IsNisbaAdjective(SentenceFrame frame, int w, bool slotsAllowed = false) =>
        w > 0 && w < frame.Words.Count && frame.Words[w].Prefixes.All(p => p == "ال")
        && frame.Words[w].Prefixes.Contains("ال") == frame.Words[w - 1].Prefixes.Contains("ال") && frame.Words[w].Norm is { Length: > 3 } n
        && NisbaShape.EndsLikeSingular(n)
        && (slotsAllowed || !frame.Slots.Exists(s => s.FirstWord <= w && s.LastWord >= w));

    /// <summary>
    /// An attack told from its victim: the grammatical subject is the target, not the author.
    /// <list type="bullet">
    /// <item>تعرضت قاعدة للجيش لهجوم، تعرضت سفن للهجوم: the subject of تعرض before the act noun (لـ or إلى);</item>
    /// <item>قتل ثمانية أشخاص جراء ضربة جوية أمريكية: a verb whose clause goes on with a cause word (جراء، نتيجة، بفعل) and an act noun
    /// with its author's nisba: the author is that nisba, the subject (or the counted actor after the verb) the victim;</item>
    /// <item>قتل شاب برصاص الجيش، قتلوا بانفجار ألغام تركها X، قتل وأصيب نجلاه برصاص X: a weapon or its fire after بـ (roles.tsv kind fire), owned by the
    /// actor right after it or placed by the subject of a relative verb on it (kind planter), also closing a coordinated passive of harm (kind harmed):
    /// that actor is the author, the verb's subject the victim (evpass28);</item>
    /// <item>the author named later in the sentence by a claim of the act: تبنته X، نفذه X، شنته X، نسب إلى X، من فعل X، أعلنت X مسؤوليتها (verb stems: claimverb in roles.tsv).</item>
    /// </list>
    /// Null when the act is not told from its victim; the ordinary rules then apply. An act noun with no author named stays without one.
    /// </summary>
    private static EventArguments? VictimFirst(SentenceFrame frame, List<ActorSlot> actors, TriggerCandidate trigger, RoleWords roles, int clauseStart, int clauseEnd)
    {
        var i = trigger.TokenIndex;
        var claimed = ClaimedBy(frame, actors, roles, i);
        if (trigger.Form == WordForm.Noun)
        {
            var word = frame.Words[i];
            var marked = word.Prefixes.Contains("ل") || (i > 0 && frame.Words[i - 1].Norm == "الي");
            var exposed = -1;
            for (var w = i - 1; w >= clauseStart && w >= i - ExposureReach; w--)
            {
                if (frame.Words[w].Norm is var n && (n.StartsWith("تعرض", StringComparison.Ordinal) || n.StartsWith("يتعرض", StringComparison.Ordinal) || n.StartsWith("تتعرض", StringComparison.Ordinal)))
                {
                    exposed = w;
                    break;
                }
            }
            if (!marked || exposed < 0)
            {
                // في هجوم انتحاري … أعلنت حركة طالبان مسؤوليتها: a later claim names the author of an act noun without one right after it.
                // A generic attacker right after the noun (هجوم انتحاري) whose state is only assumed gives way to the claimant.
                return claimed >= 0 && !actors.Exists(s => s.FirstWord == i + 1 && !s.CountryAssumed) ? new EventArguments(Chain(frame, actors, claimed), [], false) : null;
            }
            // The subject of تعرض: after it (تعرضت قاعدة)، else before it (السفينة تعرضت).
            var victim = actors.FindIndex(s => s.FirstWord > exposed && s.LastWord < i);
            if (victim < 0)
            {
                victim = actors.FindLastIndex(s => s.LastWord < exposed && s.FirstWord >= clauseStart);
            }
            var targets = victim >= 0 ? Chain(frame, actors, Head(frame, actors, victim)) : [];
            var author = claimed >= 0 ? claimed
                : actors.FindIndex(s => s.FirstWord == i + 1 || (s.FirstWord == i + 2 && roles.Is(frame.Words[i + 1].Norm, RoleWordKind.DoerAdjective)));
            return new EventArguments(author >= 0 ? Chain(frame, actors, author) : [], author >= 0 ? targets : [], false);
        }
        // قتل … جراء ضربة جوية أمريكية: the cause phrase names the author; the verb's subject or object is the victim.
        // قتل وأصيب نجلاه برصاص X: the phrase may close a coordinated passive of harm right after the verb's clause (evpass28).
        var reach = HarmedReach(frame, roles, trigger, clauseEnd);
        for (var w = i + 1; w + 1 < frame.Words.Count && w <= reach; w++)
        {
            // قتل ثلاثة مدنيين في غارة إسرائيلية، بغارة إسرائيلية: في or بـ on an air strike or shelling noun reads the same way.
            // في سلسلة من الضربات الجوية الأميركية: "a series, a wave of" before the act noun is a count, not the act.
            var next = w + 3 < frame.Words.Count && roles.Is(frame.Words[w + 1].Norm, RoleWordKind.Series) && frame.Words[w + 2].Norm == "من" ? w + 3 : w + 1;
            // برصاص الجيش، بنيران هندية، بصاروخ أطلقه X: a weapon or its fire after بـ reads the same way, for a verb (evpass28).
            var fire = frame.Words[w].Prefixes.Contains("ب") && roles.Is(frame.Words[w].Norm, RoleWordKind.Fire);
            var strike = frame.Words[w].Norm is "في" && next < frame.Words.Count && roles.Is(frame.Words[next].Norm, RoleWordKind.Strike)
                || (frame.Words[w].Prefixes.Contains("ب") && roles.Is(frame.Words[w].Norm, RoleWordKind.Strike)) || fire;
            if (frame.Words[w].Norm is "جراء" or "نتيجه" or "بفعل" || (frame.Words[w].Norm == "فعل" && frame.Words[w].Prefixes.Contains("ب")) || strike)
            {
                var act = strike && frame.Words[w].Norm != "في" ? w : next;
                var author = actors.FindIndex(s => (s.FirstWord == act + 1 || (s.FirstWord == act + 2 && IsNisbaAdjective(frame, act + 1)))
                    && (frame.Words[s.FirstWord].Prefixes.All(p => p == "ال") || CarriesLam(frame.Words[s.FirstWord])));
                if (author < 0 && fire)
                {
                    author = WeaponPlacedBy(frame, actors, roles, act);
                }
                if (author < 0 && claimed < 0)
                {
                    return null;
                }
                var by = Chain(frame, actors, author >= 0 ? author : claimed);
                var victim = actors.FindLastIndex(s => s.LastWord < i && s.FirstWord >= clauseStart);
                if (victim < 0)
                {
                    victim = actors.FindIndex(s => s.FirstWord > i && s.LastWord < w && !by.Contains(s));
                }
                return new EventArguments(by, victim >= 0 ? Chain(frame, actors, Head(frame, actors, victim)) : [], false);
            }
        }
        return null;
    }

    // قتل وأصيب نجلاه برصاص X، قتل شخص وجرح آخرون بقصف X: a past verb's clause followed right away by one that opens with و and
    // a passive of harm (roles.tsv kind harmed) tells one act; the cause phrase closing the second clause is the first's too. The
    // last word the cause phrase may stand at: the second clause's end, else the verb's own clause's. evpass28.
    private static int HarmedReach(SentenceFrame frame, RoleWords roles, TriggerCandidate trigger, int clauseEnd)
    {
        var next = clauseEnd + 1;
        return trigger.Form == WordForm.Past && next < frame.Words.Count && frame.BreakBefore[next] && frame.Words[next].Prefixes is ["و"]
            && frame.Words[next].Suffixes.Count == 0 && roles.Is(frame.Words[next].Norm, RoleWordKind.Harmed)
            ? frame.ClauseEnd(next) : clauseEnd;
    }

    // بانفجار ألغام تركها الحوثيون، بصاروخ أطلقه تنظيم داعش: a verb placing or firing the weapon (roles.tsv kind planter), with the
    // pronoun pointing back to it, within three words after the weapon word: its subject, right after it, placed the weapon and is
    // the author of the killing. -1 when there is none. evpass28.
    private static int WeaponPlacedBy(SentenceFrame frame, List<ActorSlot> actors, RoleWords roles, int weapon)
    {
        for (var w = weapon + 1; w < frame.Words.Count && w <= weapon + 3; w++)
        {
            var word = frame.Words[w];
            if (word.Prefixes.Count == 0 && roles.StartsWithAny(word.Norm, RoleWordKind.Planter, out var stem)
                && (word.Suffixes.Count > 0 ? word.Norm.Length == stem : ObjectPronounEndings.Contains(word.Norm[stem..])))
            {
                return actors.FindIndex(s => s.FirstWord == w + 1);
            }
            if (w > weapon + 1 && frame.BreakBefore[w] && !roles.Is(word.Norm, RoleWordKind.Relative))
            {
                return -1;
            }
        }
        return -1;
    }

    // تبناه X، تبنته X، نفذه X، نسب إلى X، من فعل X، أعلنت X مسؤوليتها: the author named by a claim after the act, within the sentence.
    private static int ClaimedBy(SentenceFrame frame, List<ActorSlot> actors, RoleWords roles, int i)
    {
        for (var w = i + 1; w < frame.Words.Count && w <= i + ClaimReach; w++)
        {
            var word = frame.Words[w];
            var n = word.Norm;
            // The stems are data (claimverb); the pronoun points back to the act, and at most two letters (تبنت، نفذو) follow the stem;
            // the analyzer may leave the pronoun on (شنته، نفذه).
            var after = roles.StartsWithAny(n, RoleWordKind.ClaimVerb, out var stem)
                && (word.Suffixes.Count > 0 ? n.Length <= stem + 2 : ObjectPronounEndings.Contains(n[stem..]))
                || (roles.Is(n, RoleWordKind.Ascription) && w + 1 < frame.Words.Count && frame.Words[w + 1].Norm == "الي")
                || (n == "فعل" && word.Prefixes.Count == 0 && frame.Words[w - 1].Norm == "من");
            if (after)
            {
                return actors.FindIndex(s => s.FirstWord > w && s.FirstWord <= w + 3);
            }
            // أعلنت حركة طالبان مسؤوليتها: the actor between the announcing verb and the word.
            if (n.StartsWith("مس", StringComparison.Ordinal) && n.Contains("ولي", StringComparison.Ordinal) && word.Suffixes.Count > 0)
            {
                return actors.FindLastIndex(s => s.LastWord < w && s.FirstWord > i && w - s.LastWord <= 2);
            }
        }
        return -1;
    }

    // What may follow a claim verb's stem when the pronoun was left on the word: ـه، ـها (نفذه)، ـته، ـتها (شنته)، ـاه (تبناه)، ـوه (نفذوه).
    private static readonly HashSet<string> ObjectPronounEndings = new(StringComparer.Ordinal) { "ه", "ها", "ته", "تها", "اه", "اها", "وه", "وها" };

    // خلالها، فيها، أثناءها، عندها right after the verb: a pronoun pointing back to the noun the clause describes.
    private static bool Resumptive(SentenceFrame frame, int i) =>
        i + 1 < frame.Words.Count && frame.Words[i + 1] is { Suffixes.Count: > 0 } w && w.Prefixes.Count == 0
        && w.Norm is "خلال" or "في" or "اثناء" or "عند";

    // A verb right after a definite relative word (الذي، التي، الذين) whose object pronoun points back to the antecedent, told by a
    // subject of its own: an actor right after the verb (استقبله الرئيس التونسي), a definite act noun (استهدفهم الهجوم، دمرها
    // القصف) or the verb's plural ending (يتهمونها، اتهموه). Returns the index of that actor (-1 when the subject is no actor), null
    // when the clause does not read so (الذي حثهم على، الذي يتهمه بـ: no subject after the verb, so the antecedent is its subject;
    // evrole31: 25 such events on the corpus, about 12 wrong).
    private static int? RelativeObject(SentenceFrame frame, List<ActorSlot> actors, RoleWords roles, TriggerCandidate trigger)
    {
        var i = trigger.TokenIndex;
        if (!VerbAfterRelativeWithObjectPronoun(frame, roles, trigger) || !actors.Exists(s => s.LastWord == i - 2))
        {
            return null;
        }
        return SubjectAfterObjectVerb(frame, actors, i);
    }

    // A past or present verb right after a definite relative word (الذي، التي، الذين) carrying an object pronoun (ه، ها، هم، هما، هن),
    // with a word after it: the shape RelativeObject (an actor for antecedent) and ThingRelativeObject (a thing or a place) share.
    private static bool VerbAfterRelativeWithObjectPronoun(SentenceFrame frame, RoleWords roles, TriggerCandidate trigger)
    {
        var i = trigger.TokenIndex;
        return trigger.Form is WordForm.Past or WordForm.Present && i >= 2 && i + 1 < frame.Words.Count
            && frame.Words[i].Suffixes.Count > 0 && frame.Words[i].Suffixes[0] is "ه" or "ها" or "هم" or "هما" or "هن"
            && roles.Is(frame.Words[i - 1].Norm, RoleWordKind.Relative) && frame.Words[i - 1].Norm.StartsWith("ال", StringComparison.Ordinal);
    }

    // The subject after a verb carrying its object as a pronoun (استهدفهم الهجوم، استقبله الرئيس): the index of the actor right after
    // it, -1 for a subject that is no actor (a definite act noun after it, or the verb's plural ending), null when none follows.
    private static int? SubjectAfterObjectVerb(SentenceFrame frame, List<ActorSlot> actors, int i)
    {
        // The subject's actor may follow a title the knowledge base left out of it (استقبله الرئيس التونسي الباجي قائد السبسي).
        var subject = actors.FindIndex(s => s.FirstWord > i && s.FirstWord <= i + 3);
        if (subject >= 0 && Enumerable.Range(i + 1, actors[subject].FirstWord - i).All(w => frame.Words[w].Prefixes.All(p => p is "ال")
            && (w == actors[subject].FirstWord || (frame.Words[w].Prefixes.Count == 1 && frame.Words[w].Suffixes.Count == 0))))
        {
            return subject;
        }
        var next = frame.Words[i + 1];
        if (next.Prefixes is ["ال"] && TriggerLexicon.Default.Lookup(next.Norm).Length > 0)
        {
            return -1;
        }
        var verb = frame.Words[i].Norm;
        return verb.EndsWith("ون", StringComparison.Ordinal) || verb.EndsWith("وا", StringComparison.Ordinal) ? -1 : null;
    }

    // A verb right after a relative word whose antecedent is a thing or a place, not an actor (المنازل التي دمرها الجيش، الفترة التي
    // قاطعتها واشنطن، القاعدة التي يحاصرها الثوار), carrying its object as a pronoun that points back to that antecedent, with a
    // subject after it: returns that subject (-1 when it is no actor), null when the clause does not read so (evrand32). The
    // antecedent is the verb's object: the next actor, the clause's place and an implied target are not.
    private static int? ThingRelativeObject(SentenceFrame frame, List<ActorSlot> actors, RoleWords roles, TriggerCandidate trigger)
    {
        var i = trigger.TokenIndex;
        if (!trigger.Entry.TargetIsObject || !VerbAfterRelativeWithObjectPronoun(frame, roles, trigger) || actors.Exists(s => s.LastWord == i - 2))
        {
            return null;
        }
        return SubjectAfterObjectVerb(frame, actors, i);
    }

    /// <summary>
    /// True when a verb whose target is its object carries that object as a pronoun (اعتقلتهم، استقبله، يستقبلها): the target is
    /// someone the sentence does not name, not the next actor nor the place.
    /// </summary>
    public static bool PronounObject(SentenceFrame frame, TriggerCandidate trigger) =>
        trigger.Entry.TargetIsObject && trigger.Form is WordForm.Past or WordForm.Present or WordForm.Future
        && frame.Words[trigger.TokenIndex].Suffixes.Count > 0 && trigger.CompanionIndex <= trigger.TokenIndex
        && (frame.ClauseStart(trigger.TokenIndex) == trigger.TokenIndex || frame.Slots.Exists(s => !s.IsPlace && s.LastWord == trigger.TokenIndex - 1));

    /// <summary>
    /// True when the object right after the verb and its subject (or after one of the entry's prepositions) opens with أي/أية
    /// (ترفض أي وجود أجنبي، لم تتهم أنقرة أي جهة، لم تطلب أي مساعدة) or is a collective "international" counterpart
    /// (المجتمع الدولي، الدعوات الدولية): whoever it concerns is not named.
    /// </summary>
    public static bool AnyObject(SentenceFrame frame, TriggerCandidate trigger, IReadOnlyList<ActorSlot> sources)
    {
        var from = Math.Max(Math.Max(trigger.TokenIndex, trigger.CompanionIndex), sources.Count == 0 ? -1 : sources.Max(s => s.FirstWord > trigger.TokenIndex ? s.LastWord : -1));
        static bool IsAny(Language.Token w) => w.Norm is "اي" or "ايه" && w.Prefixes.All(p => p is "ل" or "ب");
        // رفض المجلس العسكري في ميانمار الدعوات: the subject's place (في + a place) stands between it and the object.
        if (from + 2 < frame.Words.Count && frame.Words[from + 1].Norm == "في"
            && frame.Slots.Find(s => s.IsPlace && s.FirstWord == from + 2) is { } where)
        {
            from = where.LastWord;
        }
        // لم تطلب الحكومة المغربية أي مساعدة دولية: أي right after the verb and its subject and right before the entry's companion
        // word, and no actor after it in the clause (ترفض أي حوار مع حركة الشباب names the counterpart).
        var subjectEnd = Math.Max(trigger.TokenIndex, sources.Count == 0 ? -1 : sources.Max(s => s.FirstWord > trigger.TokenIndex ? s.LastWord : -1));
        if (trigger.CompanionIndex == subjectEnd + 2 && IsAny(frame.Words[subjectEnd + 1]) && frame.Words[subjectEnd + 1].Prefixes.Count == 0
            && !frame.Slots.Exists(s => !s.IsPlace && s.FirstWord > trigger.CompanionIndex && s.FirstWord <= frame.ClauseEnd(trigger.CompanionIndex)))
        {
            return true;
        }
        return from + 1 < frame.Words.Count && (IsAny(frame.Words[from + 1]) || IsCollective(frame, from + 1)
            || (from + 2 < frame.Words.Count && Carries(frame.Words[from + 1], trigger.Entry.TargetPrepositions)
                && (IsAny(frame.Words[from + 2]) || IsCollective(frame, from + 2))));
    }

    // دعت المعارضة المجتمع الدولي، رفض الدعوات الدولية: "the international community", "the international calls" name no one
    // (CAMEO leaves the counterpart unknown). Only these collective heads: an international investigator or organization
    // (المحقق الدولي، منظمة إغاثة دولية) is someone, coded by the knowledge base or not at all.
    private static bool IsCollective(SentenceFrame frame, int w) =>
        w + 1 < frame.Words.Count && frame.Words[w].Prefixes.Contains("ال") && CollectiveHeads.Contains(frame.Words[w].Norm)
        && frame.Words[w + 1].Norm is "دولي" or "دوليه"
        && !frame.Slots.Exists(s => s.FirstWord <= w + 1 && s.LastWord >= w);

    private static readonly HashSet<string> CollectiveHeads = ["مجتمع", "اسره", "دعوات", "مطالبات", "نداءات", "ضغوط"];

    internal static bool IsCopula(Language.Token w) => w.Norm is "يكون" or "تكون" or "كان" or "كانت" or "يكونوا" or "كانوا";

    /// <summary>
    /// True when the word at <paramref name="w"/>, right after من, is a bare قبل or جانب: من قبل X، من جانب X name the act's agent.
    /// من جانبهم ("for their part", a pronoun on the noun) and من الجانب السوري ("from the Syrian side") name none: the noun must
    /// stand bare.
    /// </summary>
    internal static bool OpensAgentAfterFrom(SentenceFrame frame, int w) =>
        w < frame.Words.Count && frame.Words[w] is { Suffixes.Count: 0, Prefixes.Count: 0, Norm: "قبل" or "جانب" };

    /// <summary>
    /// The author named right after an act (and its victim: the preposition within three words, in its clause): the actor after من قبل، من جانب،
    /// على يد or على أيدي, and with <paramref name="bareFrom"/> after a bare من too (تعرضوا لهجوم من مسلحين); the first such
    /// preposition decides. Its index in <paramref name="actors"/>, -1 when none. The one reading of a passive or verbal-noun
    /// act's agent, for the argument rules and the coder's suffered attacks. Not من جانبه، من جانبهم ("for his/their part").
    /// </summary>
    internal static int ByAgent(SentenceFrame frame, List<ActorSlot> actors, int from, int clauseEnd, bool bareFrom = false)
    {
        // Right after the act and its victim: قتل محتجين على أيدي، not a phrase further on.
        for (var w = from + 1; w < frame.Words.Count && w <= clauseEnd && w - from < ByAgentReach; w++)
        {
            var agent = AgentAfterPreposition(frame, w, bareFrom);
            if (agent >= 0)
            {
                // تحدت التدابير المتخذة من جانب الاتحاد: after a participle with the article (م…) that qualifies a noun between the
                // act and it (no actor: not قتل المتظاهرين المسالمين على أيدي), the agent is the participle's, not the act's; right
                // after the act (التدمير المتعمد على أيدي) it is the act's.
                var before = frame.Words[w - 1];
                var participle = w - 1 > from + 1 && before.Prefixes is ["ال"] && before.Norm.Length >= 4 && before.Norm[0] == 'م'
                    && !frame.Slots.Exists(s => s.FirstWord <= w - 1 && s.LastWord >= w - 2);
                return participle ? -1 : actors.FindIndex(s => s.FirstWord == agent);
            }
        }
        return -1;
    }

    // Word w opens an agent (من قبل، من جانب، على يد، على أيدي; with bareFrom a bare من too): the index of the agent's first word, else -1.
    // ByAgent and ImpersonalAuthor read the preposition through it.
    private static int AgentAfterPreposition(SentenceFrame frame, int w, bool bareFrom)
    {
        var norm = frame.Words[w].Norm;
        var next = w + 1 < frame.Words.Count && frame.Words[w + 1] is { Suffixes.Count: 0, Prefixes.Count: 0 } bare ? bare.Norm : "";
        return norm == "من" && OpensAgentAfterFrom(frame, w + 1) ? w + 2
            : norm == "علي" && next is "يد" or "ايدي" ? w + 2
            : bareFrom && norm == "من" ? w + 1 : -1;
    }

    // تم اعتقال X، جرى ترحيل X، تم الإفراج عن X من قبل السلطات، الذين تم توقيفهم: a verbal noun right after an auxiliary of the
    // impersonal passive (roles.tsv kind impersonal) tells an act done to X: X is the target, never the author (the base dump read
    // the patient after the noun as the subject of a verb). The patient is the antecedent of a relative right before the auxiliary,
    // else, when the noun carries no object pronoun (ترحيله إلى الولايات المتحدة: the actor after is elsewhere), the first actor after it
    // in the clause. The author is only one named after the patient by من قبل or على يد; else none (the coder drops an act told with
    // no author, or keeps an attack as authorless). Only acts done to someone (a direct object, or على/عن: القبض على، الإفراج عن) of
    // conflict or release; جرت محادثات، تم التوافق عليها tell a happening or an agreement whose parties the noun's subject names.
    private static EventArguments? Impersonal(SentenceFrame frame, List<ActorSlot> actors, RoleWords roles, TriggerCandidate trigger, int after, int clauseEnd)
    {
        var i = trigger.TokenIndex;
        var entry = trigger.Entry;
        // تجري الاستعدادات لطرد X، تتم بالتعاون مع: a noun after ل or بـ is a purpose or a manner, not the passive's act.
        if (i == 0 || !roles.Is(frame.Words[i - 1], RoleWordKind.Impersonal) || frame.Words[i].Prefixes.Any(p => p is "ل" or "ب")
            || !(entry.TargetIsObject || entry.TargetPrepositions.Contains("علي") || entry.TargetPrepositions.Contains("عن"))
            || !(entry.Code.QuadClass >= 3 || trigger.Cameo.StartsWith("084", StringComparison.Ordinal))
            // تم شن ضربة جوية أميركية: a companion noun after the trigger is the act itself, its nisba the author (read as before).
            || (trigger.CompanionIndex > i && !entry.TargetPrepositions.Contains(frame.Words[trigger.CompanionIndex].Norm)))
        {
            return null;
        }
        // The author right after the noun (تم الإفراج عنه من قبل السلطات), else right after the patient (تم اعتقال X على يد Y).
        var author = ImpersonalAuthor(frame, actors, after, clauseEnd);
        var patient = -1;
        if (i >= 3 && roles.Is(frame.Words[i - 2].Norm, RoleWordKind.Relative) && frame.Words[i - 2].Norm.StartsWith("ال", StringComparison.Ordinal))
        {
            patient = actors.FindIndex(s => s.LastWord == i - 3);
        }
        else if (frame.Words[i].Suffixes.Count == 0)
        {
            var limit = author >= 0 ? actors[author].FirstWord : clauseEnd + 1;
            patient = actors.FindIndex(s => s.FirstWord > after && s.FirstWord < limit);
            author = author < 0 && patient >= 0 ? ImpersonalAuthor(frame, actors, actors[patient].LastWord, clauseEnd) : author;
        }
        // أعلنت الشرطة الفرنسية أنه تم اعتقال X، عثرت الشرطة على الشاب وتم احتجازه: an arrest, expulsion or release told with no author
        // after it is the act of a body of the state named last before it in the sentence (the police that announces it), not of
        // any other actor there (the arrested, a town, a person told of).
        if (author < 0 && (trigger.Cameo.StartsWith("17", StringComparison.Ordinal) || trigger.Cameo.StartsWith("084", StringComparison.Ordinal))
            && actors.FindLastIndex(s => s.LastWord < i - 1) is var teller and >= 0 && teller != patient
            && actors[teller].Actor.Code is { Length: 3 or 6 } code && ActorRole.IsStateOffice(code[^3..]))
        {
            author = Head(frame, actors, teller);
        }
        // مخابئ المتمردين … تم تدميرها: an attack that names neither its victim nor its author keeps the general reading (the
        // coder's rules for attacks; telling it as authorless added false alarms on the gsr assault halves).
        if (patient < 0 && author < 0 && trigger.Plover == PloverType.Assault)
        {
            return null;
        }
        return new EventArguments(author >= 0 ? Chain(frame, actors, author) : [], patient >= 0 ? Chain(frame, actors, patient) : [], false)
        {
            TargetUnnamed = patient < 0 && frame.Words[i].Suffixes.Count > 0,
        };
    }

    // The actor after من قبل، من جانب، على يد or على أيدي within a few words after word from, in the clause; a head noun or a count may
    // stand before it (من قبل عدة ضباط عراقيين: the nisba is the actor). -1 when none.
    private static int ImpersonalAuthor(SentenceFrame frame, List<ActorSlot> actors, int from, int clauseEnd)
    {
        for (var w = from + 1; w < clauseEnd && w + 1 < frame.Words.Count && w - from <= ImpersonalAgentReach; w++)
        {
            if (AgentAfterPreposition(frame, w, bareFrom: false) >= 0)
            {
                return actors.FindIndex(s => s.FirstWord >= w + 2 && s.FirstWord <= Math.Min(w + 4, clauseEnd));
            }
        }
        return -1;
    }

    private const int LamObject = -2;

    /// <summary>
    /// The actor carrying ل right after the act noun at <paramref name="i"/> (or after its companion, or after one adjective of manner:
    /// غارات جوية للتحالف), read by the noun (roles.tsv kinds doer and visit; evrole25): its index when it is the author
    /// (هجوم لتنظيم داعش، غارة لطيران التحالف، زيارة لوزير الخارجية), <see cref="LamObject"/> when it is the noun's object or
    /// beneficiary (الانتقادات للمحكمة، زيارة لمصر، زيارته لإسرائيل), -1 when no actor carries ل there.
    /// </summary>
    private static int LamAuthor(SentenceFrame frame, List<ActorSlot> actors, RoleWords roles, int i, int after, string stem)
    {
        var lam = actors.FindIndex(s => (s.FirstWord == i + 1 || s.FirstWord == after + 1 || (s.FirstWord == i + 2 && roles.Is(frame.Words[i + 1].Norm, RoleWordKind.DoerAdjective)))
            && CarriesLam(frame.Words[s.FirstWord]));
        if (lam < 0)
        {
            return -1;
        }
        var noun = frame.Words[i];
        // The lexicon form matched, as the analyzer may leave a clitic on the word (بكمين، زيارته): what follows it in the word
        // is a pronoun unless it is the accusative ا (هجوما).
        var at = noun.Norm.IndexOf(stem, StringComparison.Ordinal);
        var rest = at < 0 ? ReadOnlySpan<char>.Empty : noun.Norm.AsSpan(at + stem.Length);
        // زيارته لإسرائيل، هجومهم للمدينة: a possessive pronoun is the noun's author; the ل-phrase is its object.
        if (noun.Suffixes.Count > 0 || !(rest.IsEmpty || rest is "ا"))
        {
            return LamObject;
        }
        if (roles.Is(noun, RoleWordKind.Doer) || roles.Is(stem, RoleWordKind.Doer))
        {
            return lam;
        }
        // زيارة لمصر: a state is the host; زيارة لأوباما، زيارة لوزير الخارجية: a person or a body is the visitor.
        var actor = actors[lam].Actor;
        return (roles.Is(noun, RoleWordKind.Visit) || roles.Is(stem, RoleWordKind.Visit)) && actor.Code is not null && actor.Code != actor.Country ? lam : LamObject;
    }

    // لـ or للـ on an actor's first word (the analyzer may keep ل and ال apart or together).
    // احتج متظاهرون على زيارة فابيوس، اهتمت الصحف الأردنية بزيارة الأمير … للأردن، تشمل زيارة كارتر الأردن: a person or a body
    // (a code that is not a bare state) in the genitive right after a visit noun with no pronoun on it is the visitor, not an
    // actor of the clause before it (the commenter, the protesters, the host's press); the host is then its ل/إلى phrase. evconj28.
    private static bool GenitiveVisitor(SentenceFrame frame, List<ActorSlot> actors, RoleWords roles, TriggerCandidate trigger, int agent)
    {
        var i = trigger.TokenIndex;
        var slot = actors[agent];
        var noun = frame.Words[i];
        return slot.FirstWord == i + 1 && frame.Words[i + 1].Prefixes.All(p => p == "ال") && noun.Suffixes.Count == 0
            && (roles.Is(noun, RoleWordKind.Visit) || roles.Is(trigger.Stem, RoleWordKind.Visit))
            && slot.Actor.Code is not null && slot.Actor.Code != slot.Actor.Country;
    }

    private static bool CarriesLam(Language.Token word) => word.Prefixes.Count > 0 && word.Prefixes[0] is "ل" or "لل";

    // الذي/التي right before the verb, opening its clause, with a word before it that no actor slot covers (التفجير الذي،
    // الهجمات الإرهابية التي): the antecedent is a thing, so the verb has no actor for subject.
    private static bool RelativeOfThing(SentenceFrame frame, List<ActorSlot> actors, RoleWords roles, int i)
    {
        if (i < 2 || frame.ClauseStart(i) != i - 1)
        {
            return false;
        }
        // التي دمرتها ميليشيات الحوثي، التي ينفذ فيها تنظيم داعش: a pronoun pointing back to the antecedent (on the verb or on a
        // preposition right after it) makes the antecedent the object or the scene; the actor after the verb is then its subject.
        if (frame.Words[i].Suffixes.Count > 0
            || (i + 1 < frame.Words.Count && (frame.Words[i + 1] is { Suffixes.Count: > 0, Prefixes.Count: 0 } || roles.Is(frame.Words[i + 1].Norm, RoleWordKind.Resumptive))))
        {
            return false;
        }
        var relative = frame.Words[i - 1].Norm;
        return roles.Is(relative, RoleWordKind.Relative) && relative.StartsWith("ال", StringComparison.Ordinal)
            && !frame.Slots.Exists(s => s.FirstWord <= i - 2 && s.LastWord >= i - 2);
    }

    // للاحتجاج، احتجاجا: "in order to protest", "in protest": the act of the main clause's subject.
    /// <summary>True for a verbal noun of purpose: لـ + noun (للاحتجاج، لبحث) or an accusative noun (احتجاجا).</summary>
    public static bool IsPurpose(Language.Token word) =>
        (word.Prefixes.Count > 0 && word.Prefixes[^1] is "ل" or "ال" && word.Prefixes.Contains("ل"))
        || (word.Prefixes.Count == 0 && word.Norm.Length > 3 && word.Norm[^1] == 'ا');

    /// <summary>
    /// True when the trigger is a verbal noun of purpose in its sentence: as <see cref="IsPurpose(Language.Token, TriggerCandidate)"/>,
    /// but an accusative right after the complementizer opening its clause (قال الجيش إن هجوما …) is that clause's subject.
    /// </summary>
    public static bool IsPurpose(SentenceFrame frame, TriggerCandidate trigger) =>
        !ComplementSubject(frame, trigger.TokenIndex) && IsPurpose(frame.Words[trigger.TokenIndex], trigger);

    /// <summary>True when the trigger word is a verbal noun of purpose, also when the analyzer left لـ on it (لبحث).</summary>
    public static bool IsPurpose(Language.Token word, TriggerCandidate trigger) =>
        (trigger.Form == WordForm.Noun && IsPurpose(word))
        // تضامنا، تنديدا: the accusative verbal noun, which the finder may read as a dual past (its lemma and ا).
        || (trigger.Form == WordForm.Past && word.Prefixes.Count == 0 && word.Norm.Length > 4
            && word.Norm == trigger.Entry.Lemma + "ا")
        || (word.Prefixes.Contains("ل") && !word.Prefixes.Contains("ال")) // لبحث: a three-letter masdar the finder read as the past verb
        || (word.Prefixes.Count == 0 && !trigger.Stem.StartsWith('ل') && word.Norm.StartsWith('ل') && word.Norm.EndsWith(trigger.Stem, StringComparison.Ordinal));

    private static bool Carries(Language.Token word, IReadOnlyList<string> prepositions)
    {
        foreach (var p in prepositions)
        {
            if (word.Norm == p && word.Prefixes.Count == 0 || (p.Length == 1 && word.Prefixes.Contains(p)))
            {
                return true;
            }
        }
        return false;
    }

    // The first actor after the trigger in its clause that the entry's preposition does not mark as target (nor the head of its
    // coordination) and that is not the place visited: the subject told after the verb, else -1. A loop over indices: the
    // lambda this was searched the list again (IndexOf) for every actor it tried.
    private static int LaterSubject(SentenceFrame frame, List<ActorSlot> actors, RoleWords roles, TriggerCandidate trigger, int i, int clauseEnd)
    {
        var complement = PraisedFrom(frame, trigger, i, clauseEnd);
        for (var k = 0; k < actors.Count; k++)
        {
            var s = actors[k];
            // طلب من البرلمان تفويضا بمقاتلة المتمردين: the one asked ends the search; the subject stands before it.
            if (s.FirstWord > i && s.FirstWord <= clauseEnd && Asked(frame, roles, trigger, s))
            {
                return -1;
            }
            if (s.FirstWord > i && s.FirstWord <= clauseEnd && s.FirstWord < complement && !MarkedAsTarget(frame, actors[Head(frame, actors, FirstEqual(actors, k))], trigger)
                && !Visited(frame, s, trigger))
            {
                return k;
            }
        }
        return -1;
    }

    // أشاد الدكتور فلان رئيس الشركة بما حققته كوريا، هنأ بهذه المناسبة الأمير …: the subject of praise, thanks or congratulation
    // (CAMEO 051) stands before its complement; an actor from the first word carrying the entry's preposition on is the praised
    // or the occasion's, never the author (an unknown author leaves the act without one). int.MaxValue for other acts.
    private static int PraisedFrom(SentenceFrame frame, TriggerCandidate trigger, int i, int clauseEnd)
    {
        if (trigger.Cameo != "051" || trigger.Entry.TargetPrepositions.Count == 0)
        {
            return int.MaxValue;
        }
        for (var w = i + 1; w <= clauseEnd && w < frame.Words.Count; w++)
        {
            if (Carries(frame.Words[w], trigger.Entry.TargetPrepositions))
            {
                return w;
            }
        }
        return int.MaxValue;
    }

    // وشكرت الحركة خادم الحرمين، وشكر الحساينة المملكة وقطر على جهودهما: a past verb of thanks whose subject, right after it, is a
    // definite noun no actor covers (a body or a man the knowledge base does not know) has that unknown author; the actor after it
    // is the thanked (its object), never the one who thanks (evrole31 read such objects as the author). كما شكر مدير السجن: after
    // كما the verb goes on with the subject told before (the previous verb's, else none); the actor after it is the thanked.
    // Before the first word of the entry's target prepositions only (PraisedFrom). A verb with nothing after it in its clause has
    // no object: a name (وفؤاد شكر), no thanks. Not a plural past (شكروا سموه: the subject is in the verb) nor a day or a
    // preposition after it. evthank32.
    private static EventArguments? Thanks(SentenceFrame frame, List<ActorSlot> actors, RoleWords roles, TriggerCandidate trigger, IReadOnlyList<ActorSlot>? previousSubject, int clauseEnd)
    {
        var i = trigger.TokenIndex;
        if (trigger.Form != WordForm.Past || !roles.Is(trigger.Entry.Lemma, RoleWordKind.Thank))
        {
            return null;
        }
        if (i + 1 > clauseEnd || i + 1 >= frame.Words.Count)
        {
            return new EventArguments([], [], false);
        }
        var next = frame.Words[i + 1];
        var continued = i > 0 && frame.Words[i - 1].Norm == ContinuingAs && frame.Words[i].Prefixes.Count == 0;
        if (!continued && (frame.Words[i].Norm.EndsWith("وا", StringComparison.Ordinal) || next.Prefixes is not ["ال"] || next.Suffixes.Count > 0
            || frame.Slots.Exists(s => s.FirstWord <= i + 1 && s.LastWord >= i + 1)
            || roles.Is(next.Norm, RoleWordKind.Day) || IsPlainPreposition(next, roles)))
        {
            return null;
        }
        var complement = PraisedFrom(frame, trigger, i, clauseEnd);
        var first = continued ? i + 1 : i + 2;
        var thanked = actors.FindIndex(s => s.FirstWord >= first && s.FirstWord <= clauseEnd && s.FirstWord < complement);
        return new EventArguments(continued && previousSubject is { Count: > 0 } ? [.. previousSubject] : [],
            thanked >= 0 ? Chain(frame, actors, Head(frame, actors, thanked)) : [], false);
    }

    // طلب من الحكومة، طلب الوزير من الحكومة: after a verb of asking (roles kind ask) the actor right after a bare من standing right
    // after the verb or after an actor (its subject) is the one asked, never its subject; not a partitive (طالبت مجموعة من النشطاء،
    // طالب عدد من الأهالي: the group is the subject) nor كل من X وY ("both X and Y"). evrole33.
    private static bool Asked(SentenceFrame frame, RoleWords roles, TriggerCandidate trigger, ActorSlot slot) =>
        trigger.Form != WordForm.Noun && slot.FirstWord > trigger.TokenIndex + 1 && frame.Words[slot.FirstWord - 1] is { Norm: "من", Prefixes.Count: 0 }
        && (slot.FirstWord - 2 == trigger.TokenIndex || frame.Slots.Exists(s => s.LastWord == slot.FirstWord - 2))
        && roles.Is(trigger.Entry.Lemma, RoleWordKind.Ask) && !AskNoun(frame, trigger);

    // The noun of asking without the article or a pronoun (طلب، بطلب، بناء على طلب، نزولا عند طلب: the finder reads the bare
    // word, spelled as the verb, as a past verb when no case ending or article tells it apart).
    private static bool AskNoun(SentenceFrame frame, TriggerCandidate trigger) =>
        frame.Words[trigger.TokenIndex] is var w && w.Suffixes.Count == 0 && !w.Prefixes.Contains("ال") && w.Norm == trigger.Entry.Lemma
        && (trigger.Form == WordForm.Noun || w.Prefixes.Contains("ب") || w.Prefixes.Contains("ل")
            || (trigger.TokenIndex > 0 && frame.Words[trigger.TokenIndex - 1] is { Norm: "علي" or "عند", Prefixes.Count: 0 }));

    // بطلب من الولايات المتحدة، بناء على طلب (رسمي) من الحكومة اليمنية: the noun of asking without the article, then من and an
    // actor, names the one who asks; the author the rules found for the noun (the actor of its clause: تدخل الجيش بناء على طلب من X)
    // is the one asked. Not الطلب من مجلس الأمن (the asking of the Council: a verbal noun with its object) nor مطالبة (demands
    // made of X). evrole33.
    private static EventArguments? AskedBy(SentenceFrame frame, RoleWords roles, TriggerCandidate trigger, EventArguments args)
    {
        var i = trigger.TokenIndex;
        if (!roles.Is(trigger.Entry.Lemma, RoleWordKind.Ask) || !AskNoun(frame, trigger))
        {
            return null;
        }
        // One bare word (an adjective: رسمي) may stand between the noun and من.
        var from = i + 1 < frame.Words.Count && frame.Words[i + 1] is { Norm: "من", Prefixes.Count: 0 } ? i + 1
            : i + 2 < frame.Words.Count && frame.Words[i + 1].Prefixes.Count == 0 && frame.Words[i + 2] is { Norm: "من", Prefixes.Count: 0 }
                && !frame.Slots.Exists(s => s.FirstWord <= i + 1 && s.LastWord >= i + 1) ? i + 2
            : -1;
        if (from < 0)
        {
            return null;
        }
        var actors = frame.Slots.Where(s => !s.IsPlace).ToList();
        var asker = actors.FindIndex(s => s.FirstWord == from + 1);
        if (asker < 0)
        {
            return null;
        }
        var chain = Chain(frame, actors, Head(frame, actors, asker));
        var asked = args.Sources.Where(s => !chain.Contains(s) && s.LastWord < i).ToList();
        // بطلب read as a past verb found no author before it: the nearest actor before it in its clause is the one asked.
        if (asked.Count == 0 && actors.FindLastIndex(s => s.LastWord < i && s.FirstWord >= frame.ClauseStart(i)) is var before and >= 0)
        {
            asked = Chain(frame, actors, Head(frame, actors, before));
        }
        return new EventArguments(chain, asked, false);
    }

    // كما "as also": a verb right after it goes on with the subject of the clause before.
    private const string ContinuingAs = "كما";

    /// <summary>
    /// The thanked of an act of thanks (roles kind <c>thank</c>) named in its own clause only: شكر فيها إدارة المهرجان …، سائلا الله
    /// أن يحفظ بلادنا — an actor of a later clause is none of its. With no thanked named there (ونشكرهم، أعرب عن شكره بعد أن …)
    /// the thanks has no counterpart: no source either, so no event (no place or implied target stands in for the thanked).
    /// Other acts' arguments are returned as they are. evthank32.
    /// </summary>
    public static EventArguments ThankedInClause(SentenceFrame frame, TriggerCandidate trigger, RoleWords roles, EventArguments args)
    {
        if (!roles.Is(trigger.Entry.Lemma, RoleWordKind.Thank))
        {
            return args;
        }
        var end = frame.ClauseEnd(Math.Max(trigger.TokenIndex, trigger.CompanionIndex));
        var start = frame.ClauseStart(trigger.TokenIndex);
        var thanked = args.Targets.Where(t => t.FirstWord >= start && t.FirstWord <= end).ToList();
        return thanked.Count == 0 ? new EventArguments([], [], false)
            : thanked.Count == args.Targets.Count ? args : args with { Targets = thanked };
    }

    // actors.IndexOf(actors[k]): an equal slot before k (the same words and actor twice) is the one IndexOf finds.
    private static int FirstEqual(List<ActorSlot> actors, int k)
    {
        for (var j = 0; j < k; j++)
        {
            if (actors[j].FirstWord == actors[k].FirstWord && actors[j].Equals(actors[k]))
            {
                return j;
            }
        }
        return k;
    }

    private static int Head(SentenceFrame frame, List<ActorSlot> actors, int k)
    {
        while (k > 0 && frame.Coordinated(actors[k - 1], actors[k]))
        {
            k--;
        }
        return k;
    }

    private static List<ActorSlot> Chain(SentenceFrame frame, List<ActorSlot> actors, int k)
    {
        var chain = new List<ActorSlot> { actors[k] };
        while (k + 1 < actors.Count && frame.Coordinated(actors[k], actors[k + 1]))
        {
            chain.Add(actors[++k]);
        }
        return chain;
    }
}
