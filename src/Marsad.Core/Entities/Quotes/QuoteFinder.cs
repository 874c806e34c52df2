using System.Collections.Frozen;
using Marsad.Core.Entities.Knowledge;

namespace Marsad.Core.Entities.Quotes;

/// <summary>
/// Finds quotations in an article's text and the words naming who said them.
/// Rules:
/// <list type="bullet">
/// <item>a direct quotation is the text between « and », “ and ”, or two straight double quotes, inside one paragraph;</item>
/// <item>its speaker is the phrase after the last attribution verb (قال، أكد، أضاف، ...) of the clause before it (وقال الوزير: «...»), or after a verb or بحسب / حسب just after it («...»، قال الوزير);</item>
/// <item>the speaker phrase runs from the verb to a comma, a colon, a sentence end, إن / أن, a preposition (في، خلال، أمام، عن، إلى، ...), a word starting with لل or with ل and a quotation mark (لـ«الشرق الأوسط»), بحسب / نقلا / بقوله, or eight words (more when the eighth is عبد، أبو، بن ... of a name);</item>
/// <item>a pronoun object before the subject (وتقول عنه، أشار فيه التقرير), أيضا, and the object of لفت النظر are not the speaker;</item>
/// <item>a verb with no phrase (وأضاف: «...»، وأضاف أن) or with هو / هي continues the previous speaker: the quotation gets that speaker's words and offsets;</item>
/// <item>a quotation takes a speaker from before it only after a colon or comma, or when it has three words or more and ends its clause (a name in quotation marks inside the speaker's phrase or after أعلن تنظيم is not a quotation);</item>
/// <item>a direct quotation with no attribution is kept only when it has six words or more (shorter ones are names and scare quotes), with a null speaker;</item>
/// <item>reported speech is an attribution verb, an optional speaker phrase and إن / أن / بأن (or a colon) within ten words, outside any quotation marks: the quotation is the rest of the sentence, up to the next quotation mark of three words or more (a quoted word or two inside it, «على وشك», is part of it);</item>
/// <item>على لسان X names X as the speaker: of what follows قوله إن / أن, else of the verbs with no subject after it;</item>
/// <item>a verb of taking the floor (تحدث، أعرب، يتفق; عبر … عن، ألقى … كلمة) before a name or title is that speaker's turn;</item>
/// <item>a quotation whose sentence end stands inside its closing mark ends its clause; reported speech stops at a second attribution verb;</item>
/// <item>a verb with و after a sentence end that follows a closing mark names its own sentence's speaker, not the quotation's before it; a quotation right after إن / أن / إنه is the verb's even when its clause goes on; a medium after لـ and a short quoted name inside the introduction are no quotation and end no clause;</item>
/// <item>"as X said" after a clause (حسبما قال X، …، كما يقول X، بحسب ما ذكر X) makes the sentence before it X's quotation; a word with ل and a pronoun suffix after the verb (قال لزملائه إن) is whom the speaker told, not the speaker;</item>
/// <item>the closed word lists are data: <c>Resources/Quotes/quote-words.tsv</c> (<see cref="QuoteWords"/>);</item>
/// <item><see cref="Quote.Speaker"/> is always null here: linking the speaker to an actor is the entity stage's work.</item>
/// </list>
/// </summary>
public static class QuoteFinder
{
    private const int MaxSpeakerWords = 8;
    private const int MaxGapWords = 10;
    private const int MinReportEndingWords = 3;
    private const int MinReportedMarkWords = 4;
    private const int MinKeptWords = 6;
    private const int MaxMediumWords = 4;
    private const int MaxAsSaidTailWords = 8;
    private const int MaxRelayedWords = 12;

    private const int MaxSubjectWords = 4;
    private const int MaxWasSubjectWords = 6;
    private const int MaxTopicDistance = 30;

    // The closed word lists are data (Resources/Quotes/quote-words.tsv, whose blocks say what each kind does), read once:
    // one frozen set a kind, held in fields so that the hot loops look a word up as they did when the lists were code.
    private static readonly FrozenSet<string> PhraseStops = QuoteWords.Default[QuoteWordKind.Stop];
    private static readonly FrozenSet<string> LeadingNonSpeakers = QuoteWords.Default[QuoteWordKind.NonSpeaker];
    private static readonly FrozenSet<string> Saying = QuoteWords.Default[QuoteWordKind.Saying];
    private static readonly FrozenSet<string> SayingWords = QuoteWords.Default[QuoteWordKind.BySaying];
    private static readonly FrozenSet<string> NameConnectors = QuoteWords.Default[QuoteWordKind.NameConnector];
    private static readonly FrozenSet<string> TurnTitles = QuoteWords.Default[QuoteWordKind.Title];
    private static readonly FrozenSet<string> Relatives = QuoteWords.Default[QuoteWordKind.Relative];
    private static readonly FrozenSet<string> ClauseParticles = QuoteWords.Default[QuoteWordKind.ClauseParticle];
    private static readonly FrozenSet<string> NotSubjects = QuoteWords.Default[QuoteWordKind.NotSubject];
    private static readonly FrozenSet<string> Prepositions = QuoteWords.Default[QuoteWordKind.Preposition];
    private static readonly FrozenSet<string> AccordingTo = QuoteWords.Default[QuoteWordKind.According];
    private static readonly FrozenSet<string> ThenWords = QuoteWords.Default[QuoteWordKind.Then];
    private static readonly FrozenSet<string> TalkVerbs = QuoteWords.Default[QuoteWordKind.Talk];
    private static readonly FrozenSet<string> WritingVerbs = QuoteWords.Default[QuoteWordKind.Writing];
    private static readonly FrozenSet<string> Complementizers = QuoteWords.Default[QuoteWordKind.Complementizer];
    private static readonly FrozenSet<string> PronounComplementizers = QuoteWords.Default[QuoteWordKind.PronounComplementizer];
    private static readonly FrozenSet<string> Pronouns = QuoteWords.Default[QuoteWordKind.Pronoun];
    private static readonly FrozenSet<string> AfterQuote = QuoteWords.Default[QuoteWordKind.AfterQuote];
    private static readonly FrozenSet<string> Whoever = QuoteWords.Default[QuoteWordKind.Whoever];
    private static readonly FrozenSet<string> SubjectBounds = QuoteWords.Default[QuoteWordKind.SubjectBound];
    private static readonly FrozenSet<string> VerbPrepositions = QuoteWords.Default[QuoteWordKind.VerbPreposition];
    private static readonly FrozenSet<string> NotSpeakers = QuoteWords.Default[QuoteWordKind.NotSpeaker];
    private static readonly FrozenSet<string> MasculineT = QuoteWords.Default[QuoteWordKind.MasculineT];
    private static readonly FrozenSet<string> Tongue = QuoteWords.Default[QuoteWordKind.Tongue];
    private static readonly FrozenSet<string> On = QuoteWords.Default[QuoteWordKind.On];
    private static readonly FrozenSet<string> TitlePrepositions = QuoteWords.Default[QuoteWordKind.TitlePreposition];
    private static readonly FrozenSet<string> Participles = QuoteWords.Default[QuoteWordKind.Participle];
    private static readonly FrozenSet<string> Was = QuoteWords.Default[QuoteWordKind.Was];
    private static readonly FrozenSet<string> Already = QuoteWords.Default[QuoteWordKind.Already];
    private static readonly FrozenSet<string> Amma = QuoteWords.Default[QuoteWordKind.Amma];
    private static readonly FrozenSet<string> NoOpen = QuoteWords.Default[QuoteWordKind.NoOpen];
    private static readonly FrozenSet<string> Floor = QuoteWords.Default[QuoteWordKind.Floor];
    private static readonly FrozenSet<string> FloorObjects = QuoteWords.Default[QuoteWordKind.FloorObject];
    private static readonly FrozenSet<string> AsSaidWords = QuoteWords.Default[QuoteWordKind.AsSaid];
    private static readonly FrozenSet<string> AsSaidComma = QuoteWords.Default[QuoteWordKind.AsSaidComma];
    private static readonly FrozenSet<string> AsSaidAccording = QuoteWords.Default[QuoteWordKind.AsSaidAccording];
    private static readonly FrozenSet<string> Relay = QuoteWords.Default[QuoteWordKind.Relay];
    private static readonly FrozenSet<string> RelaySaying = QuoteWords.Default[QuoteWordKind.RelaySaying];
    private static readonly FrozenSet<string> RelayFrom = QuoteWords.Default[QuoteWordKind.RelayFrom];

