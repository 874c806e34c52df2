using System.Globalization;
using Marsad.Core.Language;

namespace Marsad.Core.Entities.Knowledge;

/// <summary>
/// Reads the knowledge-base files in dependency order and checks every reference
/// between them; any problem is a <see cref="KnowledgeBaseException"/> naming file and line.
/// </summary>
internal sealed partial class KnowledgeBaseLoader(KnowledgeSource source)
{
    private readonly List<Country> _countries = [];
    private readonly List<Actor> _actors = [];
    private readonly Dictionary<string, Actor> _actorsById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Country> _countriesByIso3 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Country> _capitalOf = new(StringComparer.Ordinal);

    public KnowledgeBase Load()
    {
        var excluded = ReadExcludedNames();
        var extras = ReadStateExtras();
        ReadCountries(extras, excluded);
        CheckTitleNisbas();
        var cityNames = ReadPlaces();
        ReadCities(cityNames, excluded);
        ReadOrganizations();
        var seats = ReadSeats();
        ReadPeople();
        var roles = ReadRoles();
        var titles = ReadTitles();
        var institutions = ReadInstitutions();
        var nameWords = ReadNameWords(excluded);
        var outlets = ReadOutlets();
        var ownStateWords = ReadOwnStateWords();
        var honorifics = ReadHonorifics();
        return new KnowledgeBase(_countries, _actors, roles, titles, institutions, seats, _capitalOf, _personNames, nameWords)
        {
            Outlets = outlets,
            OrganizationContextNames = _organizationContextNames,
            OwnStateWords = ownStateWords,
            Honorifics = honorifics,
        };
    }

    private sealed record StateExtra(string? WikidataId, IReadOnlyList<string> Nisbas, IReadOnlyList<string> Plurals, IReadOnlyList<string> Names);

    private Dictionary<string, StateExtra> ReadStateExtras()
    {
        const string file = "states.tsv";
        var extras = new Dictionary<string, StateExtra>(StringComparer.Ordinal);
        using var reader = source.Open(file);
        foreach (var row in TsvFile.Read(file, reader, 3))
        {
            var iso3 = row.Iso3(0);
            var nisbas = row.List(2);
            if (nisbas.Count == 0)
            {
                throw row.Error("missing nisba (field 3)");
            }
            if (!extras.TryAdd(iso3, new StateExtra(row.WikidataId(1), nisbas, row.List(3), row.List(4))))
            {
                throw row.Error($"state {iso3} is listed twice");
            }
        }
        return extras;
    }

    private void ReadCountries(Dictionary<string, StateExtra> extras, HashSet<string> excluded)
    {
        const string file = "countries.tsv";
        using var reader = source.Open(file);
        foreach (var row in TsvFile.Read(file, reader, 7))
        {
            var iso3 = row.Iso3(0);
            extras.TryGetValue(iso3, out var extra);
            // Derived names go through the excluded list (مالي is mostly "financial"); the names
            // states.tsv adds are hand-written and kept (جمهورية مالي).
            var names = row.List(6).Where(n => !excluded.Contains(ArabicNormalizer.Normalize(n)))
                .Concat(extra?.Names ?? []).Distinct(StringComparer.Ordinal).ToList();
            // The excluded derived names still name the state in a place context (في مالي).
            var contextNames = row.List(6).Where(n => excluded.Contains(ArabicNormalizer.Normalize(n)))
                .Distinct(StringComparer.Ordinal).ToList();
            var demonyms = extra is null
                ? []
                : DemonymForms.Expand(extra.Nisbas, extra.Plurals).Where(d => !excluded.Contains(ArabicNormalizer.Normalize(d))).ToList();
            var centroid = Point(row, 3, 4);
            var country = new Country(iso3, row.Required(1, "ISO2 code"), row.Required(2, "English name"), extra?.WikidataId,
                centroid, row.Optional(5), null, names, demonyms)
            { ContextNames = contextNames, TitleNisbas = _titleNisbas.GetValueOrDefault(iso3) ?? [] };
            if (!_countriesByIso3.TryAdd(iso3, country))
            {
                throw row.Error($"country {iso3} is listed twice");
            }
            _countries.Add(country);
            Add(row, new Actor(iso3, ActorKind.State, EntityType.Gpe, country.Name, country.WikidataId, iso3, iso3, centroid, names));
        }
        foreach (var iso3 in extras.Keys.Where(k => !_countriesByIso3.ContainsKey(k)))
        {
            throw new KnowledgeBaseException("states.tsv", 0, $"state {iso3} is not in countries.tsv");
        }
    }

