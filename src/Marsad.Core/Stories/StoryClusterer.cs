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
    private readonly List<ulong[]> _shingles = [];
    private readonly List<int> _storyOfArticle = [];
    private readonly List<StoryState> _stories = [];
    private readonly Dictionary<ulong, List<int>> _storiesByTerm = [];

    /// <summary>Creates a clusterer. Give it <paramref name="frequencies"/> computed over the whole collection when there is one; else it learns them as articles arrive.</summary>
    public StoryClusterer(StoryOptions? options = null, DocumentFrequencies? frequencies = null)
    {
        _options = options ?? StoryOptions.Default;
        _frequencies = frequencies ?? new DocumentFrequencies();
        LearnFrequencies = frequencies is null;
    }

    private bool LearnFrequencies { get; }

    /// <summary>The stories so far, in the order they were founded.</summary>
    public IReadOnlyList<Story> Stories => _stories.Select(s => s.ToStory()).ToList();

    /// <summary>Clusters a whole collection deterministically: frequencies from all of it first, then dated articles by date, then undated ones.</summary>
    public static IReadOnlyList<Story> Cluster(IReadOnlyCollection<StoryArticle> articles, StoryOptions? options = null) =>
        Cluster(articles, Frequencies(articles), options);

    /// <summary>Clusters a whole collection with document frequencies already counted over it.</summary>
    public static IReadOnlyList<Story> Cluster(IReadOnlyCollection<StoryArticle> articles, DocumentFrequencies frequencies, StoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var clusterer = new StoryClusterer(options, frequencies);
        var ordered = articles.OrderBy(a => a.Date is null).ThenBy(a => a.Date).ThenBy(a => a.Id, StringComparer.Ordinal);
        foreach (var a in ordered)
        {
            clusterer.Add(a);
        }
        return clusterer.Stories;
    }

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
        if (LearnFrequencies)
        {
            _frequencies.Add(KeyTerms.Distinct(article.Title, article.Text));
        }
        var index = _storyOfArticle.Count;
        var shingles = Shingler.Shingles(article.Text);
        var signature = _hasher.Signature(shingles);
        var vector = KeyTerms.Vector(article.Title, article.Text, _frequencies);

        var story = shingles.Length > 0 ? NearDuplicateStory(signature, shingles) : -1;
        if (story < 0)
        {
            story = BestStory(article, vector);
        }
        if (story < 0)
        {
            story = _stories.Count;
            _stories.Add(new StoryState(article.Id, article.Title));
        }
        var state = _stories[story];
        state.Absorb(article, vector);
        foreach (var term in TopTerms(state.Centroid))
        {
            var list = CollectionsAccess.GetOrAdd(_storiesByTerm, term);
            if (list.Count == 0 || list[^1] != story)
            {
                list.Add(story);
            }
        }
        _storyOfArticle.Add(story);
        _shingles.Add(shingles);
        if (shingles.Length > 0)
        {
            _nearDuplicates.Add(index, signature);
        }
        return state.Id;
    }

    private int NearDuplicateStory(uint[] signature, ulong[] shingles)
    {
        var twins = _nearDuplicates.QueryExact(signature, shingles, key => _shingles[(int)key], _options.NearDuplicateThreshold);
        return twins.Count > 0 ? _storyOfArticle[(int)twins[0].Key] : -1;
    }

    private int BestStory(StoryArticle article, TermVector vector)
    {
        var best = -1;
        var bestScore = article.Date is null ? _options.UndatedJoinThreshold : _options.JoinThreshold;
        var seen = new HashSet<int>();
        foreach (var term in vector.Terms)
        {
            if (!_storiesByTerm.TryGetValue(term, out var candidates))
            {
                continue;
            }
            foreach (var s in candidates)
            {
                if (!seen.Add(s) || !_stories[s].IsWithin(article.Date, _options.WindowDays))
                {
                    continue;
                }
                var score = Score(_stories[s], article, vector);
                if (score > bestScore)
                {
                    (best, bestScore) = (s, score);
                }
            }
        }
        return best;
    }

    // A story is indexed by its heaviest terms only, and looked up by all of the article's:
    // reports of one happening share some of them even when their headlines differ, while
    // indexing every term would make each story a candidate for every article.
    private static IEnumerable<ulong> TopTerms(TermVector vector) =>
        vector.Terms.Select((t, i) => (t, w: vector.Weights[i])).OrderByDescending(p => p.w).Take(IndexedTerms).Select(p => p.t);

    /// <summary>How many of its heaviest terms index a story.</summary>
    private const int IndexedTerms = 24;

    private double Score(StoryState story, StoryArticle article, TermVector vector)
    {
        var cosine = story.Centroid.Cosine(vector);
        if (cosine < _options.MinimumTermSimilarity)
        {
            return 0;
        }
        var score = cosine;
        if (article.Actors.Count > 0 && story.Actors.Count > 0)
        {
            // Shared actors add to the evidence; actors one report names and the other does not take nothing away.
            var actors = article.Actors.Distinct(StringComparer.Ordinal).ToList();
            score += _options.ActorWeight * actors.Count(story.Actors.Contains) / actors.Count;
        }
        if (article.EventKeys.Any(story.EventKeys.Contains))
        {
            score += _options.SharedEventBonus;
        }
        return score;
    }
}
