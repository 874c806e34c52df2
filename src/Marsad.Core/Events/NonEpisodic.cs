namespace Marsad.Core.Events;

/// <summary>
/// Trigger words in statements that tell no happening: a habit or a standing state, a noun that rates something, a
/// poll's findings. The finder and the coder's <c>ModeReader</c> read them as hypothetical (not told as done), which
/// the coder drops. Rules (cue kinds of <c>cues.tsv</c>):
/// <list type="bullet">
/// <item>habitual: a word of habit (سنويا، عادة، دائما، غالبا، باستمرار، مرارا) up to four words before or six after the trigger,
/// or the pairs كثيرا ما، كل عام/سنة/شهر/أسبوع/مرة، بشكل دوري/مستمر/منتظم، من حين لآخر (تجتمع المجالس مرة أو مرتين سنويا،
/// كثيرا ما يشن مقاتلو الحركة هجمات);</item>
/// <item>predicate: an event noun right after a copula or a verb of rating (بمثابة، هو، بأنه; يعد، يمثل، يشكل only before
/// an indefinite noun, since a definite one is their subject: يشكل الهجوم تهديدا); a predicate takes no preposition; an indefinite event noun that
/// repeats a noun of the same stem up to six words before (إن استهداف المساجد استهداف لنا جميعا); an indefinite event noun
/// right after a definite noun phrase that opens a clause after أن/إن or a demonstrative not governed by a preposition
/// (أكد أن الحادث اعتداء على …; not من بين هذه الفعاليات مظاهرة);</item>
/// <item>generic: a verbal noun after the من that explains a ما clause up to six words before (ما تقوم به الميليشيات من
/// اعتداءات: a kind of act, not one);</item>
/// <item>survey: a trigger after a poll or a study (استطلاع، استبيان، دراسة) when a percentage follows the poll word
/// (أظهر الاستطلاع أن 48 في المائة يحبذون انسحاب اليونان);</item>
/// <item>any: an event noun right after "any" (من أي هجوم، اعتبار أي اعتداء عليها اعتداء على الجميع: no act in particular; evgsr18).</item>
/// </list>
/// The closed word lists these rules read besides <c>cues.tsv</c> (habit pairs, time nouns, prepositions, the ما and
/// من of a kind of act, percent words) are in <c>Resources/Events/non-episodic.tsv</c> (<see cref="NonEpisodicWords"/>).
/// </summary>
internal static class NonEpisodic
{
    private const int HabitBefore = 4;

    // Adverbs of habit close the clause: تجتمع اللجنة المشتركة مرتين سنويا.
    private const int HabitAfter = 6;
    private const int RepeatWindow = 6;
    private const int ExplainWindow = 6;
    private const int ClauseDayWindow = 12;

    // لم تسجل الشرطة في المدينة أي اعتداءات: the words a negation may stand before "any".
    private const int AnyNegationWindow = 5;

    // The closed word lists the rules read (Resources/Events/non-episodic.tsv).
    private static readonly NonEpisodicWords Lists = NonEpisodicWords.Default;

    /// <summary>True when the trigger at <paramref name="i"/> (its <paramref name="stem"/> and <paramref name="form"/>) tells no happening.</summary>
    public static bool Holds(IReadOnlyList<EventToken> tokens, int i, WordForm form, string stem, TriggerLexicon lexicon) =>
        Habitual(tokens, i, lexicon) || (form == WordForm.Noun && (Predicate(tokens, i, stem, lexicon) || Explains(tokens, i) || AnyAct(tokens, i, lexicon)))
        || Survey(tokens, i, lexicon);

