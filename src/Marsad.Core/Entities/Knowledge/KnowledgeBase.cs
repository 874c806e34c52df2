using Marsad.Core.Language;

namespace Marsad.Core.Entities.Knowledge;

/// <summary>
/// The actor knowledge base: states, places, organizations, people, their dated roles,
/// and the titles, nisbas, state bodies and seats of power that name them. Loaded from the
/// resource files under <c>Resources/KnowledgeBase</c> (format in docs/knowledge-base.md);
/// immutable and safe to share between threads.
/// </summary>
public sealed class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> BuiltIn = new(() => new KnowledgeBaseLoader(new KnowledgeSource(null)).Load());

    private readonly Dictionary<string, Actor> _byId;
    private readonly Dictionary<string, Country> _byIso3;
    private readonly Dictionary<string, Country> _byIso2;
    private readonly Dictionary<string, List<Actor>> _byNormalizedName;
    private readonly Dictionary<string, List<Actor>> _byCode;
    private readonly Dictionary<string, List<Actor>> _byEnglishName;
    private readonly Dictionary<string, List<RoleTerm>> _rolesByPerson;
    private readonly Dictionary<string, HashSet<string>> _firstNameWordsByIso3;

    internal KnowledgeBase(
        IReadOnlyList<Country> countries,
        IReadOnlyList<Actor> actors,
        IReadOnlyList<RoleTerm> roles,
        IReadOnlyList<Title> titles,
        IReadOnlyList<Institution> institutions,
        IReadOnlyList<Seat> seats,
        IReadOnlyDictionary<string, Country> capitalOf,
        IReadOnlyDictionary<string, PersonNames> personNames,
        IReadOnlySet<string> nameWords)
    {
        NameWords = nameWords;
        Countries = countries;
        Actors = actors;
        Roles = roles;
        Titles = titles;
        Institutions = institutions;
        Seats = seats;
        CapitalOf = capitalOf;
        PersonNames = personNames;
        _byId = actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _byIso3 = countries.ToDictionary(c => c.Iso3, StringComparer.Ordinal);
        _byIso2 = new(StringComparer.OrdinalIgnoreCase);
        _firstNameWordsByIso3 = new(StringComparer.Ordinal);
        foreach (var country in countries)
        {
            _byIso2.TryAdd(country.Iso2, country);
            // The first word of each Arabic name, normalized once (IsOwnStateWord asks per mention).
            _firstNameWordsByIso3[country.Iso3] = FirstNameWords(country);
        }
        _byNormalizedName = new(StringComparer.Ordinal);
        foreach (var actor in actors)
        {
            foreach (var name in actor.Names.Select(ArabicNormalizer.Normalize).Distinct(StringComparer.Ordinal))
            {
                Index(_byNormalizedName, name, actor);
            }
        }
        _byCode = new(StringComparer.Ordinal);
        foreach (var actor in actors.Where(a => a.Code is not null))
        {
            Index(_byCode, actor.Code!, actor);
        }
        _byEnglishName = new(StringComparer.OrdinalIgnoreCase);
        foreach (var actor in actors)
        {
            Index(_byEnglishName, actor.Name, actor);
        }
        _rolesByPerson = new(StringComparer.Ordinal);
        foreach (var term in roles)
        {
            Index(_rolesByPerson, term.PersonId, term);
        }
    }

    /// <summary>The knowledge base built into Marsad.Core, loaded once on first use.</summary>
    public static KnowledgeBase Default => BuiltIn.Value;

    /// <summary>
    /// Loads the built-in files, each replaced by a file of the same name in
    /// <paramref name="directory"/> when there is one (how users extend the knowledge base).
    /// </summary>
    /// <exception cref="KnowledgeBaseException">A file is malformed; the message names file and line.</exception>
    public static KnowledgeBase LoadFrom(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        return new KnowledgeBaseLoader(new KnowledgeSource(directory)).Load();
    }

    /// <summary>Every state, ordered by ISO3.</summary>
    public IReadOnlyList<Country> Countries { get; }

    /// <summary>Every actor: states, places, organizations and people.</summary>
    public IReadOnlyList<Actor> Actors { get; }

    /// <summary>Every term of office of the role table.</summary>
    public IReadOnlyList<RoleTerm> Roles { get; }

    /// <summary>The titles that name people by office.</summary>
    public IReadOnlyList<Title> Titles { get; }

    /// <summary>The state bodies named by a noun and a nisba.</summary>
    public IReadOnlyList<Institution> Institutions { get; }

    /// <summary>The seats of power that stand for a government.</summary>
    public IReadOnlyList<Seat> Seats { get; }

    internal IReadOnlyDictionary<string, Country> CapitalOf { get; }

    internal IReadOnlyDictionary<string, PersonNames> PersonNames { get; }

    /// <summary>Normalized words of people's names (given and family names), evidence that a name follows a title.</summary>
    internal IReadOnlySet<string> NameWords { get; }

    /// <summary>outlets.tsv: a host (or parent domain) → its outlet's state, null for a top-level domain naming none.</summary>
    internal IReadOnlyDictionary<string, string?> Outlets { get; init; } = new Dictionary<string, string?>();

    /// <summary>Normalized words that alone name the outlet's own state (المملكة), from own-state-words.tsv.</summary>
    internal IReadOnlySet<string> OwnStateWords { get; init; } = new HashSet<string>();

    /// <summary>
    /// honorifics.tsv: a personal title's normalized word without the article (دكتور، لواء، شيخ، د) → true when a state's nisba
    /// right after it is the person's family name (الدكتور التركي), false when it stays the state (الفريق السعودي "the team").
    /// </summary>
    internal IReadOnlyDictionary<string, bool> Honorifics { get; init; } = new Dictionary<string, bool>();

    /// <summary>
    /// Organization id to its back-reference names (organizations.tsv field 7: التحالف for a coalition), linked only to the
    /// organization of those sharing the name that the article named last.
    /// </summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<string>> OrganizationContextNames { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>
    /// The state of the outlet that published a page, from its address: the host or its nearest
    /// parent domain in outlets.tsv (alriyadh.com → Saudi Arabia), else a two-letter top-level
    /// domain read as the state's ISO2 code (okaz.com.sa → Saudi Arabia, petra.gov.jo → Jordan).
    /// Null when neither says (a .com site not in the table, a .tv domain, no address).
    /// </summary>
    /// <param name="url">The page's URL; null when unknown.</param>
    /// <param name="source">The outlet's name, used as a host when the URL is unknown and it looks like one (aleqt.com).</param>
    public Country? OutletCountry(string? url, string? source = null)
    {
        var host = HostOf(url) ?? HostOf(source);
        if (host is null)
        {
            return null;
        }
        for (var domain = host; ;)
        {
            if (Outlets.TryGetValue(domain, out var iso3))
            {
                return iso3 is null ? null : FindCountry(iso3);
            }
            var dot = domain.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0)
            {
                break;
            }
            domain = domain[(dot + 1)..];
        }
        var tld = host[(host.LastIndexOf('.') + 1)..];
        return tld.Length == 2 ? _byIso2.GetValueOrDefault(tld) : null;
    }

    /// <summary>
    /// True when <paramref name="normalizedWord"/> of own-state-words.tsv names <paramref name="country"/>:
    /// one of its Arabic names begins with the word, with or without ال (المملكة: المملكة العربية السعودية، مملكة البحرين).
    /// </summary>
    internal bool IsOwnStateWord(Country country, string normalizedWord)
    {
        if (!_firstNameWordsByIso3.TryGetValue(country.Iso3, out var firstWords) || !ReferenceEquals(_byIso3[country.Iso3], country))
        {
            firstWords = FirstNameWords(country); // a state from elsewhere than this base
        }
        var bare = normalizedWord.StartsWith("ال", StringComparison.Ordinal) ? normalizedWord[2..] : normalizedWord;
        return firstWords.Contains(normalizedWord) || firstWords.Contains(bare) || firstWords.Contains("ال" + bare);
    }

    private static HashSet<string> FirstNameWords(Country country) =>
        country.Names.Select(name => ArabicNormalizer.Normalize(name).Split(' ')[0]).ToHashSet(StringComparer.Ordinal);

    private static string? HostOf(string? address)
    {
        if (string.IsNullOrWhiteSpace(address) || address.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }
        var text = address.Contains("://", StringComparison.Ordinal) ? address : "http://" + address;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || !uri.Host.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }
        var host = uri.Host.TrimEnd('.').ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    /// <summary>The state with ISO3 code <paramref name="iso3"/>, or null.</summary>
    public Country? FindCountry(string iso3) => _byIso3.GetValueOrDefault(iso3);

    /// <summary>The actor with id <paramref name="id"/> (ISO3 for states), or null.</summary>
    public Actor? FindActor(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The actors one of whose Arabic names is <paramref name="arabicName"/> once normalized.</summary>
    public IReadOnlyList<Actor> FindByName(string arabicName) =>
        _byNormalizedName.GetValueOrDefault(ArabicNormalizer.Normalize(arabicName)) ?? [];

    /// <summary>
    /// The actors whose canonical English name is <paramref name="name"/> (case-insensitive): how
    /// a later stage gets back from a mention's <see cref="EntityMention.Name"/> to coordinates.
    /// Several when a name is shared (a city and a state, two places of one name).
    /// </summary>
    public IReadOnlyList<Actor> FindByEnglishName(string name) => _byEnglishName.GetValueOrDefault(name) ?? [];

    /// <summary>The actors whose own CAMEO code (outside dated roles) is <paramref name="code"/>.</summary>
    public IReadOnlyList<Actor> FindByCode(string code) => _byCode.GetValueOrDefault(code) ?? [];

    /// <summary>The terms of office of the person <paramref name="personId"/>.</summary>
    public IReadOnlyList<RoleTerm> RolesOf(string personId) => _rolesByPerson.GetValueOrDefault(personId) ?? [];

    /// <summary>Who held <paramref name="role"/> of <paramref name="scope"/> (ISO3 or organization id) on <paramref name="date"/>.</summary>
    public IReadOnlyList<RoleTerm> FindHolders(RoleKind role, string scope, DateOnly date) =>
        Roles.Where(r => r.Role == role && r.Covers(date) && string.Equals(r.Scope, scope, StringComparison.Ordinal)).ToList();

    /// <summary>The CAMEO code of <paramref name="actor"/> on <paramref name="date"/>: that of its term of office then, else its own.</summary>
    public string? CodeOn(Actor actor, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (date is { } d && RolesOf(actor.Id).FirstOrDefault(r => r.Covers(d)) is { } term)
        {
            return term.Code;
        }
        return actor.Code;
    }

    private static void Index<T>(Dictionary<string, List<T>> index, string key, T value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        list.Add(value);
    }
}
