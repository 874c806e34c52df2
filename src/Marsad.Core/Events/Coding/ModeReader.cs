using Marsad.Core.Language;

namespace Marsad.Core.Events.Coding;

/// <summary>
/// Re-reads a trigger's mode where the finder's condition cue is ambiguous. The finder takes
/// every إن/أن (one written form once normalized) and حالة and فيما for a condition; in news
/// they are mostly the complementizer (قال إن، أكد أن), a noun (حالة الطوارئ) and "while".
/// Rules, first that applies:
/// <list type="bullet">
/// <item>hypothetical: أي/أية (any) up to three words before (أي هجوم، أي هجوم يستهدف قواتها: an act that would be met, not one that was), unless a negation stands up to five words before أي (لم تشهد أي احتجاجات: none took place);</item>
/// <item>hypothetical: a present verb right after من (whoever: على من يرفض); a verbal noun right after فور or مقابل (فور رفع العقوبات);
/// a statement that tells no happening (<see cref="NonEpisodic"/>: a habit, a noun that rates something, a poll's findings);</item>
/// <item>hypothetical: a word of need, duty or proviso up to four words before (يجب أن نتعاون، شدد على ضرورة وقف القتال، شريطة أن يقوم), with no
/// relative, عن or word of time between (evrand27);</item>
/// <item>hypothetical: إذا، لو، لولا، إذ up to eight words before, or حال/حالة right after في (في حال);</item>
/// <item>intent: an act of conflict (CAMEO 17-20) the finder gave no mode, with لـ right after a word of coming, use, means or effort
/// (أتوا للقبض على، وسيلة للهجوم على), or ordered (أمر باعتقال، مذكرة اعتقال) (evmode33);</item>
/// <item>intent: an intent verb (يعتزم، ينوي) up to four words before;</item>
/// <item>future: a word of schedule and أن up to four words before (من المقرر أن يزور) when the finder gave no mode (evrand27);</item>
/// <item>future: a verbal noun right before المقبل/القادم/المرتقب/المقرر (القمة المقبلة) when the finder gave no mode;</item>
/// <item>future: a form with سـ, or سوف/لن in the two words before;</item>
/// <item>possible: قد before a present form, or ربما and the like up to three words before;</item>
/// <item>else the mode the finder gave, unless that was hypothetical.</item>
/// </list>
/// </summary>
internal static class ModeReader
{
    private const int ConditionWindow = 8;
    private const int IntentWindow = 4;
    private const int FutureWindow = 2;
    private const int PossibleWindow = 3;
    private const int AnyWindow = 3;
    private const int NegatedAnyWindow = 5;
    private const int NecessityWindow = 4;
    private const int ScheduleWindow = 4;
    private const int OrderWindow = 3;

    /// <summary>The mode of <paramref name="trigger"/> among <paramref name="tokens"/>; the words of "upcoming" are <paramref name="roles"/>' (roles.tsv).</summary>
    public static EventMode? Read(TriggerCandidate trigger, IReadOnlyList<EventToken> tokens, TriggerLexicon lexicon, RoleWords roles)
    {
        var i = trigger.TokenIndex;
        if (AfterAny(tokens, i, lexicon) || TriggerFinder.AfterWhoever(tokens, i, trigger.Form) || Prospective(tokens, i, trigger.Form, lexicon)
            || NonEpisodic.Holds(tokens, i, trigger.Form, trigger.Stem, lexicon) || Needed(tokens, i, lexicon))
        {
            return EventMode.Hypothetical;
        }
        if (trigger.Mode is null && ((trigger.Form == WordForm.Noun && Upcoming(tokens, i, roles)) || Scheduled(tokens, i, lexicon)))
        {
            return EventMode.Future;
        }
        if (trigger.Mode is null && Conflict(trigger) && (Aimed(tokens, i, trigger, lexicon) || (!trigger.Cameo.StartsWith("172", StringComparison.Ordinal) && Ordered(tokens, i, trigger.Stem, lexicon))))
        {
            return EventMode.Intent;
        }
        if (trigger.Mode != EventMode.Hypothetical)
        {
            return trigger.Mode;
        }
        for (var j = Math.Max(0, i - ConditionWindow); j < i; j++)
        {
            var w = CliticVariants.WithoutConjunction(tokens[j].Norm);
            if (lexicon.IsCue(w, CueKind.Condition) || (w is "حال" or "حاله" && j > 0 && CliticVariants.WithoutConjunction(tokens[j - 1].Norm) == "في"))
            {
                return EventMode.Hypothetical;
            }
        }
        if (Any(tokens, i, IntentWindow, CueKind.Intent, lexicon))
        {
            return EventMode.Intent;
        }
        if (trigger.Form == WordForm.Future || Any(tokens, i, FutureWindow, CueKind.Future, lexicon))
        {
            return EventMode.Future;
        }
        var may = i > 0 && CliticVariants.WithoutConjunction(tokens[i - 1].Norm) == "قد" && trigger.Form == WordForm.Present;
        return may || Any(tokens, i, PossibleWindow, CueKind.Possible, lexicon, except: "قد") ? EventMode.Possible : null;
    }