    /// <summary>
    /// True when the attack verb at <paramref name="i"/> is a past (or, since evgsr17, a present) form right after a relative pronoun (الذي اغتيل في 2005،
    /// الميليشيات التي خطفت عشرات الأشخاص): the clause describes its antecedent by an act told before, background and not a
    /// new report. Kept as news: the verb carries the antecedent as its object pronoun, so its own subject follows (السفينتين
    /// اللتين خطفهما قراصنة); a near day stands in the sentence (أمس، اليوم، a weekday: الذين اقتحموا المسجد أمس); the
    /// antecedent (one or two words) opens a reported clause or the sentence (صرح أن الانتحاري الذي قتل بالرصاص خرج …: the
    /// report is about it). A present form (الجماعات التي تشن هجمات، العقوبات التي تستهدف) describes its antecedent by a
    /// standing habit or aim, the same background; kept after "the (first) time that" (المرة الأولى التي ينفذ فيها), which
    /// tells the act in the narrative present.
    /// </summary>
    public static bool Recalled(IReadOnlyList<EventToken> tokens, int i, TriggerEntry entry, WordForm form, string stem, TriggerLexicon lexicon)
    {
        if (entry.Plover != PloverType.Assault || form is not (WordForm.Past or WordForm.Word or WordForm.Present) || i < 2)
        {
            return false;
        }
        // التي تم اختطافها: the passive periphrasis stands between the relative and the verbal noun, whose pronoun is then the
        // antecedent as the act's object, not a sign that the verb's own subject follows.
        var passive = i >= 3 && CliticVariants.WithoutConjunction(tokens[i - 1].Norm) is "تم" or "يتم" or "تتم";
        var relative = passive ? i - 2 : i - 1;
        if (!Lists.Is(BareSpan(tokens[relative].Norm), NonEpisodicKind.Relative))
        {
            return false;
        }
        return (passive || !ObjectPronoun(tokens[i].Norm, stem)) && !ReportedAntecedent(tokens, relative, lexicon) && !AttackAntecedent(tokens, relative, lexicon)
            && !NearDay(tokens, i) && !(form == WordForm.Present && TimeAntecedent(tokens, relative));
    }

    // المرة الأولى التي ينفذ فيها التنظيم عملية في تركيا: a present verb after "the (first) time that" tells the act the
    // article reports, in the narrative present, not a standing description of the antecedent.
    private static bool TimeAntecedent(IReadOnlyList<EventToken> tokens, int relative)
    {
        for (var k = relative - 1; k >= Math.Max(0, relative - 2); k--)
        {
            if (Lists.Is(BareSpan(tokens[k].Norm), NonEpisodicKind.Occasion))
            {
                return true;
            }
        }
        return false;
    }

