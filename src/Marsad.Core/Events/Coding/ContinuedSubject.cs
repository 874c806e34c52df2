using Marsad.Core.Entities;
using Marsad.Core.Entities.Quotes;

namespace Marsad.Core.Events.Coding;

/// <summary>
/// The subject a sentence leaves out because it goes on with the previous sentence's (التقى X … . وأشاد بـ …، وأكد أن …):
/// news tells one actor's statements sentence after sentence and names him only in the first.
/// A sentence opens with a verb when its first word (with و or ف, or after كما / ثم: roles.tsv kind <c>resume</c>) is a verb
/// trigger or an attribution verb (quote-verbs.txt) carrying no object pronoun. The verb has left its subject out when the
/// word right after it is a preposition (على، إلى، مع، a ب/ل clitic), a complementizer or another word of roles.tsv kind
/// <c>nosubject</c> (أن، إن، لدى): in news Arabic the subject stands right after the verb (VSO) or before it.
/// Otherwise the first actor the knowledge base links right after the verb (a title of up to three words between) is
/// its subject, which a following sentence with an omitted subject continues; a sentence of another shape ends the chain.
/// </summary>
internal static class ContinuedSubject
{
    // Words between the verb and its subject: a title (وزير الخارجية السعودي عادل الجبير) has at most three before the name.
    private const int MaxSubjectGap = 3;

    /// <summary>The index of the verb the sentence opens with (first word, or second after كما / ثم), or -1.</summary>
    public static int OpeningVerb(SentenceFrame frame, IReadOnlyList<TriggerCandidate> candidates, RoleWords roles)
    {
        var words = frame.Words;
        if (words.Count < 2)
        {
            return -1;
        }
        var i = roles.Is(words[0], RoleWordKind.Resume) && words[0].Suffixes.Count == 0 ? 1 : 0;
        var w = words[i];
        // A bare verb: at most و/ف and the future's س before it, no object pronoun after it (واستقبله: its subject follows).
        if (w.Suffixes.Count > 0 || !w.Prefixes.All(p => p is "و" or "ف" or "س"))
        {
            return -1;
        }
        var trigger = false;
        foreach (var c in candidates)
        {
            if (c.TokenIndex == i)
            {
                trigger = c.Form != WordForm.Noun;
                break;
            }
        }
        return trigger || AttributionVerbs.IsVerb(w.Norm) ? i : -1;
    }

    /// <summary>True when the verb at <paramref name="verb"/> has no subject of its own: a preposition, a complementizer or
    /// a word of kind <c>nosubject</c> right after it.</summary>
    public static bool Dropped(SentenceFrame frame, int verb, RoleWords roles, IReadOnlyList<EntityMention> mentions)
    {
        if (verb < 0 || verb + 1 >= frame.Words.Count || frame.Slots.Exists(s => s.FirstWord == verb + 1))
        {
            return false;
        }
        var next = frame.Words[verb + 1];
        // ودعا باحميد، وطالب علي سالم: a name the recognizer found (linked or not) is the subject, though it reads as ب or على.
        foreach (var e in mentions)
        {
            if (e.Start < next.End && e.End > next.Start)
            {
                return false;
            }
        }
        // بتعاون: a ب or ل on the next word is a preposition (not و: a second verb or noun).
        var marked = next.Prefixes.Count > 0 ? next.Prefixes[0] is "ب" or "ل"
            : roles.Is(next.Norm, RoleWordKind.Preposition) || roles.Is(next.Norm, RoleWordKind.NoSubject);
        if (!marked)
        {
            return false;
        }
        // واتهم بالفساد ثلاثة موظفين، كما أشاد بالقرار عدد من السفراء: a count later in the clause is a passive's patient or a
        // subject told after the complement; the verb has a subject of its own then.
        var clauseEnd = frame.ClauseEnd(verb);
        for (var k = verb + 2; k <= clauseEnd; k++)
        {
            if (ArgumentRoles.IsCount(frame.Words[k]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The subject the verb at <paramref name="verb"/> names: the first actor after it that the knowledge base links (a person,
    /// a state, an organization), with at most <see cref="MaxSubjectGap"/> words and no preposition or clause break between.
    /// With no opening verb (-1: أعرب، ناقش are in no list), the linked actor that opens the sentence, a title of up to
    /// <see cref="MaxSubjectGap"/> words or one verb before it, is what the sentence is about. Else null.
    /// </summary>
    public static IReadOnlyList<ActorSlot>? Subject(SentenceFrame frame, int verb, RoleWords roles)
    {
        var first = verb >= 0 ? verb + 1 : roles.Is(frame.Words[0], RoleWordKind.Resume) ? 1 : 0;
        foreach (var s in frame.Slots)
        {
            if (s.FirstWord < first)
            {
                continue;
            }
            if (s.IsPlace || s.Actor.Name is null || s.Actor.Code is null || s.FirstWord - first > MaxSubjectGap)
            {
                return null;
            }
            for (var k = first; k < s.FirstWord || (k == s.FirstWord && k > first); k++)
            {
                var w = frame.Words[k];
                if ((k > first && frame.BreakBefore[k]) || (k < s.FirstWord && (w.Prefixes.Any(p => p is "ب" or "ل")
                    || roles.Is(w.Norm, RoleWordKind.Preposition) || roles.Is(w.Norm, RoleWordKind.Locative) || roles.Is(w.Norm, RoleWordKind.NoSubject))))
                {
                    return null;
                }
            }
            return [s with { FirstWord = -1, LastWord = -1 }];
        }
        return null;
    }
}
