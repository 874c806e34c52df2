using System.Runtime.InteropServices;

namespace Marsad.Core.Stories;

/// <summary>
/// Groups articles into stories, one article at a time (single-pass, incremental):
/// <list type="bullet">
/// <item>a near-duplicate (shingle Jaccard ≥ 0.8) of an article already placed joins that article's story;</item>
/// <item>otherwise the candidate stories are those sharing a key term with the article and, for a dated article, whose dates are within <see cref="StoryOptions.WindowDays"/>;</item>
/// <item>the score is the cosine of key terms against the story's centroid, plus a bonus for the share of the article's actors the story already has and one for a shared event;</item>
/// <item>the best candidate above the threshold takes the article, else it founds a new story;</item>
/// <item>an undated article needs a higher score, and joins without moving the story's dates.</item>
/// </list>
/// Not thread-safe: feed it from one thread.
/// </summary>
public sealed class StoryClusterer
{
    private readonly StoryOptions _options;
    private readonly DocumentFrequencies _frequencies;
    private readonly MinHasher _hasher = new();
    private readonly NearDuplicateIndex _nearDuplicates = new();
    private readonly Dictionary<long, ulong[]>? _shingles;
    private readonly Func<long, ulong[]?> _shinglesOf;
    private readonly Dictionary<long, int> _storyOfKey = [];
    private readonly List<StoryState> _stories = [];
    private readonly Dictionary<ulong, List<int>> _storiesByTerm = [];
    private readonly SortedSet<int> _touched = [];
    private readonly List<(ulong Term, int Story)> _newTermEntries = [];
    private readonly HashSet<(ulong Term, int Story)> _termEntries = [];

    /// <summary>Creates a clusterer. Give it <paramref name="frequencies"/> computed over the whole collection when there is one; else it learns them as articles arrive.</summary>
    public StoryClusterer(StoryOptions? options = null, DocumentFrequencies? frequencies = null)
    {
        _options = options ?? StoryOptions.Default;
        _frequencies = frequencies ?? new DocumentFrequencies();
        LearnFrequencies = frequencies is null;
        _shingles = [];
        _shinglesOf = key => _shingles.GetValueOrDefault(key);
    }

    /// <summary>
    /// Resumes clustering from persisted state, so that placing the next articles gives what one
    /// clusterer that never stopped would have given.
    /// </summary>
    /// <param name="frequencies">The document frequencies so far.</param>
    /// <param name="learnFrequencies">True to count each new article's terms before placing it.</param>
    /// <param name="stories">Every story so far, in founding order (a story's number is its position).</param>
    /// <param name="termIndex">Which stories each key term has indexed (<see cref="NewTermEntries"/> of earlier runs).</param>
    /// <param name="placed">Every article placed so far with a non-empty signature: its key, signature and story number.</param>
    /// <param name="shinglesOf">The shingles of a placed article by key, to verify near-duplicate candidates exactly.</param>
    /// <param name="options">The knobs; the same as before for the same results.</param>
    public StoryClusterer(
        DocumentFrequencies frequencies,
        bool learnFrequencies,
        IEnumerable<StorySnapshot> stories,
        IEnumerable<(ulong Term, int Story)> termIndex,
        IEnumerable<(long Key, uint[] Signature, int Story)> placed,
        Func<long, ulong[]?> shinglesOf,
        StoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(frequencies);
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(termIndex);
        ArgumentNullException.ThrowIfNull(placed);
        ArgumentNullException.ThrowIfNull(shinglesOf);
        _options = options ?? StoryOptions.Default;
        _frequencies = frequencies;
        LearnFrequencies = learnFrequencies;
        _shinglesOf = shinglesOf;
        _stories.AddRange(stories.Select(s => new StoryState(s)));
        for (var story = 0; story < _stories.Count; story++)
        {
            SetWindow(story);
            _termsOfStory.Add([]);
        }
        foreach (var (term, story) in termIndex)
        {
            if (_termEntries.Add((term, story)))
            {
                CollectionsAccess.GetOrAdd(_storiesByTerm, term).Add(story);
                _termsOfStory[story].Add(term);
            }
        }
        foreach (var (key, signature, story) in placed)
        {
            _nearDuplicates.Add(key, signature);
            _storyOfKey[key] = story;
        }
    }

    private bool LearnFrequencies { get; }

    /// <summary>The document frequencies in use (learned so far, when learning).</summary>
    public DocumentFrequencies CurrentFrequencies => _frequencies;