    // حادثة التفجير الغاشم الذي استهدف مسجدا، الغارة الجوية التي استهدفت: the antecedent (one or two words) is itself an attack
    // noun; the clause names that attack's target, and the noun is what the sentence tells (condemned, claimed, counted).
    private static bool AttackAntecedent(IReadOnlyList<EventToken> tokens, int relative, TriggerLexicon lexicon)
    {
        for (var k = relative - 1; k >= Math.Max(0, relative - 2); k--)
        {
            foreach (var (reading, kind) in CliticVariants.Of(tokens[k].Norm))
            {
                foreach (var hit in lexicon.Lookup(reading))
                {
                    // القصف: a bare past spelled like its verbal noun is a noun with the article.
                    if (hit.Entry.Plover == PloverType.Assault && CliticVariants.Allows(kind, reading, hit.Form)
                        && (hit.Form == WordForm.Noun || kind is ReadingKind.Definite or ReadingKind.Tanwin))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // خطفهما، اختطفته، شنوها: letters after the stem that are an object pronoun (not a subject ending: قتلوا، قتلت).
    private static bool ObjectPronoun(string norm, string stem)
    {
        var at = norm.LastIndexOf(stem, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }
        var rest = norm.AsSpan(at + stem.Length);
        // A subject ending may stand between (خطفوه، خطفتها، خطفتاه).
        rest = rest.StartsWith("وا") || rest.StartsWith("تا") ? rest[2..] : rest.StartsWith("و") || rest.StartsWith("ت") ? rest[1..] : rest;
        return rest is "ه" or "ها" or "هم" or "هما" or "هن" or "ني" or "نا" or "ك" or "كم";
    }

    // أن الانتحاري الذي، إن الجندي الأمريكي الذي: the antecedent (one or two words) right after a complementizer or at the
    // sentence's start is the subject the statement is about.
    private static bool ReportedAntecedent(IReadOnlyList<EventToken> tokens, int relative, TriggerLexicon lexicon)
    {
        for (var k = relative - 1; k >= Math.Max(0, relative - 2); k--)
        {
            if (k == 0 || Is(tokens[k - 1].Norm, CueKind.Complementizer, lexicon))
            {
                return true;
            }
        }
        return false;
    }

    private static bool NearDay(IReadOnlyList<EventToken> tokens, int i)
    {
        for (var j = i + 1; j < Math.Min(tokens.Count, i + 1 + ClauseDayWindow); j++)
        {
            var w = BareSpan(tokens[j].Norm);
            if (Lists.Is(w, NonEpisodicKind.NearDay) || Lists.Is(w, NonEpisodicKind.Near))
            {
                return true;
            }
        }
        return false;
    }

    // من أي هجوم، قبل أن تنفذ أي هجوم، اعتبار أي اعتداء عليها اعتداء على الجميع: "any" right before an event noun names no act
    // in particular (a threat guarded against, a condition, a rule), none that happened.
    // After a negation (لم تشهد العاصمة أي احتجاجات) "any" tells that none happened: the finder reads the negation, so the
    // noun stays a negated event.
    private static bool AnyAct(IReadOnlyList<EventToken> tokens, int i, TriggerLexicon lexicon)
    {
        if (i == 0 || !Lists.Is(BareSpan(tokens[i - 1].Norm), NonEpisodicKind.Any))
        {
            return false;
        }
        for (var j = i - 2; j >= Math.Max(0, i - 1 - AnyNegationWindow); j--)
        {
            if (Is(tokens[j].Norm, CueKind.Negation, lexicon))
            {
                return false;
            }
        }
        return true;
    }

    // ما تقوم به الميليشيات من اعتداءات، ما يراه الناس من قتل: a verbal noun after the من that explains a ما clause names a kind
    // of act in general, not one that happened.
    private static bool Explains(IReadOnlyList<EventToken> tokens, int i)
    {
        if (i < 2 || !Lists.Is(BareSpan(tokens[i - 1].Norm), NonEpisodicKind.Explaining))
        {
            return false;
        }
        for (var j = i - 2; j >= Math.Max(0, i - ExplainWindow); j--)
        {
            if (Lists.Is(BareSpan(tokens[j].Norm), NonEpisodicKind.Explained))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Habitual(IReadOnlyList<EventToken> tokens, int i, TriggerLexicon lexicon)
    {
        for (var j = Math.Max(0, i - HabitBefore); j <= Math.Min(tokens.Count - 1, i + HabitAfter); j++)
        {
            if (j == i)
            {
                continue;
            }
            var w = BareSpan(tokens[j].Norm);
            var next = j + 1 < tokens.Count ? BareSpan(tokens[j + 1].Norm) : [];
            // دائما after an accusative noun is the adjective "permanent" (لواء عسكريا دائما، وقفا دائما لإطلاق النار).
            // The pairs: كثيرا ما، كل عام، بشكل دوري، من حين لآخر.
            if ((Is(tokens[j].Norm, CueKind.Habitual, lexicon) && !(Lists.Is(w, NonEpisodicKind.Adjectival) && j > 0 && tokens[j - 1].Norm.EndsWith('ا')))
                || Lists.IsHabitPair(w, next))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Predicate(IReadOnlyList<EventToken> tokens, int i, string stem, TriggerLexicon lexicon)
    {
        if (i == 0)
        {
            return false;
        }
        // A predicate takes no preposition (تمثل بإطلاق صواريخ: "took the form of", the act itself; في هذه المناسبة لمناقشة).
        var w = BareSpan(tokens[i].Norm);
        var indefinite = w.SequenceEqual(stem) || (w.Length == stem.Length + 1 && w[^1] == 'ا' && w.StartsWith(stem));
        var previous = BareSpan(tokens[i - 1].Norm);
        if (Is(tokens[i - 1].Norm, CueKind.Copula, lexicon))
        {
            // يعد، يمثل، يشكل are verbs: a definite noun right after them is their subject (يشكل الهجوم تهديدا).
            return indefinite || (previous[0] is not ('ي' or 'ت') && Definite(w));
        }
        if (!indefinite)
        {
            return false;
        }
        for (var j = i - 1; j >= Math.Max(0, i - RepeatWindow); j--)
        {
            if (SameNoun(tokens[j].Norm, stem))
            {
                return true;
            }
        }
        // أن الحادث اعتداء، هذا العمل الإجرامي اعتداء: a definite noun phrase (one or two words) opening a nominal clause.
        // A demonstrative after a preposition or with one (من بين هذه الفعاليات، بهذه المناسبة) opens a phrase, not a clause.
        for (var k = i - 1; k >= Math.Max(1, i - 2) && Definite(tokens[k].Norm) && !Lists.Is(BareSpan(tokens[k].Norm), NonEpisodicKind.TimeNoun); k--)
        {
            var opener = BareSpan(tokens[k - 1].Norm);
            if (Is(tokens[k - 1].Norm, CueKind.Complementizer, lexicon)
                || (Is(tokens[k - 1].Norm, CueKind.Demonstrative, lexicon) && opener[0] is not ('ب' or 'ل')
                    && (k < 2 || !Lists.Is(BareSpan(tokens[k - 2].Norm), NonEpisodicKind.Preposition))))
            {
                return true;
            }
        }
        return false;
    }

    // The findings follow the poll (أظهر استطلاع أن 48 في المائة يحبذون …): a trigger after a survey word with a percentage after it.
    private static bool Survey(IReadOnlyList<EventToken> tokens, int i, TriggerLexicon lexicon)
    {
        var (first, lastPercent) = SurveyMarks(tokens, lexicon);
        return first >= 0 && first < i && lastPercent > first;
    }

    // The first survey word and the last percentage of a sentence, read once per sentence: the finder and ModeReader ask
    // for every trigger of the same token list. The cache is per thread and checks the list's identity, length and span.
    [ThreadStatic]
    private static (IReadOnlyList<EventToken>? Tokens, int Count, int Start, int End, int First, int LastPercent) _surveyCache;

    private static (int First, int LastPercent) SurveyMarks(IReadOnlyList<EventToken> tokens, TriggerLexicon lexicon)
    {
        var cache = _surveyCache;
        var count = tokens.Count;
        var start = count > 0 ? tokens[0].Start : 0;
        var end = count > 0 ? tokens[count - 1].End : 0;
        if (ReferenceEquals(cache.Tokens, tokens) && cache.Count == count && cache.Start == start && cache.End == end)
        {
            return (cache.First, cache.LastPercent);
        }
        var first = -1;
        var lastPercent = -1;
        for (var j = 0; j < count; j++)
        {
            var w = tokens[j].Norm;
            if (first < 0 && Is(w, CueKind.Survey, lexicon))
            {
                first = j;
            }
            else if (w.Contains('%', StringComparison.Ordinal) || Lists.Is(BareSpan(w), NonEpisodicKind.Percent))
            {
                lastPercent = j;
            }
        }
        _surveyCache = (tokens, count, start, end, first, lastPercent);
        return (first, lastPercent);
    }

    private static bool Definite(string norm) => Definite(BareSpan(norm));

    private static bool Definite(ReadOnlySpan<char> w) => w.StartsWith("ال") && w.Length > 3;

    // The word without its conjunction (و ف), without a substring.
    private static ReadOnlySpan<char> BareSpan(string norm) => CliticVariants.WithoutConjunctionSpan(norm);

    private static bool Is(string norm, CueKind kind, TriggerLexicon lexicon) =>
        lexicon.IsCue(norm, kind) || lexicon.IsCue(BareSpan(norm), kind);

    // استهداف، الاستهداف، والاستهداف، للاستهداف، بالاستهداف: the stem itself as a noun, bare or with the article, after a
    // conjunction or ب/ل/ك, without a substring.
    private static bool SameNoun(string norm, string stem)
    {
        var w = BareSpan(norm);
        if (w.StartsWith("لل"))
        {
            return w[2..].SequenceEqual(stem);
        }
        if (w.Length > 3 && w[0] is 'ب' or 'ل' or 'ك' && Bare(w[1..], stem))
        {
            return true;
        }
        return Bare(w, stem);

        static bool Bare(ReadOnlySpan<char> w, string stem) => w.SequenceEqual(stem) || (w.StartsWith("ال") && w[2..].SequenceEqual(stem));
    }
}