    // One lookup for the four rare lists in the loop that sees every word. Declared after the lists it joins: static
    // fields are initialized in text order.
    private static readonly FrozenSet<string> TalkOrAccording = TalkVerbs.Concat(Floor).Concat(AccordingTo).Concat(Tongue).Concat(Relay).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The quotations in <paramref name="text"/>, in text order, with offsets into it.</summary>
    public static IReadOnlyList<Quote> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = new List<Candidate>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            FindInParagraph(text, start, end, candidates);
            start = end + 1;
        }
        return Resolve(text, candidates);
    }

    private static void FindInParagraph(string text, int from, int to, List<Candidate> candidates)
    {
        var words = QuoteWord.Split(text, from, to);
        if (words.Count == 0)
        {
            return;
        }
        var marks = QuotationMarks.Find(text, from, to);
        var used = new bool[words.Count];
        var previousClose = from;
        // The quotations that end a reported clause (three words or more), found once per paragraph.
        var endingMarks = new List<(int Open, int Close)>(marks.Count);
        foreach (var (open, close) in marks)
        {
            var (innerStart, innerEnd) = Trim(text, open + 1, close);
            if (innerStart >= innerEnd)
            {
                previousClose = close + 1;
                continue;
            }
            var innerWords = words.Count(w => w.Start >= innerStart && w.End <= innerEnd);
            if (innerWords <= MaxMediumWords && NamesMedium(words, open))
            {
                // وقال X لـ«الشرق الأوسط» إن، لشبكة "ام اس ان بي سي": the medium told, not a quotation nor a clause's end (a
                // longer mark after لـ is a quoted phrase: ووجه التحية لـ«الموقف الإيجابي والشعور بالمسؤولية …»)
                continue;
            }
            if (innerWords >= MinReportEndingWords)
            {
                endingMarks.Add((open, close));
            }
            var introduced = words.FindLastIndex(w => w.End <= open) is var p and >= 0 && words[p].EndsPhrase;
            var closed = ClosesClause(text, close, to);
            // أكد X أن "13 شخصا قتلوا في …" في المدينة: a quotation right after إن / أن is what the verb reports, even when
            // its clause goes on after the mark (four words and more: «حزب العمال الكردستاني» after أن is still a name).
            var reported = innerWords >= MinReportedMarkWords && IsComplementizerBefore(words, open);
            // في «بيرسون أميركا الشمالية»: «…»: a short mark inside the clause, right before the colon that introduces the
            // quotation, names someone or something of the introduction
            var nameBeforeColon = !introduced && innerWords < MinKeptWords && ColonAfter(text, close, to);
            var speaker = ((introduced || innerWords >= 3) && (introduced || closed || reported) && !nameBeforeColon ? Before(text, words, used, previousClose, open) : null)
                ?? After(text, words, used, close, marks, introduced);
            if (speaker is not null || innerWords >= MinKeptWords)
            {
                candidates.Add(new Candidate(innerStart, innerEnd, speaker ?? SpeakerRef.None));
            }
            if (speaker is not null || innerWords >= MinKeptWords
                || (innerWords >= MinReportEndingWords && (introduced || (closed && !ColonAfter(text, close, to)) || reported)))
            {
                // A quoted name (وأردف "الغامدي": "…"، وأوضح لـ"الاقتصادية" مسؤول: "…") does not end the clause of the verb before
                // it, nor does a name of three to five words inside the clause (وقال مدير «سوذبيز إنترناشيونال ريالتي» في سيدني: «…»).
                previousClose = close + 1;
            }
        }
        for (var v = 0; v < words.Count; v++)
        {
            var norm = words[v].Norm;
            var verb = AttributionVerbs.IsVerb(norm);
            // تحدث X عن …، وقال: «…»: "spoke" is read only after a speaker's name (تحدث is also "occurs": حيث تحدث سنويا …).
            // One lookup for both rare lists, and only for words of their lengths: this loop sees every word.
            var other = !verb && norm.Length is >= 3 and <= 6 && TalkOrAccording.Contains(norm);
            var floor = other && Floor.Contains(norm);
            var talk = other && (floor || TalkVerbs.Contains(norm));
            var tongue = other && !talk && Tongue.Contains(norm);
            var relay = other && !talk && !tongue && Relay.Contains(norm);
            var according = other && !talk && !tongue && !relay;
            if (!(verb || talk || according || tongue || relay) || used[v] || Inside(words[v].Start, marks))
            {
                continue;
            }
            if (floor && (!OpensClause(words, v) || !BeforeFloorObject(words, v, Math.Min(NextOpen(marks, words[v].End), to))))
            {
                continue; // عبر وكيل شراء، ألقت الشرطة القبض، أكدت الإدارة عبر بيان: "through", "arrested", not a speaker taking the floor
            }
            if (relay)
            {
                Relayed(words, v, marks, endingMarks, to, candidates);
            }
            else if (tongue)
            {
                if (OnTongueOf(words, v, endingMarks, to) is { } said)
                {
                    candidates.Add(said);
                }
            }
            else if (according)
            {
                if (According(words, v, endingMarks, to) is { } reported)
                {
                    candidates.Add(reported);
                }
            }
            else if (verb && AsSaid(text, words, v, marks, endingMarks, to) is { } qualified)
            {
                used[v] = true;
                candidates.Add(qualified);
            }
            else if (Reported(text, words, v, marks, endingMarks, to) is { } candidate && (verb || (candidate.Speaker.Start >= 0 && OpensSpeakerName(words, candidate.Speaker))))
            {
                used[v] = true;
                candidates.Add(candidate);
            }
            else if (Turn(text, words, v, marks, to) is { } turn)
            {
                candidates.Add(turn);
            }
        }
    }

    /// <summary>The speaker from the last attribution verb of the clause before a quotation mark.</summary>
    private static SpeakerRef? Before(string text, List<QuoteWord> words, bool[] used, int clauseFrom, int open)
    {
        var last = -1;
        var participle = -1;
        var end = 0;
        for (var i = 0; i < words.Count && words[i].End <= open; i++)
        {
            end = i;
            if (words[i].Start < clauseFrom)
            {
                continue;
            }
            if (words[i].EndsSentence && words[i].End < open)
            {
                last = -1;
                continue;
            }
            if ((AttributionVerbs.IsVerb(words[i].Norm) || Saying.Contains(words[i].Norm) || IsRelaySaying(words, i)) && !used[i])
            {
                last = i;
            }
            else if (!used[i] && (i + 1 == words.Count || words[i + 1].End > open) && Participles.Contains(words[i].Norm))
            {
                participle = i;
            }
        }
        if (words.Count > 0 && words[end].End <= open && words[end].HasColon)
        {
            // A writing verb after the last attribution verb, when a colon introduces the mark (وكتب X على حسابه: «…»).
            for (var j = end; j > last && words[j].Start >= clauseFrom && !(words[j].EndsSentence && j < end); j--)
            {
                if (!used[j] && IsWritingVerb(words[j].Norm))
                {
                    last = j;
                    break;
                }
            }
        }
        if (last < 0 && participle < 0)
        {
            return null;
        }
        var (speaker, next, gap) = last >= 0 ? PhraseAndGap(text, words, last, open) : (SpeakerRef.None, 0, int.MaxValue);
        if (participle > last && gap > 1)
        {
            // وتابع «…»، مضيفا «…»: a participle right before the mark continues the last speaker, unless the verb's phrase
            // runs up to it (وهنا تضيف أليكس موضحة: «…» is Alex's)
            last = participle;
            (speaker, next, gap) = PhraseAndGap(text, words, last, open);
        }
        // وأضاف الرئيس في خطابه الذي استمر أربعين دقيقة أن «…»: the words between name a place or time, and أن ties them.
        // A colon right before the mark ties them too (وقال الرئيس التركي خلال زيارة إلى الشطر الشمالي من قبرص: «…»،
        // وقالت X، المشرعة مع التحالف …: «…»): an aside of where, when or who the speaker is, not a clause of its own.
        // Not across a reported clause (يقول إنها جمعته مع رئيس الجمهورية: «…» is what she says, not its introduction), and
        // after a writing verb only from a speaker's name (وكتبت ثاني كتاب (في أميركا)، وعمرها …: «title» names a book).
        var colonBefore = words[end].End <= open && words[end].HasColon && !HasComplementizer(words, next, end)
            && (!IsWritingVerb(words[last].Norm) || (speaker.Start >= 0 && OpensSpeakerName(words, speaker)));
        if (gap > 4 && !(gap <= MaxGapWords + 4 && (colonBefore || IsComplementizerBefore(words, open))))
        {
            return null;
        }
        used[last] = true;
        return speaker;
    }

    // The speaker phrase of the verb at `verb` before the mark at `open`, and the number of words between it and the mark.
    private static (SpeakerRef Speaker, int Next, int Gap) PhraseAndGap(string text, List<QuoteWord> words, int verb, int open)
    {
        var (speaker, next) = Phrase(text, words, verb, open, SubjectBeforeUse.Quotation);
        var gap = 0;
        for (var i = next; i < words.Count && words[i].End <= open; i++)
        {
            gap++;
        }
        return (speaker, next, gap);
    }

    /// <summary>The speaker from a verb or بحسب just after a closing quotation mark.</summary>
    private static SpeakerRef? After(string text, List<QuoteWord> words, bool[] used, int close, List<(int Open, int Close)> marks, bool introduced)
    {
        var first = words.FindIndex(w => w.Start > close);
        if (first < 0 || words[first].Start > NextOpen(marks, close))
        {
            return null;
        }
        var w = words[first];
        if (!(AttributionVerbs.IsVerb(w.Norm) || AfterQuote.Contains(w.Norm)))
        {
            return null;
        }
        var (speaker, _) = Phrase(text, words, first, NextOpen(marks, close));
        if (speaker == SpeakerRef.Previous && !AttributionVerbs.IsVerb(w.Norm) && first + 1 < words.Count && !words[first].EndsPhrase
            && words[first + 1].Norm.StartsWith("لل", StringComparison.Ordinal))
        {
            return null; // «…». وفقا للفرنسية: "according to" an agency after ل names no speaker; it does not continue the last one
        }
        // «…». وأضاف الخبير أن: a verb with و after a sentence end outside the mark opens a sentence of its own, and the
        // subject it names is not the speaker of a quotation that no colon or comma introduced (a phrase inside a clause, a
        // name: قناة "العربية". وقال X). Its continuation («…». وأضاف أن) and a bare verb («…». يقول الشيف X) still are.
        if (!introduced && speaker != SpeakerRef.Previous && w.Norm[0] is 'و' or 'ف' && !AttributionVerbs.IsBareVerb(w.Norm)
            && SentenceEndBetween(words, first))
        {
            return null;
        }
        used[first] = true;
        return speaker;
    }

    /// <summary>Reported speech: verb, speaker phrase, then إن / أن or a colon, then the words up to the sentence end.</summary>
    private static Candidate? Reported(string text, List<QuoteWord> words, int verb, List<(int Open, int Close)> marks, List<(int Open, int Close)> endingMarks, int paragraphEnd)
    {
        // A quotation of one or two words inside the clause («على وشك») is part of what is reported, not its end.
        var limit = Math.Min(NextOpen(endingMarks, words[verb].End), paragraphEnd);
        var (speaker, next) = Phrase(text, words, verb, limit, SubjectBeforeUse.Reported);
        if (next < words.Count && words[next].End <= limit && SayingWords.Contains(words[next].Norm))
        {
            next++; // وأضاف X بقوله: …
        }
        var colon = next - 1 >= verb && words[next - 1].HasColon;
        if (!colon && words[next - 1].EndsSentence)
        {
            return null; // what follows belongs to the next sentence, not to this verb
        }
        var from = -1;
        if (colon)
        {
            from = next;
        }
        else
        {
            for (var i = next; i < words.Count && i <= next + MaxGapWords && words[i].End <= limit; i++)
            {
                if (Complementizers.Contains(words[i].Norm))
                {
                    from = i + 1;
                    break;
                }
                if (PronounComplementizers.Contains(words[i].Norm))
                {
                    from = i;
                    break;
                }
                if (words[i].EndsSentence || AttributionVerbs.IsVerb(words[i].Norm))
                {
                    // وأكد X اكتمال الاستعدادات، وقال إن …: the second verb reports its own clause (the first is a turn);
                    // reading it for both gave the quotation twice
                    break;
                }
            }
        }
        if (from < 0 || from >= words.Count || words[from].Start >= limit)
        {
            return null;
        }
        var to = from;
        while (to + 1 < words.Count && !words[to].EndsSentence && words[to + 1].End <= limit)
        {
            to++;
        }
        return to > from ? new Candidate(words[from].Start, words[to].End, speaker) : null;
    }

    /// <summary>
    /// "As X said" (حسبما قال X، …، كما يقول X، بحسب ما ذكر X) after the clause it qualifies: the sentence before it, from its
    /// start, is what X said. Only when that sentence has four words or more, no attribution verb, "according to" or quotation
    /// mark of its own (else it is someone's already), X is named, and no إن / أن or colon follows X in its sentence (كما أكد
    /// X أن is "also").
    /// </summary>
    private static Candidate? AsSaid(string text, List<QuoteWord> words, int verb, List<(int Open, int Close)> marks, List<(int Open, int Close)> endingMarks, int paragraphEnd)
    {
        var at = verb - 1;
        if (at < 1 || words[at].EndsPhrase)
        {
            return null;
        }
        var norm = words[at].Norm;
        var end = AsSaidWords.Contains(norm) ? at - 1
            : AsSaidComma.Contains(norm) && words[at - 1].EndsPhrase && !words[at - 1].EndsSentence && !words[at - 1].HasColon ? at - 1
            : AsSaidAccording.Contains(norm) && AccordingTo.Contains(words[at - 1].Norm) && !words[at - 1].EndsPhrase ? at - 2
            : -1;
        if (end < 0 || words[end].EndsSentence || words[end].HasColon)
        {
            return null; // وحسبما قال الوزير، فإن …: at a sentence's start it qualifies what follows
        }
        var start = end;
        while (start > 0 && !words[start - 1].EndsSentence)
        {
            start--;
        }
        if (end - start + 1 < MinReportedMarkWords)
        {
            return null;
        }
        for (var i = start; i <= end; i++)
        {
            // (a relay verb is no one's speech of its own: سفينة تنقل مساعدات، "carries")
            if (AttributionVerbs.IsVerb(words[i].Norm) || (TalkOrAccording.Contains(words[i].Norm) && !Relay.Contains(words[i].Norm)))
            {
                return null;
            }
        }
        if (marks.Exists(m => m.Open < words[end].End && m.Close > words[start].Start))
        {
            return null;
        }
        // حسبما ذكرت صحيفة «ديلي ميل» البريطانية: a short quoted name is part of the speaker phrase
        var limit = Math.Min(NextOpen(endingMarks, words[verb].End), paragraphEnd);
        var (speaker, next) = Phrase(text, words, verb, limit);
        if (speaker.Start < 0)
        {
            return null;
        }
        // After X, a comma or the sentence end within a few words (في المدينة، لوكالة الصحافة الفرنسية): a longer run is the
        // verb's own object (…، كما كشفت التحقيقات عن وجود عدد من …، كما يعتبر الاتفاق أخطر اختبار لسياسته القائمة على …:
        // "also"); and no إن / أن or colon in the rest of the sentence (كما يوضح X، مبينا أن …: the clause after is X's).
        var closed = false;
        for (var j = next - 1; j < words.Count && words[j].End <= limit; j++)
        {
            if (words[j].HasColon || (j >= next && IsAnyComplementizer(words[j].Norm)) || (!closed && j - next >= MaxAsSaidTailWords))
            {
                return null;
            }
            closed |= words[j].EndsPhrase;
            if (words[j].EndsSentence)
            {
                break;
            }
        }
        return new Candidate(words[start].Start, words[end].End, speaker);
    }

    /// <summary>
    /// A speaker's turn that quotes nothing: an attribution verb whose subject is named but whose object is not a
    /// clause (وأكد X اكتمال الاستعدادات، تحدث X عن …). What follows (وأضاف أن …، وقال: «…») continues X, not the
    /// speaker of the last quotation.
    /// </summary>
    private static Candidate? Turn(string text, List<QuoteWord> words, int verb, List<(int Open, int Close)> marks, int paragraphEnd)
    {
        var (speaker, _) = Phrase(text, words, verb, Math.Min(NextOpen(marks, words[verb].End), paragraphEnd));
        if (speaker.Start < 0)
        {
            return null;
        }
        // The phrase after a verb with a pronoun subject is its object (وأكد حرص اللجان، أعلن اكتمال …): a turn is
        // taken only by a phrase that opens with a person's name, a title or a word that speaks for a body.
        return OpensSpeakerName(words, speaker) ? new Candidate(words[verb].Start, words[verb].Start, speaker, Turn: true) : null;
    }

    /// <summary>
    /// على لسان X ("on the tongue of X"): X speaks. With قوله and إن / أن or a colon after X, what follows is reported; else
    /// X's turn, continued by the verbs with no subject after it (جاء ذلك على لسان X. وأوضحت أنها …). X is a noun phrase up to a
    /// stop, a relative or a verb, opening with a person's name, a title or a speaking word; its genitive complements with لل
    /// stay in it (العضوة المنتدبة للبنك الدولي X).
    /// </summary>
    private static Candidate? OnTongueOf(List<QuoteWord> words, int at, List<(int Open, int Close)> endingMarks, int paragraphEnd)
    {
        var first = at + 1;
        var limit = Math.Min(NextOpen(endingMarks, words[at].End), paragraphEnd);
        // على لسان الشخصيتين (a play's characters): X opens with a person's name, a title or a word that speaks for a body
        if (at == 0 || !On.Contains(words[at - 1].Norm) || words[at - 1].EndsPhrase || words[at].EndsPhrase || first >= words.Count || words[first].End > limit
            || !OpensSpeakerName(words[first].Norm))
        {
            return null;
        }
        var i = first;
        while (i < words.Count && i - first < MaxSpeakerWords && words[i].End <= limit)
        {
            var norm = words[i].Norm;
            if (PhraseStops.Contains(norm) || Relatives.Contains(norm) || AttributionVerbs.IsVerb(norm) || IsToMedium(norm))
            {
                break;
            }
            i++;
            if (words[i - 1].EndsPhrase)
            {
                break;
            }
        }
        i = PastNameConnectors(words, first, i, limit);
        if (i == first)
        {
            return null;
        }
        var speaker = new SpeakerRef(words[first].Start, words[i - 1].End);
        var next = i < words.Count && words[i].End <= limit && !words[i - 1].EndsPhrase && SayingWords.Contains(words[i].Norm) ? i + 1 : i;
        var from = words[next - 1].HasColon ? next
            : words[next - 1].EndsPhrase || next >= words.Count || words[next].End > limit ? -1
            : Complementizers.Contains(words[next].Norm) ? next + 1
            : PronounComplementizers.Contains(words[next].Norm) ? next : -1;
        if (from < 0 || from >= words.Count || words[from].End > limit)
        {
            return new Candidate(words[at].Start, words[at].Start, speaker, Turn: true);
        }
        var to = from;
        while (to + 1 < words.Count && !words[to].EndsSentence && words[to + 1].End <= limit)
        {
            to++;
        }
        return to > from ? new Candidate(words[from].Start, words[to].End, speaker) : new Candidate(words[at].Start, words[at].Start, speaker, Turn: true);
    }

    /// <summary>
    /// "X reported Y as saying" (ونقلت وكالة X عن Y قوله إن …، نقل البيان عن Y القول: «…»): Y speaks, not X. عن follows the
    /// verb within eight words and قوله / قولها / القول follows Y within twelve, in one sentence; Y runs from عن to its first
    /// comma or قوله, whatever its length (مستشار رئيس الوزراء للشؤون الخارجية والأمن القومي X); a stop ends it, but not على:
    /// the name علي normalizes to it. Adds Y's turn at قوله (what follows with no subject continues Y), the reported clause after إن / أن or a colon within five words, and gives Y the first quotation
    /// mark after قوله in the sentence when it has no speaker or one named inside the relay (الذي رفض ذكر اسمه).
    /// </summary>
    private static void Relayed(List<QuoteWord> words, int at, List<(int Open, int Close)> marks, List<(int Open, int Close)> endingMarks, int paragraphEnd, List<Candidate> candidates)
    {
        var about = -1;
        for (var j = at + 1; j < words.Count && j <= at + MaxSpeakerWords && words[j].End <= paragraphEnd && !words[j - 1].EndsSentence; j++)
        {
            if (RelayFrom.Contains(words[j].Norm))
            {
                about = j;
                break;
            }
        }
        if (about < 0 || words[about].EndsPhrase)
        {
            return;
        }
        var say = -1;
        for (var j = about + 2; j < words.Count && j <= about + MaxRelayedWords && words[j].End <= paragraphEnd && !words[j - 1].EndsSentence; j++)
        {
            if (RelaySaying.Contains(words[j].Norm))
            {
                say = j;
                break;
            }
        }
        if (say < 0)
        {
            return;
        }
        var first = about + 1;
        var last = first;
        while (last + 1 < say && !words[last].EndsPhrase
            && !(PhraseStops.Contains(words[last + 1].Norm) && words[last + 1].Norm != "علي"))
        {
            last++;
        }
        var speaker = new SpeakerRef(words[first].Start, words[last].End);
        candidates.Add(new Candidate(words[say].Start, words[say].Start, speaker, Turn: true));
        var sentenceEnd = say;
        while (sentenceEnd + 1 < words.Count && !words[sentenceEnd].EndsSentence && words[sentenceEnd + 1].End <= paragraphEnd)
        {
            sentenceEnd++;
        }
        // The first quotation mark after قوله in the sentence, within five words of it: Y's, unless a speaker of its own
        // stands after the relay.
        var window = Math.Min(sentenceEnd, say + 5);
        foreach (var (open, _) in marks)
        {
            if (open < words[say].Start)
            {
                continue;
            }
            if (open > words[window].End)
            {
                break;
            }
            var index = candidates.FindIndex(c => !c.Turn && c.Start > open && c.Start <= open + 2);
            if (index >= 0 && (candidates[index].Speaker == SpeakerRef.None || candidates[index].Speaker == SpeakerRef.Previous
                || (candidates[index].Speaker.Start > words[about].Start && candidates[index].Speaker.End <= words[say].Start)))
            {
                candidates[index] = candidates[index] with { Speaker = speaker };
            }
            break;
        }
        var limit = Math.Min(NextOpen(endingMarks, words[say].End), paragraphEnd);
        var from = words[say].HasColon ? say + 1 : -1;
        for (var k = say + 1; from < 0 && k < words.Count && k <= say + 5 && words[k].End <= limit; k++)
        {
            from = Complementizers.Contains(words[k].Norm) ? k + 1
                : PronounComplementizers.Contains(words[k].Norm) ? k
                : words[k].HasColon ? k + 1 : -1;
            if (from < 0 && words[k].EndsSentence)
            {
                return;
            }
        }
        if (from < 0 || from >= words.Count || words[from].End > limit)
        {
            return;
        }
        var to = from;
        while (to + 1 < words.Count && !words[to].EndsSentence && words[to + 1].End <= limit)
        {
            to++;
        }
        if (to > from)
        {
            candidates.Add(new Candidate(words[from].Start, words[to].End, speaker));
        }
    }

    // قوله / القول after نقل X عن Y in its sentence: it introduces the quotation mark after it like a verb with no subject
    // (its turn, added by Relayed, gives it Y); not قوله alone (في قوله تعالى).
    private static bool IsRelaySaying(List<QuoteWord> words, int at)
    {
        if (!RelaySaying.Contains(words[at].Norm))
        {
            return false;
        }
        var about = false;
        for (var j = at - 1; j >= 0 && at - j <= MaxRelayedWords + MaxSpeakerWords && !words[j].EndsSentence; j--)
        {
            about |= RelayFrom.Contains(words[j].Norm);
            if (about && Relay.Contains(words[j].Norm))
            {
                return true;
            }
        }
        return false;
    }

    // A verb with و / ف, or one that opens its clause: at the paragraph's start, after a comma or sentence end, a clause
    // particle (ثم، بينما) or a word that opens no subject (قد، كما، ذلك).
    private static bool OpensClause(List<QuoteWord> words, int verb) =>
        (words[verb].Norm.Length > 3 && words[verb].Norm[0] is 'و' or 'ف' && Floor.Contains(words[verb].Norm[1..]))
        || StartsClause(words, verb) || NotSubjects.Contains(words[verb - 1].Norm);

    // عبر X عن …، ألقى X كلمة: a word that completes the verb follows within twelve words of it, in its sentence and before
    // any attribution verb (عبر الرئيس في مؤتمر صحافي عن أمله، ألقى المدير X، كلمة; not عبر وكيل شراء، ألقت الشرطة القبض).
    private static bool BeforeFloorObject(List<QuoteWord> words, int verb, int limit)
    {
        for (var j = verb + 1; j < words.Count && j <= verb + MaxSpeakerWords + 4 && words[j].End <= limit; j++)
        {
            if (FloorObjects.Contains(words[j].Norm))
            {
                return j > verb + 1;
            }
            if (words[j].EndsSentence || AttributionVerbs.IsVerb(words[j].Norm))
            {
                return false;
            }
        }
        return false;
    }

    private static bool OpensSpeakerName(List<QuoteWord> words, SpeakerRef speaker) =>
        words.FindIndex(w => w.Start == speaker.Start) is var first and >= 0 && OpensSpeakerName(words[first].Norm);

    private static bool OpensSpeakerName(string norm)
    {
        var bare = norm.StartsWith("ال", StringComparison.Ordinal) && norm.Length > 3 ? norm[2..] : norm;
        return !NotSpeakers.Contains(norm) && (TurnTitles.Contains(bare) || SpeakerLinker.IsHead(norm) || KnowledgeBase.Default.NameWords.Contains(norm));
    }

    /// <summary>
    /// "According to X, …": وفقا للناطق الإعلامي … فإن …، بحسب مصادر محلية فإن …. The words up to فإن are the speaker
    /// when they open with a person's name, a title or a word that speaks for a body (not بحسب الإحصاءات، حسب المرحلة).
    /// </summary>
    private static Candidate? According(List<QuoteWord> words, int at, List<(int Open, int Close)> endingMarks, int paragraphEnd)
    {
        var start = at + 1;
        var limit = Math.Min(NextOpen(endingMarks, words[at].End), paragraphEnd);
        if (start >= words.Count || words[at].EndsPhrase || words[start].End > limit)
        {
            return null;
        }
        var first = words[start].Norm;
        var skip = 0; // وفقا للناطق: the speaker's words start after the preposition glued to them
        if (words[at].Norm.Contains("وفق", StringComparison.Ordinal) || words[at].Norm.Contains("طبق", StringComparison.Ordinal))
        {
            if (!first.StartsWith('ل') || first.Length < 3)
            {
                return null;
            }
            skip = first.StartsWith("لل", StringComparison.Ordinal) ? 2 : 1;
            first = skip == 2 ? "ال" + first[2..] : first[1..];
        }
        if (!OpensSpeakerName(first))
        {
            return null;
        }
        for (var j = start + 1; j < words.Count && j <= start + MaxSpeakerWords && words[j].End <= limit; j++)
        {
            if (ThenWords.Contains(words[j].Norm))
            {
                var to = j + 1;
                if (to >= words.Count || words[to].End > limit)
                {
                    return null;
                }
                var last = to;
                while (last + 1 < words.Count && !words[last].EndsSentence && words[last + 1].End <= limit)
                {
                    last++;
                }
                return last > to ? new Candidate(words[to].Start, words[last].End, new SpeakerRef(words[start].Start + skip, words[j - 1].End)) : null;
            }
            if (words[j - 1].EndsPhrase || AttributionVerbs.IsVerb(words[j].Norm))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>The speaker phrase after the verb at <paramref name="verb"/>, and the index of the word after it.</summary>
    private static (SpeakerRef Speaker, int Next) Phrase(string text, List<QuoteWord> words, int verb, int limit, SubjectBeforeUse subjectBefore = SubjectBeforeUse.None)
    {
        if (words[verb].EndsPhrase)
        {
            return ((subjectBefore != SubjectBeforeUse.None ? SubjectBefore(words, verb, subjectBefore == SubjectBeforeUse.Reported) : null) ?? SpeakerRef.Previous, verb + 1);
        }
        var i = verb + 1;
        while (i < words.Count && words[i].End <= limit && !words[i - 1].EndsPhrase)
        {
            if (LeadingNonSpeakers.Contains(words[i].Norm) || IsAddressee(text, words[i]))
            {
                i++;
            }
            else if (IsToMedium(words[i].Norm))
            {
                // وأوضح لـ«عكاظ» مصدر مسؤول: the medium told is not the speaker (a bare لـ leaves the medium's name next)
                i += words[i].Norm == "ل" && i + 1 < words.Count && words[i + 1].End <= limit ? 2 : 1;
                // لـ«الشرق الأوسط»: the medium's name runs to its closing mark, a word or two on
                if (!ClosesQuotation(words[i - 1]))
                {
                    for (var j = i; j < words.Count && j < i + 2 && words[j].End <= limit && !words[j - 1].EndsPhrase; j++)
                    {
                        if (ClosesQuotation(words[j]))
                        {
                            i = j + 1;
                            break;
                        }
                    }
                }
            }
            else
            {
                break;
            }
        }
        var first = i;
        if (i > verb + 1 && words[i - 1].EndsPhrase)
        {
            return (SpeakerRef.Previous, i);
        }
        while (i < words.Count && i - first < MaxSpeakerWords && words[i].End <= limit)
        {
            var norm = words[i].Norm;
            if (norm.StartsWith("لل", StringComparison.Ordinal) && i > first && NameBeforeComplementizer(words, i, limit) is { } nameEnd)
            {
                // الأمين العام للصندوق حسن الجاسر أن: the لل word is the title's complement and a name follows, not an addressee
                i = nameEnd;
                break;
            }
            // أحمد بن علي: after بن / أبو / عبد a stop that normalizes to a name (على → علي) is the name's next word
            var named = i > first && NameConnectors.Contains(words[i - 1].Norm) && !words[i - 1].EndsPhrase;
            if ((PhraseStops.Contains(norm) && !named) || norm.StartsWith("لل", StringComparison.Ordinal) || AttributionVerbs.IsVerb(norm) || IsToMedium(norm))
            {
                break;
            }
            i++;
            if (words[i - 1].EndsPhrase)
            {
                break;
            }
        }
        i = PastNameConnectors(words, first, i, limit);
        if (i > first && i < words.Count && !words[i - 1].EndsPhrase && TitlePrepositions.Contains(words[i].Norm)
            && OpensSpeakerName(words[first].Norm) && TitledNameAfter(words, i, limit) is { } titledEnd)
        {
            i = titledEnd; // رئيس مجلس إدارة النادي المشرف العام على الملتقى الدكتور عبدالله الحيدري،
        }
        if (i == first && subjectBefore != SubjectBeforeUse.None && first == verb + 1 && SubjectBefore(words, verb, subjectBefore == SubjectBeforeUse.Reported) is { } subject)
        {
            return (subject, i);
        }
        if (i == first || (i == first + 1 && Pronouns.Contains(words[first].Norm)) || NoOpen.Contains(words[first].Norm))
        {
            // وقال وهو يبتسم: «…»، وحذر من أي محاولات: a circumstantial clause or a preposition, not a speaker
            return (SpeakerRef.Previous, i);
        }
        return (new SpeakerRef(words[first].Start, words[i - 1].End), i);
    }

    /// <summary>
    /// After a title cut at the preposition of its complement (المشرف العام على الملتقى، مدير التعليم في المنطقة): the index
    /// just past a name that a title with ال opens within three words of it and a comma or colon ends within four more
    /// (الدكتور عبدالله الحيدري،), with no stop or quotation mark before the title, or null.
    /// </summary>
    private static int? TitledNameAfter(List<QuoteWord> words, int at, int limit)
    {
        for (var j = at + 1; j < words.Count && j <= at + 3 && words[j].End <= limit && !words[j - 1].EndsPhrase; j++)
        {
            var norm = words[j].Norm;
            if (IsStop(norm) || words[j - 1].Trail.AsSpan().IndexOfAny("«»\"“”") >= 0)
            {
                return null; // لبرنامج «في المرمى» مع الإعلامي X: the interviewer, not the title's complement
            }
            if (!norm.StartsWith("ال", StringComparison.Ordinal) || norm.Length <= 3 || !TurnTitles.Contains(norm[2..]))
            {
                continue;
            }
            for (var e = j + 1; e < words.Count && e <= j + 4 && words[e].End <= limit; e++)
            {
                if (IsStop(words[e].Norm) || AttributionVerbs.IsVerb(words[e].Norm))
                {
                    return null;
                }
                if (words[e].EndsPhrase)
                {
                    return words[e].Trail.AsSpan().IndexOfAny("،,:") >= 0 ? e + 1 : null;
                }
            }
            return null;
        }
        return null;
    }

    /// <summary>
    /// The subject before a verb with nothing after it but إن / أن or a colon, in SVO order: at the start of a clause
    /// (الصحيفة قالت إن، ذكر أن المملكة أوضحت أن، لذا فهذه الفئة ترى أن) or before a relative pronoun (ممثل الصندوق
    /// الذي قال إنه). A verb with و / ف opens a clause of its own (… وقال إن): it continues the previous speaker.
    /// </summary>
    private static SpeakerRef? SubjectBefore(List<QuoteWord> words, int verb, bool reported)
    {
        var norm = words[verb].Norm;
        if (verb == 0 || !AttributionVerbs.IsVerb(norm))
        {
            return null;
        }
        var joined = norm[0] is 'و' or 'ف' && !AttributionVerbs.IsBareVerb(norm);
        // X قال إن، X أكد على أن، X أشار إلى أن، X قال: in reported speech the clause follows the verb at once (أن دونيس
        // شدد على أهمية التغذية، مبينا أنها … reports the one who says مبينا, not دونيس). Before a quotation mark the mark
        // is the clause (المغرد X قال في تغريدة “…”).
        var after = verb + 1 < words.Count && VerbPrepositions.Contains(words[verb + 1].Norm) ? verb + 2 : verb + 1;
        if (reported && !words[verb].HasColon && (after >= words.Count || !IsAnyComplementizer(words[after].Norm)))
        {
            return null;
        }
        if (joined)
        {
            // A verb with و opens a clause of its own (… وقال إن): the previous speaker. With ف it may answer أما X (أما
            // الوزير فقال إن): X is its subject.
            return norm[0] == 'ف' ? TopicOfAmma(words, verb) : null;
        }
        var end = verb - 1;
        if (Already.Contains(words[end].Norm))
        {
            return SubjectAfterWas(words, end);
        }
        var relative = Relatives.Contains(words[end].Norm);
        if (relative)
        {
            // عن الاتفاق الذي تقول إنه: a verb that does not agree with the relative has a subject of its own
            if (IsFeminine(norm) != words[end].Norm.EndsWith("التي", StringComparison.Ordinal) && !words[end].Norm.EndsWith("الذين", StringComparison.Ordinal))
            {
                return null;
            }
            end--;
        }
        else if (words[end].EndsPhrase || Whoever.Contains(words[end].Norm))
        {
            return null; // فمنهم من يقول إن: "who says", no one named
        }
        var start = end + 1;
        var marked = false;
        while (start - 1 >= 0 && end - (start - 1) < MaxSpeakerWords)
        {
            var w = words[start - 1];
            if (w.Trail.AsSpan().IndexOfAny("«»\"“”") >= 0)
            {
                marked = true;
                break;
            }
            if ((start - 1 < end && w.EndsPhrase) || IsClauseOpener(w.Norm) || IsStop(w.Norm) || SubjectBounds.Contains(w.Norm) || AttributionVerbs.IsVerb(w.Norm)
                || Amma.Contains(w.Norm))
            {
                break;
            }
            start--;
        }
        if (end - start + 1 > MaxSubjectWords)
        {
            // وكيل أعمال اللاعبين سامي الحربي يرى أن، أما رئيس بعثة المنتخب X أكد أن: a subject of five words or more only when
            // it opens its clause with a name, a title or a speaking word; else the four words before the verb, as before
            var opens = (StartsClause(words, start) || Amma.Contains(words[start - 1].Norm))
                && !marked && OpensSpeakerName(words[start].Norm);
            if (!opens)
            {
                start = end - MaxSubjectWords + 1;
                marked = false;
            }
        }
        if (start > end || NotSubjects.Contains(words[start].Norm) || Pronouns.Contains(words[start].Norm))
        {
            return null;
        }
        if (relative && (marked || (words[end].EndsPhrase && start > 0 && Prepositions.Contains(words[start - 1].Norm))))
        {
            // في بروكسل، والتي اعتبرت: a preposition's object set off by a comma, or a quoted title, is not the speaker
            // (في بيان الجامعة الذي أشار إلى is: no comma).
            return null;
        }
        // Outside a relative clause the subject opens its clause: at the paragraph's or a sentence's start, after a
        // comma, after إن / أن, or after a particle (لذا، بينما).
        var opened = relative || StartsClause(words, start) || Amma.Contains(words[start - 1].Norm);
        return opened ? new SpeakerRef(words[start].Start, words[end].End) : null;
    }

    /// <summary>
    /// أما X، … فقال إن / أما الوزير فأوضح: the topic after أما in the same sentence, up to its first comma or the verb and
    /// at most eight words, is the subject of the verb with ف; not a topic that opens with a preposition (أما عن المسلسل
    /// فقال، أما في الجبهة فذكر: the previous speaker).
    /// </summary>
    private static SpeakerRef? TopicOfAmma(List<QuoteWord> words, int verb)
    {
        for (var j = verb - 1; j >= 0 && verb - j <= MaxTopicDistance; j--)
        {
            if (j < verb - 1 && words[j].EndsSentence)
            {
                return null;
            }
            if (!Amma.Contains(words[j].Norm))
            {
                continue;
            }
            var first = j + 1;
            if (first >= verb || words[j].EndsPhrase || IsStop(words[first].Norm) || Prepositions.Contains(words[first].Norm)
                || NotSubjects.Contains(words[first].Norm) || Pronouns.Contains(words[first].Norm))
            {
                return null;
            }
            var last = first;
            while (last + 1 < verb && last - first + 1 < MaxSpeakerWords && !words[last].EndsPhrase)
            {
                last++;
            }
            return new SpeakerRef(words[first].Start, words[last].End);
        }
        return null;
    }

    /// <summary>
    /// وكان X قد قال إن، وكانت شبكة «الجزيرة نت» قد ذكرت أنه: the subject between a form of كان and the قد at
    /// <paramref name="already"/>, within six words, none ending a phrase before the last (quotation marks may stand in
    /// it); null when كان stands right before قد (وكان قد قال: the previous speaker) or is not found.
    /// </summary>
    private static SpeakerRef? SubjectAfterWas(List<QuoteWord> words, int already)
    {
        for (var j = already - 1; j >= 0 && already - j <= MaxWasSubjectWords + 1; j--)
        {
            var norm = words[j].Norm;
            if (Was.Contains(norm))
            {
                var first = j + 1;
                return first < already && !words[j].EndsPhrase && !NotSubjects.Contains(words[first].Norm) && !Pronouns.Contains(words[first].Norm)
                    ? new SpeakerRef(words[first].Start, words[already - 1].End)
                    : null;
            }
            if ((j < already - 1 && words[j].EndsPhrase) || IsStop(norm) || AttributionVerbs.IsVerb(norm))
            {
                return null;
            }
        }
        return null;
    }

    // قال لزملائه إن، أوضح لمحققيه: a word with ل and a pronoun suffix as written (ه, not ة: لصحيفة is a medium) is whom the
    // speaker told, not the speaker; not a stop (لأنه "because") nor a name.
    private static bool IsAddressee(string text, QuoteWord word) =>
        QuoteWord.EndsInPronoun(text.AsSpan(word.Start, word.End - word.Start)) && word.Norm.Length >= 5 && word.Norm[0] == 'ل' && word.Norm[1] != 'ل' && !PhraseStops.Contains(word.Norm)
        && !KnowledgeBase.Default.NameWords.Contains(word.Norm);

    // A phrase stop, also with و / ف before it (وعن المباريات، وفي هذا السياق).
    private static bool IsStop(string norm) =>
        PhraseStops.Contains(norm) || (norm.Length > 2 && norm[0] is 'و' or 'ف' && PhraseStops.Contains(norm[1..]));

    // A verb of the list in the feminine (قالت، تقول): a perfect in ت, an imperfect with ت (تابع and تساءل are masculine perfects).
    private static bool IsFeminine(string verb) =>
        verb.EndsWith('ت') || (verb.StartsWith('ت') && !MasculineT.Contains(verb));

    private static bool IsClauseOpener(string norm) => Complementizers.Contains(norm) || ClauseParticles.Contains(norm);

    // إن، أن، بأن or أن with a pronoun (أنه، إنها).
    private static bool IsAnyComplementizer(string norm) => Complementizers.Contains(norm) || PronounComplementizers.Contains(norm);

    // The word at `i` opens its clause: the paragraph's first word, or after a comma or sentence end or a clause opener.
    private static bool StartsClause(List<QuoteWord> words, int i) =>
        i == 0 || words[i - 1].EndsPhrase || IsClauseOpener(words[i - 1].Norm);

    // The marks that end a sentence.
    private const string SentenceEnds = ".!?؟";

    // After a لل word at `at`: the index just past two or three words that end right before إن / أن with no stop or
    // mark between (a name), or null (للصحفيين إن، للصحفيين في المؤتمر إن: an addressee).
    private static int? NameBeforeComplementizer(List<QuoteWord> words, int at, int limit)
    {
        if (words[at].EndsPhrase)
        {
            return null;
        }
        for (var j = at + 1; j < words.Count && j <= at + 3 && words[j].End <= limit; j++)
        {
            var norm = words[j].Norm;
            if (IsAnyComplementizer(norm))
            {
                return j - at >= 3 ? j : null;
            }
            if (PhraseStops.Contains(norm) || norm.StartsWith("لل", StringComparison.Ordinal) || AttributionVerbs.IsVerb(norm) || words[j].EndsPhrase)
            {
                return words[j].EndsPhrase && j - at >= 2 && j + 1 < words.Count && Complementizers.Contains(words[j + 1].Norm) ? j + 1 : null;
            }
        }
        return null;
    }

    // True when a word from `from` to `to` (inclusive) is إن / أن / بأن or أن with a pronoun.
    private static bool HasComplementizer(List<QuoteWord> words, int from, int to)
    {
        for (var i = from; i <= to; i++)
        {
            if (IsAnyComplementizer(words[i].Norm))
            {
                return true;
            }
        }
        return false;
    }

    // True when إن / أن / بأن stands right before the opening mark, or opens the quotation (وأوضح … هادي، "أن عدن …").
    private static bool IsComplementizerBefore(List<QuoteWord> words, int open)
    {
        var last = words.FindLastIndex(w => w.End <= open);
        if (last >= 0 && IsAnyComplementizer(words[last].Norm))
        {
            return true; // إن «، أنه «
        }
        var first = last + 1;
        return first < words.Count && IsAnyComplementizer(words[first].Norm);
    }

    // كتب، غرد، نشر: they introduce a quotation with no complementizer (وكتب X على حسابه: «…»), so they are read only
    // before a colon and a quotation mark, never as reported speech (كتب is also "books"; كتب كلماتها الشاعر، "…" is not his).
    private static bool IsWritingVerb(string norm) =>
        WritingVerbs.Contains(norm) || (norm.Length > 3 && norm[0] is 'و' or 'ف' && WritingVerbs.Contains(norm[1..]));

    // True when the mark at `open` opens a medium's name: glued to لـ (لـ«الشرق الأوسط») or right after لـ / a medium noun
    // with ل (لشبكة "ام اس ان بي سي"، لوكالة «…»).
    private static bool NamesMedium(List<QuoteWord> words, int open)
    {
        var at = words.Count - 1; // a loop, not FindLastIndex with a lambda: no closure allocated for every mark
        while (at >= 0 && words[at].Start > open)
        {
            at--;
        }
        if (at < 0)
        {
            return false;
        }
        var norm = words[at].Norm;
        if (words[at].End > open)
        {
            return words[at].Start < open && IsToMedium(norm); // the mark inside the word: لـ«الشرق
        }
        return !words[at].EndsPhrase && (IsToMedium(norm) || (norm.Length > 2 && norm[0] == 'ل' && PhraseStops.Contains(norm)));
    }

    // True when a sentence end stands after the closing mark before the word at `first` («…». وقال), not only inside it.
    private static bool SentenceEndBetween(List<QuoteWord> words, int first)
    {
        if (first == 0)
        {
            return false;
        }
        var trail = words[first - 1].Trail.AsSpan();
        var close = trail.LastIndexOfAny("»\"”");
        return close >= 0 && trail[(close + 1)..].IndexOfAny(SentenceEnds) >= 0;
    }

    private static bool ClosesQuotation(QuoteWord word) => word.Trail.AsSpan().IndexOfAny("»\"”") >= 0;

    // لـ alone, or ل glued to a quotation mark before a medium's name (لـ«الشرق الأوسط»، ل"الرياض").
    private static bool IsToMedium(string norm) =>
        norm == "ل" || (norm.Length > 1 && norm[0] == 'ل' && (char.IsPunctuation(norm[1]) || norm[1] == 'ـ'));

    private static List<Quote> Resolve(string text, List<Candidate> candidates)
    {
        var quotes = new List<Quote>();
        SpeakerRef? last = null;
        foreach (var c in candidates.OrderBy(c => c.Start))
        {
            var speaker = c.Speaker;
            if (c.Turn)
            {
                last = speaker;
                continue;
            }
            if (speaker == SpeakerRef.Previous)
            {
                speaker = last ?? SpeakerRef.None;
            }
            else if (speaker != SpeakerRef.None)
            {
                last = speaker;
            }
            quotes.Add(speaker.Start >= 0
                ? new Quote(null, text[speaker.Start..speaker.End], text[c.Start..c.End], c.Start, c.End) { SpeakerStart = speaker.Start, SpeakerEnd = speaker.End }
                : new Quote(null, null, text[c.Start..c.End], c.Start, c.End));
        }
        return quotes;
    }

    /// <summary>
    /// True when the closing mark ends the clause: punctuation or the paragraph end follows it before any word, or the
    /// quotation's own sentence end stands right inside it (وأضاف “… نفسها.” ومضى قائلا: the next words open a sentence).
    /// </summary>
    private static bool ClosesClause(string text, int close, int to)
    {
        var inner = close - 1;
        while (inner > 0 && char.IsWhiteSpace(text[inner]))
        {
            inner--;
        }
        if (inner > 0 && SentenceEnds.Contains(text[inner], StringComparison.Ordinal))
        {
            return true;
        }
        for (var i = close + 1; i < to; i++)
        {
            if (".،,:؛;!?؟".Contains(text[i], StringComparison.Ordinal))
            {
                return true;
            }
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    // True when a colon follows the closing mark (في «بيرسون أميركا الشمالية»: «…»): the mark names someone or something in the
    // introduction of the quotation after it.
    private static bool ColonAfter(string text, int close, int to)
    {
        var i = close + 1;
        while (i < to && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i < to && text[i] == ':';
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return (start, end);
    }

    private static bool Inside(int offset, List<(int Open, int Close)> marks) => marks.Exists(m => offset > m.Open && offset < m.Close);

    private static int NextOpen(List<(int Open, int Close)> marks, int after)
    {
        foreach (var (open, _) in marks)
        {
            if (open >= after)
            {
                return open;
            }
        }
        return int.MaxValue;
    }

    /// <summary>Whether a subject before the verb is looked for: not at all, before a quotation mark, or in reported speech.</summary>
    private enum SubjectBeforeUse
    {
        None,
        Quotation,
        Reported,
    }

    /// <summary>A quotation found before speakers are resolved in text order.</summary>
    private sealed record Candidate(int Start, int End, SpeakerRef Speaker, bool Turn = false);

    /// <summary>Offsets of a speaker phrase; <see cref="Previous"/> continues the last speaker, <see cref="None"/> is unknown.</summary>
    private sealed record SpeakerRef(int Start, int End)
    {
        public static readonly SpeakerRef Previous = new(-1, -1);
        public static readonly SpeakerRef None = new(-2, -2);
    }

    // A phrase cut by the word limit right after a name connector (بن، عبد، أبو) goes on by up to two words: the name is not
    // cut in its middle.
    private static int PastNameConnectors(IReadOnlyList<QuoteWord> words, int first, int i, int limit)
    {
        for (var extra = 0; extra < 2 && i - first >= MaxSpeakerWords && NameConnectors.Contains(words[i - 1].Norm)
            && !words[i - 1].EndsPhrase && i < words.Count && words[i].End <= limit; extra++)
        {
            i++;
        }
        return i;
    }
}
