using System.Buffers;
using System.Collections.Frozen;
using Marsad.Core.Language;

namespace Marsad.Core.Events;

/// <summary>The kinds of <c>Resources/Events/non-episodic.tsv</c> (docs/event-coding.md, "Non-episodic and history words").</summary>
internal enum NonEpisodicKind
{
    /// <summary>A word one of the line's next words follows (كل عام، بشكل دوري): the pair is a habit.</summary>
    HabitPair,

    /// <summary>A habit word that is the adjective "permanent" after an accusative noun (وقفا دائما).</summary>
    Adjectival,

    /// <summary>A time noun: an adverb, not the subject of a nominal clause (هذا الأسبوع).</summary>
    TimeNoun,

    /// <summary>A preposition before a demonstrative: a phrase, not a clause (من بين هذه الفعاليات).</summary>
    Preposition,

    /// <summary>The ما of a clause a من explains (ما تقوم به … من اعتداءات).</summary>
    Explained,

    /// <summary>The من that explains a ما clause.</summary>
    Explaining,

    /// <summary>A percent word: the findings of a poll.</summary>
    Percent,

    /// <summary>A word before a four-digit year (عام، في، منذ).</summary>
    YearHead,

    /// <summary>The year, before الماضي/المنصرم: last year.</summary>
    YearNoun,

    /// <summary>A span of years after قبل/منذ.</summary>
    YearSpan,

    /// <summary>A word before a span of years (قبل، منذ).</summary>
    SpanHead,

    /// <summary>A word that makes the act news (مؤخرا، حاليا).</summary>
    Near,

    /// <summary>A word before a bare month name (في فبراير).</summary>
    MonthHead,

    /// <summary>Last (الماضي، المنصرم).</summary>
    Last,

    /// <summary>Since, which "the first/worst" before it makes a comparison.</summary>
    Since,

    /// <summary>The first, the worst … before منذ.</summary>
    Comparative,

    /// <summary>The day: a word a date the recognizer reads as today ends with.</summary>
    Today,

    /// <summary>A word after اليوم that makes it a named or another day (اليوم الوطني).</summary>
    NotToday,

    /// <summary>A piece of a far anchor's words as written, sought in the raw sentence.</summary>
    Piece,

    /// <summary>A relative pronoun (الذي، التي، الذين): an attack verb right after it tells an act told before.</summary>
    Relative,

    /// <summary>A near day (أمس، اليوم، a weekday): an act in a relative clause of its sentence is news.</summary>
    NearDay,

    /// <summary>"Any" (أي، أية، لأي، بأي) right before an event noun: no act in particular, none told as done (evgsr18).</summary>
    Any,

    /// <summary>"Time" (مرة، المرة، للمرة) one or two words before a relative: "the (first) time that" tells the act (speed19).</summary>
    Occasion,
}

/// <summary>
/// The closed word lists of <see cref="NonEpisodic"/> and <see cref="PastAnchors"/>, read from
/// <c>Resources/Events/non-episodic.tsv</c> (format in docs/event-coding.md): each kind a set of normalized words
/// (looked up without a substring), the habit pairs, and the raw pieces every far anchor holds.
/// </summary>
internal sealed class NonEpisodicWords
{
    /// <summary>The embedded file name, relative to the events resources.</summary>
    public const string FileName = "non-episodic.tsv";

    private static readonly Lazy<NonEpisodicWords> LazyDefault = new(() =>
    {
        using var reader = EventResources.Open(FileName);
        return Load(reader, FileName);
    });

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>[] _sets;
    private readonly (FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> First, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Next)[] _pairs;
    private readonly string[] _today;