    /// <summary>The stories so far, in the order they were founded, each with the articles placed by this instance.</summary>
    public IReadOnlyList<Story> Stories => _stories.Select(s => s.ToStory()).ToList();

    /// <summary>How many stories there are.</summary>
    public int StoryCount => _stories.Count;

    /// <summary>The numbers of the stories this instance founded or added articles to, ascending.</summary>
    public IReadOnlyCollection<int> Touched => _touched;

    /// <summary>The entries this instance added to the term index (term, story number), to persist with the stories.</summary>
    public IReadOnlyList<(ulong Term, int Story)> NewTermEntries => _newTermEntries;

    /// <summary>What to persist of story number <paramref name="story"/>.</summary>
    public StorySnapshot Snapshot(int story) => _stories[story].ToSnapshot();

    /// <summary>Clusters a whole collection deterministically: frequencies from all of it first, then dated articles by date, then undated ones.</summary>
    public static IReadOnlyList<Story> Cluster(IReadOnlyCollection<StoryArticle> articles, StoryOptions? options = null) =>
        Cluster(articles, Frequencies(articles), options);

    /// <summary>Clusters a whole collection with document frequencies already counted over it.</summary>
    public static IReadOnlyList<Story> Cluster(IReadOnlyCollection<StoryArticle> articles, DocumentFrequencies frequencies, StoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var clusterer = new StoryClusterer(options, frequencies);
        foreach (var a in RebuildOrder(articles))
        {
            clusterer.Add(a);
        }
        return clusterer.Stories;
    }

    /// <summary>The order of a whole-collection clustering: dated articles by date, then undated ones, each by id.</summary>
    public static IEnumerable<StoryArticle> RebuildOrder(IEnumerable<StoryArticle> articles) =>
        articles.OrderBy(a => a.Date is null).ThenBy(a => a.Date).ThenBy(a => a.Id, StringComparer.Ordinal);

    /// <summary>The document frequencies of the key terms of a collection.</summary>
    public static DocumentFrequencies Frequencies(IEnumerable<StoryArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var frequencies = new DocumentFrequencies();
        foreach (var a in articles)
        {
            frequencies.Add(KeyTerms.Distinct(a.Title, a.Text));
        }
        return frequencies;
    }

    /// <summary>Places one article; returns the id of its story.</summary>
    public string Add(StoryArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return _stories[Place(article, _added++)].Id;
    }

    private long _added;

    // BestStory's seen-marks: story number → the number of the last call that met it.
    private int[] _seen = [];
    private int _stamp;

    /// <summary>
    /// Places one article under <paramref name="key"/> (unique, e.g. its row id: it breaks ties
    /// between equally similar near-duplicates, the lower key winning); returns its story's number.
    /// </summary>
    public int Place(StoryArticle article, long key)
    {
        ArgumentNullException.ThrowIfNull(article);
        // The text is read once for both the frequencies and the vector (or not at all when counted ahead).
        var counts = article.TermCounts ?? KeyTerms.CountTerms(article.Title, article.Text);
        if (LearnFrequencies)
        {
            _frequencies.Add(counts.Select(p => p.Key));
        }
        var vector = KeyTerms.Vector(counts, _frequencies);
        return Commit(article, key, vector, () => BestStory(article, vector));
    }

