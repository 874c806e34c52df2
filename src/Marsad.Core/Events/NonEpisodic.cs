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
/// (أظهر الاستطلاع أن 48 في المائة يحبذون انسحاب اليونان).</item>
/// </list>
/// </summary>
internal static class NonEpisodic
{
    private const int HabitBefore = 4;

    // Adverbs of habit close the clause: تجتمع اللجنة المشتركة مرتين سنويا.
    private const int HabitAfter = 6;
    private const int RepeatWindow = 6;
    private const int ExplainWindow = 6;

    // هذا الأسبوع هجوما: a time phrase is an adverb, not the subject of a nominal clause.
    private static readonly HashSet<string> TimeNouns = new(StringComparer.Ordinal)
    {
        "الاسبوع", "العام", "الشهر", "اليوم", "الصباح", "المساء", "الوقت", "الفتره", "السنه", "الليله", "الاثناء", "الموسم",
    };

    /// <summary>True when the trigger at <paramref name="i"/> (its <paramref name="stem"/> and <paramref name="form"/>) tells no happening.</summary>
    public static bool Holds(IReadOnlyList<EventToken> tokens, int i, WordForm form, string stem, TriggerLexicon lexicon) =>
        Habitual(tokens, i, lexicon) || (form == WordForm.Noun && (Predicate(tokens, i, stem, lexicon) || Explains(tokens, i)))
        || Survey(tokens, i, lexicon);

    // ما تقوم به الميليشيات من اعتداءات، ما يراه الناس من قتل: a verbal noun after the من that explains a ما clause names a kind
    // of act in general, not one that happened.
    private static bool Explains(IReadOnlyList<EventToken> tokens, int i)
    {
        if (i < 2 || Bare(tokens[i - 1].Norm) != "من")
        {
            return false;
        }
        for (var j = i - 2; j >= Math.Max(0, i - ExplainWindow); j--)
        {
            if (Bare(tokens[j].Norm) is "ما" or "مما" or "بما" or "لما" or "عما")
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
            var w = Bare(tokens[j].Norm);
            var next = j + 1 < tokens.Count ? Bare(tokens[j + 1].Norm) : "";
            // دائما after an accusative noun is the adjective "permanent" (لواء عسكريا دائما، وقفا دائما لإطلاق النار).
            if ((Is(tokens[j].Norm, CueKind.Habitual, lexicon) && !(w == "دائما" && j > 0 && tokens[j - 1].Norm.EndsWith('ا')))
                || (w == "كثيرا" && next == "ما")
                || (w == "كل" && next is "عام" or "سنه" or "شهر" or "اسبوع" or "مره")
                || (w is "بشكل" or "بصفه" or "بصوره" && next is "دوري" or "دوريه" or "مستمر" or "مستمره" or "منتظم" or "منتظمه" or "متكرر")
                || (w is "حين" or "الحين" && next is "لاخر" or "الي" or "والاخر"))
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
        var w = Bare(tokens[i].Norm);
        var indefinite = w == stem || w == stem + "ا";
        var previous = Bare(tokens[i - 1].Norm);
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
            if (CliticVariants.Of(tokens[j].Norm).Exists(r => r.Stem == stem && r.Kind is ReadingKind.Plain or ReadingKind.Definite))
            {
                return true;
            }
        }
        // أن الحادث اعتداء، هذا العمل الإجرامي اعتداء: a definite noun phrase (one or two words) opening a nominal clause.
        // A demonstrative after a preposition or with one (من بين هذه الفعاليات، بهذه المناسبة) opens a phrase, not a clause.
        for (var k = i - 1; k >= Math.Max(1, i - 2) && Definite(tokens[k].Norm) && !TimeNouns.Contains(Bare(tokens[k].Norm)); k--)
        {
            var opener = Bare(tokens[k - 1].Norm);
            if (Is(tokens[k - 1].Norm, CueKind.Complementizer, lexicon)
                || (Is(tokens[k - 1].Norm, CueKind.Demonstrative, lexicon) && opener[0] is not ('ب' or 'ل')
                    && (k < 2 || !Prepositions.Contains(Bare(tokens[k - 2].Norm)))))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "في", "من", "بين", "علي", "الي", "عن", "مع", "منذ", "خلال", "بعد", "قبل", "حول", "عبر", "ضد", "لدي", "تجاه", "عند", "حتي",
    };

    // The findings follow the poll (أظهر استطلاع أن 48 في المائة يحبذون …): a trigger after a survey word with a percentage after it.
    private static bool Survey(IReadOnlyList<EventToken> tokens, int i, TriggerLexicon lexicon)
    {
        var survey = false;
        for (var j = 0; j < tokens.Count; j++)
        {
            var w = tokens[j].Norm;
            if (j < i && Is(w, CueKind.Survey, lexicon))
            {
                survey = true;
            }
            else if (survey && (w.Contains('%', StringComparison.Ordinal) || Bare(w) is "المائه" or "المئه" or "بالمائه" or "بالمئه"))
            {
                return true;
            }
        }
        return false;
    }

    // تهديدا، ضربه، اعتداء، ولهجوم: the noun itself, with a conjunction or a preposition at most, without the article or a pronoun.
    private static bool Indefinite(string w, string stem)
    {
        if (w == stem || w == stem + "ا")
        {
            return true;
        }
        return w.Length > 2 && w[0] is 'ب' or 'ل' or 'ك' && (w[1..] == stem || w[1..] == stem + "ا");
    }

    private static bool Definite(string norm)
    {
        var w = Bare(norm);
        return w.StartsWith("ال", StringComparison.Ordinal) && w.Length > 3;
    }

    private static string Bare(string norm) => CliticVariants.WithoutConjunction(norm);

    private static bool Is(string norm, CueKind kind, TriggerLexicon lexicon) =>
        lexicon.IsCue(norm, kind) || lexicon.IsCue(Bare(norm), kind);
}