    private NonEpisodicWords(FrozenSet<string>[] sets, List<(FrozenSet<string> First, FrozenSet<string> Next)> pairs, List<string> pieces)
    {
        _sets = [.. sets.Select(s => s.GetAlternateLookup<ReadOnlySpan<char>>())];
        _pairs = [.. pairs.Select(p => (p.First.GetAlternateLookup<ReadOnlySpan<char>>(), p.Next.GetAlternateLookup<ReadOnlySpan<char>>()))];
        _today = [.. sets[(int)NonEpisodicKind.Today]];
        Pieces = SearchValues.Create(pieces.ToArray(), StringComparison.Ordinal);
    }

    /// <summary>The embedded lists.</summary>
    public static NonEpisodicWords Default => LazyDefault.Value;

    /// <summary>The pieces of <see cref="NonEpisodicKind.Piece"/>, for a search of the raw sentence.</summary>
    public SearchValues<string> Pieces { get; }

    /// <summary>True when <paramref name="word"/> (normalized, as the rule reads it) is a word of <paramref name="kind"/>.</summary>
    public bool Is(ReadOnlySpan<char> word, NonEpisodicKind kind) => _sets[(int)kind].Contains(word);

    /// <summary>True when <paramref name="word"/> then <paramref name="next"/> are a habit pair (كل عام، من حين لآخر).</summary>
    public bool IsHabitPair(ReadOnlySpan<char> word, ReadOnlySpan<char> next)
    {
        foreach (var (first, then) in _pairs)
        {
            if (first.Contains(word) && then.Contains(next))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when <paramref name="word"/> ends with a word of <see cref="NonEpisodicKind.Today"/> (واليوم، اليوم).</summary>
    public bool EndsWithToday(string word)
    {
        foreach (var today in _today)
        {
            if (word.EndsWith(today, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Reads the lists: tab-separated <c>kind, words, next, gloss</c>; <c>-</c> for an empty field, <c>#</c> comments.</summary>
    /// <exception cref="EventResourceException">A line is malformed; the message names file and line.</exception>
    public static NonEpisodicWords Load(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var kinds = Enum.GetValues<NonEpisodicKind>();
        var sets = kinds.Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        var pairs = new List<(FrozenSet<string> First, FrozenSet<string> Next)>();
        var pieces = new List<string>();
        foreach (var (line, f) in EventResources.DataLines(reader))
        {
            if (f.Length != 4)
            {
                throw new EventResourceException(fileName, line, $"expected 4 tab-separated fields (kind, words, next, gloss), found {f.Length}");
            }
            var kind = kinds.Cast<NonEpisodicKind?>().FirstOrDefault(k => KindName(k!.Value) == f[0])
                ?? throw new EventResourceException(fileName, line, $"'{f[0]}' is not a kind ({string.Join(", ", kinds.Select(KindName))})");
            var raw = f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (raw.Length == 0)
            {
                throw new EventResourceException(fileName, line, "no words");
            }
            // Pieces are sought in the text as written; every other word is compared with a normalized word.
            var words = kind == NonEpisodicKind.Piece ? raw : raw.Select(ArabicNormalizer.Normalize).ToArray();
            var next = f[2] == "-" ? [] : f[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ArabicNormalizer.Normalize).ToArray();
            if ((next.Length > 0) != (kind == NonEpisodicKind.HabitPair))
            {
                throw new EventResourceException(fileName, line, "next: the words that follow for habit-pair, '-' for every other kind");
            }
            foreach (var word in words)
            {
                if (!sets[(int)kind].Add(word))
                {
                    throw new EventResourceException(fileName, line, $"'{word}' is listed twice in {f[0]}");
                }
            }
            if (kind == NonEpisodicKind.HabitPair)
            {
                pairs.Add((words.ToFrozenSet(StringComparer.Ordinal), next.ToFrozenSet(StringComparer.Ordinal)));
            }
            if (kind == NonEpisodicKind.Piece)
            {
                pieces.AddRange(words);
            }
        }
        return new NonEpisodicWords([.. sets.Select(s => s.ToFrozenSet(StringComparer.Ordinal))], pairs, pieces);
    }

    // HabitPair → habit-pair, as the file writes the kinds.
    private static string KindName(NonEpisodicKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