    /// <summary>
    /// Places articles one after another under their <paramref name="keys"/>, as <see cref="Place"/> called on each
    /// in order does, with the same stories; returns their story numbers. Faster on several cores: the articles of a
    /// batch have their vectors built and their candidate stories scored on all cores against the stories as they
    /// were before the batch; placing them in order then only scores again the stories the batch's earlier articles
    /// changed or founded (every other story, its index entries and dates as they were, scores as it did).
    /// </summary>
    public int[] PlaceAll(IReadOnlyList<StoryArticle> articles, IReadOnlyList<long> keys)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(keys);
        var stories = new int[articles.Count];
        for (var from = 0; from < articles.Count; from += Batch)
        {
            var n = Math.Min(Batch, articles.Count - from);
            // The frequencies learned in order, each article's read when it is counted, as Place reads them.
            var counts = new IReadOnlyList<KeyValuePair<ulong, int>>[n];
            var frequencies = new int[n][];
            var documents = new int[n];
            for (var k = 0; k < n; k++)
            {
                var article = articles[from + k];
                counts[k] = article.TermCounts ?? KeyTerms.CountTerms(article.Title, article.Text);
                if (LearnFrequencies)
                {
                    _frequencies.Add(counts[k].Select(p => p.Key));
                }
                frequencies[k] = new int[counts[k].Count];
                for (var i = 0; i < counts[k].Count; i++)
                {
                    frequencies[k][i] = _frequencies.Frequency(counts[k][i].Key);
                }
                documents[k] = _frequencies.Documents;
            }
            // Nothing changes the stories while their candidates are scored: reads only, on all cores.
            var vectors = new TermVector[n];
            var scored = new List<(int Story, double Score)>[n];
            var frozen = _stories.Count;
            Parallel.For(0, n, () => new Scratch(frozen), (k, _, scratch) =>
            {
                vectors[k] = KeyTerms.Vector(counts[k], frequencies[k], documents[k]);
                scored[k] = ScoreCandidates(articles[from + k], vectors[k], scratch);
                return scratch;
            }, _ => { });
            // In order: the stories changed since the batch began are the only ones to score again.
            var changed = new HashSet<int>();
            var changedByTerm = new Dictionary<ulong, List<int>>();
            for (var k = 0; k < n; k++)
            {
                var (article, vector, entries) = (articles[from + k], vectors[k], _newTermEntries.Count);
                var story = stories[from + k] = Commit(article, keys[from + k], vector, () => BestOfBatch(article, vector, scored[k], changed, changedByTerm));
                if (changed.Add(story))
                {
                    foreach (var term in _termsOfStory[story])
                    {
                        CollectionsAccess.GetOrAdd(changedByTerm, term).Add(story);
                    }
                }
                else
                {
                    for (var e = entries; e < _newTermEntries.Count; e++)
                    {
                        CollectionsAccess.GetOrAdd(changedByTerm, _newTermEntries[e].Term).Add(story);
                    }
                }
            }
        }
        return stories;
    }

    /// <summary>Articles whose candidates <see cref="PlaceAll"/> scores at once.</summary>
    private const int Batch = 128;

    // One thread's marks of the stories already met for the article it scores.
    private sealed class Scratch(int stories)
    {
        public int[] Seen { get; } = new int[stories];

        public int Stamp { get; set; }
    }

    // The candidates of an article (BestStory's) that score above its threshold, against the stories as they are.
    private List<(int Story, double Score)> ScoreCandidates(StoryArticle article, TermVector vector, Scratch scratch)
    {
        var threshold = article.Date is null ? _options.UndatedJoinThreshold : _options.JoinThreshold;
        var actors = article.Actors.Distinct(StringComparer.Ordinal).ToList();
        var above = new List<(int Story, double Score)>();
        foreach (var s in Candidates(article, vector, scratch.Seen, ++scratch.Stamp))
        {
            var score = Score(_stories[s], article, actors, vector);
            if (score > threshold)
            {
                above.Add((s, score));
            }
        }
        return above;
    }

    // The stories an article's terms index whose dates fit it, each once however many of its terms index it
    // (marked in seen with the caller's stamp). StoryState.IsWithin read from two arrays (no visit of the story's
    // object for the many that fail): an undated article fits every story, whose window is then the whole range.
    private List<int> Candidates(StoryArticle article, TermVector vector, int[] seen, int stamp)
    {
        var (windowFrom, windowTo) = (_windowFrom, _windowTo);
        var (day, anyDay) = article.Date is { } date ? (date.DayNumber, false) : (0, true);
        var candidates = new List<int>();
        foreach (var term in vector.Terms)
        {
            if (!_storiesByTerm.TryGetValue(term, out var stories))
            {
                continue;
            }
            foreach (var s in CollectionsMarshal.AsSpan(stories))
            {
                if (seen[s] != stamp)
                {
                    seen[s] = stamp;
                    if (anyDay || (day >= windowFrom[s] && day <= windowTo[s]))
                    {
                        candidates.Add(s);
                    }
                }
            }
        }
        return candidates;
    }

    // BestStory's winner for an article of a batch: its candidates scored before the batch, but those the batch
    // changed since, which are candidates again if an article term indexes them and their dates fit, scored now.
    private int BestOfBatch(StoryArticle article, TermVector vector, List<(int Story, double Score)> scored, HashSet<int> changed, Dictionary<ulong, List<int>> changedByTerm)
    {
        var threshold = article.Date is null ? _options.UndatedJoinThreshold : _options.JoinThreshold;
        var (best, bestScore) = (-1, threshold);
        foreach (var (story, score) in scored)
        {
            if (!changed.Contains(story) && Better(story, score, best, bestScore))
            {
                (best, bestScore) = (story, score);
            }
        }
        if (changed.Count == 0)
        {
            return best;
        }
        if (_seen.Length < _stories.Count)
        {
            Array.Resize(ref _seen, Math.Max(_stories.Count, 2 * _seen.Length));
        }
        var stamp = ++_stamp;
        var actors = article.Actors.Distinct(StringComparer.Ordinal).ToList();
        var (day, anyDay) = article.Date is { } date ? (date.DayNumber, false) : (0, true);
        foreach (var term in vector.Terms)
        {
            if (!changedByTerm.TryGetValue(term, out var stories))
            {
                continue;
            }
            foreach (var s in stories)
            {
                if (_seen[s] != stamp)
                {
                    _seen[s] = stamp;
                    if (anyDay || (day >= _windowFrom[s] && day <= _windowTo[s]))
                    {
                        var score = Score(_stories[s], article, actors, vector);
                        if (Better(s, score, best, bestScore))
                        {
                            (best, bestScore) = (s, score);
                        }
                    }
                }
            }
        }
        return best;
    }

    // Ties go to the older story, so the result never depends on the order candidates are met in.
    private static bool Better(int story, double score, int best, double bestScore) =>
        score > bestScore || (score == bestScore && best >= 0 && story < best);

    // Places an article whose vector is built: its near-duplicate twin's story, else the best story, else a new one.
    private int Commit(StoryArticle article, long key, TermVector vector, Func<int> bestStory)
    {
        ulong[]? shingles = null;
        uint[] signature;
        if (article.Signature is { } given)
        {
            signature = [.. given];
        }
        else
        {
            shingles = Shingler.Shingles(article.Text);
            signature = shingles.Length > 0 ? _hasher.Signature(shingles) : [];
        }

        var story = signature.Length > 0 ? NearDuplicateStory(signature, () => shingles ??= Shingler.Shingles(article.Text)) : -1;
        if (story < 0)
        {
            story = bestStory();
        }
        if (story < 0)
        {
            story = _stories.Count;
            _stories.Add(new StoryState(article.Id, article.Title));
            _termsOfStory.Add([]);
        }
        var state = _stories[story];
        state.Absorb(article, vector);
        SetWindow(story);
        _touched.Add(story);
        foreach (var term in TopTerms(state.Centroid))
        {
            var list = CollectionsAccess.GetOrAdd(_storiesByTerm, term);
            if (_termEntries.Add((term, story)))
            {
                list.Add(story);
                _newTermEntries.Add((term, story));
                _termsOfStory[story].Add(term);
            }
        }
        if (signature.Length > 0)
        {
            _nearDuplicates.Add(key, signature);
            _storyOfKey[key] = story;
            _shingles?.Add(key, shingles ??= Shingler.Shingles(article.Text));
        }
        return story;
    }

    // Story number → the terms that index it, in the order their entries were added.
    private readonly List<List<ulong>> _termsOfStory = [];

    private int NearDuplicateStory(uint[] signature, Func<ulong[]> shingles)
    {
        // Candidates by signature, then the exact Jaccard similarity on their shingles (NearDuplicateIndex.QueryExact);
        // the most similar twin wins, the lower key among equals, so the result never depends on bucket order.
        var candidates = _nearDuplicates.Query(signature, _options.NearDuplicateThreshold - NearDuplicateIndex.VerificationSlack);
        var (best, bestKey, bestSimilarity) = (-1, long.MaxValue, 0.0);
        foreach (var candidate in candidates)
        {
            if (_shinglesOf(candidate.Key) is not { } other)
            {
                continue;
            }
            var exact = Shingler.Jaccard(shingles(), other);
            if (exact >= _options.NearDuplicateThreshold && (exact > bestSimilarity || (exact == bestSimilarity && candidate.Key < bestKey)))
            {
                (best, bestKey, bestSimilarity) = (_storyOfKey[candidate.Key], candidate.Key, exact);
            }
        }
        return best;
    }

    private int BestStory(StoryArticle article, TermVector vector)
    {
        var threshold = article.Date is null ? _options.UndatedJoinThreshold : _options.JoinThreshold;
        if (_seen.Length < _stories.Count)
        {
            Array.Resize(ref _seen, Math.Max(_stories.Count, 2 * _seen.Length));
        }
        var actors = article.Actors.Distinct(StringComparer.Ordinal).ToList();
        var candidates = Candidates(article, vector, _seen, ++_stamp);
        // The best is the highest score above the threshold, the older story among equals: it does not
        // depend on the order candidates are scored in, so many candidates are scored on all cores.
        if (candidates.Count < ParallelCandidates)
        {
            return Best(candidates, 0, candidates.Count).Story;
        }
        var parts = Math.Min(Environment.ProcessorCount, candidates.Count / (ParallelCandidates / 2));
        var winners = new (int Story, double Score)[parts];
        Parallel.For(0, parts, part =>
        {
            var from = candidates.Count * part / parts;
            winners[part] = Best(candidates, from, (candidates.Count * (part + 1) / parts) - from);
        });
        var (winner, winnerScore) = (-1, threshold);
        foreach (var (story, score) in winners)
        {
            if (story >= 0 && Better(story, score, winner, winnerScore))
            {
                (winner, winnerScore) = (story, score);
            }
        }
        return winner;

        (int Story, double Score) Best(List<int> list, int start, int count)
        {
            var (best, bestScore) = (-1, threshold);
            for (var k = start; k < start + count; k++)
            {
                var s = list[k];
                var score = Score(_stories[s], article, actors, vector);
                if (Better(s, score, best, bestScore))
                {
                    (best, bestScore) = (s, score);
                }
            }
            return (best, bestScore);
        }

    }

    // Story number → the first and last day a dated article may have to be its candidate (StoryState.IsWithin):
    // its dates widened by the window, or every day for an undated story.
    private int[] _windowFrom = [];
    private int[] _windowTo = [];

    private void SetWindow(int story)
    {
        if (_windowFrom.Length <= story)
        {
            var size = Math.Max(story + 1, 2 * _windowFrom.Length);
            Array.Resize(ref _windowFrom, size);
            Array.Resize(ref _windowTo, size);
        }
        var state = _stories[story];
        (_windowFrom[story], _windowTo[story]) = state.First is { } first && state.Last is { } last
            ? (first.DayNumber - _options.WindowDays, last.DayNumber + _options.WindowDays)
            : (int.MinValue, int.MaxValue);
    }

    /// <summary>Candidate stories from which one article's scoring is split over the cores.</summary>
    private const int ParallelCandidates = 64;

    // A story is indexed by its heaviest terms only, and looked up by all of the article's:
    // reports of one happening share some of them even when their headlines differ, while
    // indexing every term would make each story a candidate for every article.
    // In the order a stable sort by descending weight gives (the lower term among equal weights), which is
    // the order the new term-index entries are recorded and persisted in.
    private static ulong[] TopTerms(TermVector vector)
    {
        var weights = vector.Weights;
        var order = new (float Weight, int Index)[weights.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = (weights[i], i);
        }
        order.AsSpan().Sort(new HeavierFirst());
        var top = new ulong[Math.Min(IndexedTerms, order.Length)];
        for (var i = 0; i < top.Length; i++)
        {
            top[i] = vector.Terms[order[i].Index];
        }
        return top;
    }

    // The heavier weight first, the lower index among equals (a struct: the sort is specialized for it).
    private readonly struct HeavierFirst : IComparer<(float Weight, int Index)>
    {
        public int Compare((float Weight, int Index) x, (float Weight, int Index) y) =>
            x.Weight != y.Weight ? y.Weight.CompareTo(x.Weight) : x.Index.CompareTo(y.Index);
    }

    /// <summary>How many of its heaviest terms index a story.</summary>
    private const int IndexedTerms = 24;

    private double Score(StoryState story, StoryArticle article, List<string> actors, TermVector vector)
    {
        var cosine = story.Centroid.Cosine(vector);
        if (cosine < _options.MinimumTermSimilarity)
        {
            return 0;
        }
        var score = cosine;
        if (actors.Count > 0 && story.Actors.Count > 0)
        {
            // Shared actors add to the evidence; actors one report names and the other does not take nothing away.
            var shared = 0;
            foreach (var actor in actors)
            {
                shared += story.Actors.Contains(actor) ? 1 : 0;
            }
            score += _options.ActorWeight * shared / actors.Count;
        }
        foreach (var key in article.EventKeys)
        {
            if (story.EventKeys.Contains(key))
            {
                score += _options.SharedEventBonus;
                break;
            }
        }
        return score;
    }
}