    // The material conflict codes (CAMEO 17-20: coerce, assault, fight, mass violence) whose aims and orders are read as intent.
    private static bool Conflict(TriggerCandidate trigger) => trigger.Cameo.Length >= 2 && trigger.Cameo[..2] is "17" or "18" or "19" or "20";

    // الجنود أتوا للقبض على، يستخدم القاعدة لإطلاق طائرات، وسيلة للهجوم على، يعملون بكل جهدهم لإبعاده: an act with لـ right after a
    // word of coming, use, means, effort or readiness (cues.tsv kind purposehead) is that word's aim, not an act told as done. A
    // light verb with لـ carries the noun (يستخدم لتنفيذ هجمات). Only right after the head: تعرض لهجوم، هدفا لهجمات (an act suffered)
    // and any other word before لـ are not heads.
    private static bool Aimed(IReadOnlyList<EventToken> tokens, int i, TriggerCandidate trigger, TriggerLexicon lexicon)
    {
        var word = CliticVariants.WithoutConjunction(tokens[i].Norm);
        var at = word.IndexOf(trigger.Stem, StringComparison.Ordinal);
        // للقبض may be a listed word with its لـ (form Word, the stem the whole word).
        var k = word is ['ل', ..] && (at > 0 || trigger.Form == WordForm.Word) ? i
            : i > 0 && CliticVariants.WithoutConjunction(tokens[i - 1].Norm) is ['ل', ..] light && lexicon.IsCue(light, CueKind.Support) ? i - 1 : -1;
        return k > 0 && lexicon.IsCue(CliticVariants.WithoutConjunction(tokens[k - 1].Norm), CueKind.PurposeHead);
    }

    // أصدر أمرا باعتقاله، أمرت المحكمة بترحيلهم، مذكرة اعتقال بحق: an arrest or an expulsion ordered (cues.tsv kind order) is not told
    // as done; CAMEO has no event for the order. Not a sanction or a ban (172x, tested by the caller): أصدرت أمرا بفرض قيود، أمرا بحجب
    // المواقع: that order is the act itself. The act takes بـ up to three words after the order (its giver may stand between), or
    // stands right after it as its genitive (مذكرة اعتقال، مذكرات توقيف).
    private static bool Ordered(IReadOnlyList<EventToken> tokens, int i, string stem, TriggerLexicon lexicon)
    {
        var word = CliticVariants.WithoutConjunction(tokens[i].Norm);
        var at = word.IndexOf(stem, StringComparison.Ordinal);
        if (i > 0 && at == 0 && lexicon.IsCue(CliticVariants.WithoutConjunction(tokens[i - 1].Norm), CueKind.Order))
        {
            return true;
        }
        if (at <= 0 || word[0] != 'ب')
        {
            return false;
        }
        for (var j = i - 1; j >= Math.Max(0, i - OrderWindow); j--)
        {
            if (lexicon.IsCue(CliticVariants.WithoutConjunction(tokens[j].Norm), CueKind.Order))
            {
                return true;
            }
        }
        return false;
    }

    // يجب أن نتعاون، يتعين على الحكومة رفع القيود، لا بد من رفض، شدد على ضرورة وقف القتال، شريطة أن يقوم المستثمر بهدم: an act that
    // must, should or need be done, or is set as a condition, is not told as done. Its reach ends at a relative, عن or a word of
    // time, cues.tsv kind necessitybound (ضرورة محاسبة المسؤولين عن الهجوم، يجب معاقبة الذين نفذوا الهجوم: that attack took place).
    private static bool Needed(IReadOnlyList<EventToken> tokens, int i, TriggerLexicon lexicon)
    {
        for (var j = i - 1; j >= Math.Max(0, i - NecessityWindow); j--)
        {
            var bare = CliticVariants.WithoutConjunction(tokens[j].Norm);
            if (lexicon.IsCue(bare, CueKind.NecessityBound))
            {
                return false;
            }
            if (lexicon.IsCue(tokens[j].Norm, CueKind.Necessity) || lexicon.IsCue(bare, CueKind.Necessity))
            {
                return true;
            }
        }
        return false;
    }