    private HashSet<string> ReadPlaces()
    {
        const string file = "places.tsv";
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var reader = source.Open(file);
        foreach (var row in TsvFile.Read(file, reader, 7))
        {
            var name = row.Required(0, "English name");
            var type = row[1] switch
            {
                "GPE" => EntityType.Gpe,
                "LOC" => EntityType.Loc,
                var other => throw row.Error($"unknown place type '{other}' (expected GPE or LOC)"),
            };
            var iso3 = row.Optional(2) is null ? null : KnownCountry(row, 2).Iso3;
            var location = Point(row, 3, 4);
            var names = RequiredNames(row, 6);
            var actor = new Actor($"place:{name}:{iso3}", ActorKind.Place, type, name, null, iso3, null, location, names);
            Add(row, actor);
            seen.Add(actor.Id);
            if (row[5] == "1")
            {
                MarkCapital(row, actor, iso3);
            }
        }
        return seen;
    }

    // Excluded nisba forms that still name their state right after an office word (القمري → COM), by iso3; and the first
    // row naming each state, for an error that names its line (countries.tsv is read after excluded-names.tsv).
    private readonly Dictionary<string, List<string>> _titleNisbas = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TsvRow> _titleNisbaRows = new(StringComparer.Ordinal);

    private HashSet<string> ReadExcludedNames()
    {
        const string file = "excluded-names.tsv";
        using var reader = source.Open(file);
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in TsvFile.Read(file, reader, 1))
        {
            var name = row.Required(0, "name");
            excluded.Add(ArabicNormalizer.Normalize(name));
            if (row.Optional(1) is { } iso3)
            {
                if (!_titleNisbas.TryGetValue(iso3, out var forms))
                {
                    _titleNisbas[iso3] = forms = [];
                    _titleNisbaRows[iso3] = row;
                }
                forms.Add(name);
            }
        }
        return excluded;
    }

    private void CheckTitleNisbas()
    {
        foreach (var iso3 in _titleNisbas.Keys.Where(k => !_countriesByIso3.ContainsKey(k)))
        {
            throw _titleNisbaRows[iso3].Error($"state {iso3} of a title nisba is not in countries.tsv");
        }
    }

    private HashSet<string> ReadNameWords(HashSet<string> excluded)
    {
        const string file = "name-words.tsv";
        using var reader = source.Open(file);
        return TsvFile.Read(file, reader, 1)
            .Select(row => ArabicNormalizer.Normalize(row.Required(0, "word")))
            .Where(word => !excluded.Contains(word))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>outlets.tsv: host → ISO3, or null for a top-level domain that names no state.</summary>
    private Dictionary<string, string?> ReadOutlets()
    {
        const string file = "outlets.tsv";
        var outlets = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        using var reader = source.Open(file);
        foreach (var row in TsvFile.Read(file, reader, 1))
        {
            var host = row.Required(0, "host").ToLowerInvariant();
            if (host.StartsWith("www.", StringComparison.Ordinal) || host.Contains('/', StringComparison.Ordinal) || host.Contains(' ', StringComparison.Ordinal))
            {
                throw row.Error($"'{host}' is not a host name without www.");
            }
            var iso3 = row.Optional(1) is null ? null : KnownCountry(row, 1).Iso3;
            if (!outlets.TryAdd(host, iso3))
            {
                throw row.Error($"host '{host}' is listed twice");
            }
        }
        return outlets;
    }

    private HashSet<string> ReadOwnStateWords()
    {
        const string file = "own-state-words.tsv";
        using var reader = source.Open(file);
        return TsvFile.Read(file, reader, 1).Select(row => ArabicNormalizer.Normalize(row.Required(0, "word"))).ToHashSet(StringComparer.Ordinal);
    }

    private Dictionary<string, bool> ReadHonorifics()
    {
        const string file = "honorifics.tsv";
        var honorifics = new Dictionary<string, bool>(StringComparer.Ordinal);
        using var reader = source.Open(file);
        foreach (var row in TsvFile.Read(file, reader, 2))
        {
            var family = row[1] switch
            {
                "1" => true,
                "0" => false,
                _ => throw row.Error("family (field 2) must be 1 or 0"),
            };
            if (!honorifics.TryAdd(ArabicNormalizer.Normalize(row.Required(0, "word")), family))
            {
                throw row.Error($"honorific '{row[0]}' is listed twice");
            }
        }
        return honorifics;
    }

    private void ReadCities(HashSet<string> handWritten, HashSet<string> excluded)
    {
        const string file = "cities.tsv";
        using var reader = source.Open(file);
        foreach (var row in TsvFile.Read(file, reader, 5))
        {
            var name = row.Required(0, "English name");
            var country = KnownCountry(row, 1);
            var id = $"place:{name}:{country.Iso3}";
            // A hand-written place of the same English name wins: of the same state, or of none on purpose
            // (Jerusalem, which places.tsv leaves without a state; world-cities-ar files it under Palestine).
            if (handWritten.Contains(id) || handWritten.Contains($"place:{name}:") || _actorsById.ContainsKey(id))
            {
                continue;
            }
            var names = RequiredNames(row, 4).Where(n => !excluded.Contains(ArabicNormalizer.Normalize(n))).ToList();
            if (names.Count == 0)
            {
                continue;
            }
            var population = long.TryParse(row[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var inhabitants) ? inhabitants : (long?)null;
            var actor = new Actor(id, ActorKind.Place, EntityType.Gpe, name, null, country.Iso3, null, null, names) { Population = population };
            Add(row, actor);
            if (row[3] == "1")
            {
                MarkCapital(row, actor, country.Iso3);
            }
        }
    }

    private readonly Dictionary<string, IReadOnlyList<string>> _organizationContextNames = new(StringComparer.Ordinal);

    private void ReadOrganizations()
    {
        const string file = "organizations.tsv";
        using var reader = source.Open(file);
        foreach (var row in TsvFile.Read(file, reader, 6))
        {
            var iso3 = row.Optional(3) is null ? null : KnownCountry(row, 3).Iso3;
            Add(row, new Actor(row.Required(0, "id"), ActorKind.Organization, EntityType.Org, row.Required(1, "English name"),
                row.WikidataId(2), iso3, row.CameoCode(4), null, RequiredNames(row, 5)));
            if (row.List(6) is { Count: > 0 } contextNames)
            {
                _organizationContextNames[row.Required(0, "id")] = contextNames;
            }
        }
    }

    private List<Seat> ReadSeats()
    {
        const string file = "metonyms.tsv";
        var seats = new List<Seat>();
        using var reader = source.Open(file);
        foreach (var row in TsvFile.Read(file, reader, 3))
        {
            seats.Add(new Seat(KnownCountry(row, 0).Iso3, row.Required(1, "English name"), RequiredNames(row, 2)));
        }
        return seats;
    }

    private void MarkCapital(TsvRow row, Actor place, string? iso3)
    {
        if (iso3 is null)
        {
            throw row.Error("a capital needs its state's ISO3 code");
        }
        var country = _countriesByIso3[iso3];
        _capitalOf[place.Id] = country;
        if (place.Location is { } location)
        {
            var index = _countries.IndexOf(country);
            var updated = country with { CapitalLocation = location, Capital = place.Name };
            _countries[index] = updated;
            _countriesByIso3[iso3] = updated;
            _capitalOf[place.Id] = updated;
        }
    }

    private Country KnownCountry(TsvRow row, int index)
    {
        var iso3 = row.Iso3(index);
        return _countriesByIso3.TryGetValue(iso3, out var country) ? country : throw row.Error($"unknown state {iso3} (not in countries.tsv)");
    }

    private static IReadOnlyList<string> RequiredNames(TsvRow row, int index) =>
        row.List(index) is { Count: > 0 } names ? names : throw row.Error($"missing Arabic names (field {index + 1})");

    private static GeoPoint? Point(TsvRow row, int latIndex, int lonIndex)
    {
        var lat = row.Coordinate(latIndex, 90);
        var lon = row.Coordinate(lonIndex, 180);
        return (lat, lon) switch
        {
            ({ } a, { } b) => new GeoPoint(a, b),
            (null, null) => null,
            _ => throw row.Error("a coordinate needs both latitude and longitude"),
        };
    }

    private void Add(TsvRow row, Actor actor)
    {
        if (!_actorsById.TryAdd(actor.Id, actor))
        {
            throw row.Error($"id '{actor.Id}' is already used");
        }
        _actors.Add(actor);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
