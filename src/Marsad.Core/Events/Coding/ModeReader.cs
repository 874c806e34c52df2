namespace Marsad.Core.Events.Coding;

/// <summary>
/// Re-reads a trigger's mode where the finder's condition cue is ambiguous. The finder takes
/// every إن/أن (one written form once normalized) and حالة and فيما for a condition; in news
/// they are mostly the complementizer (قال إن، أكد أن), a noun (حالة الطوارئ) and "while".
/// Rules, first that applies:
/// <list type="bullet">
/// <item>hypothetical: إذا، لو، لولا، إذ up to eight words before, or حال/حالة right after في (في حال);</item>
/// <item>intent: an intent verb (يعتزم، ينوي) up to four words before;</item>
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

    /// <summary>The mode of <paramref name="trigger"/> among <paramref name="tokens"/>.</summary>
    public static EventMode? Read(TriggerCandidate trigger, IReadOnlyList<EventToken> tokens, TriggerLexicon lexicon)
    {
        if (trigger.Mode != EventMode.Hypothetical)
        {
            return trigger.Mode;
        }
        var i = trigger.TokenIndex;
        for (var j = Math.Max(0, i - ConditionWindow); j < i; j++)
        {
            var w = CliticVariants.WithoutConjunction(tokens[j].Norm);
            if (w is "اذا" or "لو" or "لولا" or "اذ" || (w is "حال" or "حاله" && j > 0 && CliticVariants.WithoutConjunction(tokens[j - 1].Norm) == "في"))
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