    // من المقرر أن يزور، ومن المزمع أن تعقد، كان من المفترض أن يلتقي: a word of schedule right before أن plans the act after it.
    private static bool Scheduled(IReadOnlyList<EventToken> tokens, int i, TriggerLexicon lexicon)
    {
        for (var j = Math.Max(0, i - ScheduleWindow); j < i - 1; j++)
        {
            if (lexicon.IsCue(CliticVariants.WithoutConjunction(tokens[j].Norm), CueKind.Scheduled) && lexicon.IsCue(tokens[j + 1].Norm, CueKind.Complementizer))
            {
                return true;
            }
        }
        return false;
    }

    // فور رفع العقوبات، مقابل إطلاق سراحهم: a verbal noun right after "as soon as" or "in exchange for" is a condition, not done.
    private static bool Prospective(IReadOnlyList<EventToken> tokens, int i, WordForm form, TriggerLexicon lexicon) =>
        form == WordForm.Noun && i > 0 && lexicon.IsCue(tokens[i - 1].Norm, CueKind.Prospective);

    // القمة المقبلة، زيارة مرتقبة، الجولة القادمة: a verbal noun qualified by "next", "coming" or "awaited" has not happened yet.
    // A nisba adjective may stand between (القمة الثلاثية المقبلة).
    private static bool Upcoming(IReadOnlyList<EventToken> tokens, int i, RoleWords roles) =>
        (i + 1 < tokens.Count && roles.Is(tokens[i + 1].Norm, RoleWordKind.Upcoming))
        || (i + 2 < tokens.Count && tokens[i + 1].Norm is { Length: > 3 } adjective && NisbaShape.EndsLikeSingular(adjective)
            && roles.Is(tokens[i + 2].Norm, RoleWordKind.Upcoming));

    /// <summary>True when أي stands up to three words before the trigger with a negation before it (لم تشهد أي احتجاجات: none took place).</summary>
    public static bool NegatedAny(IReadOnlyList<EventToken> tokens, int i, TriggerLexicon lexicon) =>
        AnyAt(tokens, i) is var j and >= 0 && Any(tokens, j, NegatedAnyWindow, CueKind.Negation, lexicon);

    // The index of أي/أية (with و، ف، ب or ل) up to three words before word i; -1 when none.
    private static int AnyAt(IReadOnlyList<EventToken> tokens, int i)
    {
        for (var j = i - 1; j >= Math.Max(0, i - AnyWindow); j--)
        {
            var w = tokens[j].Norm;
            var bare = w.Length is 3 or 4 && w[0] is 'و' or 'ف' or 'ب' or 'ل' ? w[1..] : w;
            if (w is "اي" or "ايه" || bare is "اي" or "ايه")
            {
                return j;
            }
        }
        return -1;
    }

    // أي هجوم، لأي اعتداء، أي ضربة جوية: "any" makes the act a case considered, and so does a clause qualifying it
    // (أي هجوم يستهدف قواتها); a trigger before أي (ترفض أي تدخل) is not touched. After a negation أي means
    // "no … at all" (لم تشهد أي احتجاجات، ليس لديها أي نية): that is negation, not a condition.
    private static bool AfterAny(IReadOnlyList<EventToken> tokens, int i, TriggerLexicon lexicon) =>
        AnyAt(tokens, i) is var j and >= 0 && !Any(tokens, j, NegatedAnyWindow, CueKind.Negation, lexicon);

    private static bool Any(IReadOnlyList<EventToken> tokens, int i, int window, CueKind kind, TriggerLexicon lexicon, string? except = null)
    {
        for (var j = Math.Max(0, i - window); j < i; j++)
        {
            var bare = CliticVariants.WithoutConjunction(tokens[j].Norm);
            if ((lexicon.IsCue(tokens[j].Norm, kind) || lexicon.IsCue(bare, kind)) && bare != except)
            {
                return true;
            }
        }
        return false;
    }
}
