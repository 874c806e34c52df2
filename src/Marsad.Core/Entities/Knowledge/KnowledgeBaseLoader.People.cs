namespace Marsad.Core.Entities.Knowledge;

/// <summary>People, their roles and the titles that name them.</summary>
internal sealed partial class KnowledgeBaseLoader
{
    private readonly Dictionary<string, PersonNames> _personNames = new(StringComparer.Ordinal);

    private void ReadPeople()
    {
        const string file = "people.tsv";
        using var reader = source.Open(file);
        foreach (var row in TsvFile.Read(file, reader, 6))
        {
            var iso3 = row.Optional(3) is null ? null : KnownCountry(row, 3).Iso3;
            var names = new PersonNames(RequiredNames(row, 5), row.List(6), row.List(7));
            var all = names.Full.Concat(names.Short).Concat(names.ContextOnly).ToList();
            var actor = new Actor(row.Required(0, "id"), ActorKind.Person, EntityType.Person, row.Required(1, "English name"),
                row.WikidataId(2), iso3, row.CameoCode(4), null, all);
            Add(row, actor);
            _personNames[actor.Id] = names;
        }
    }

    private List<RoleTerm> ReadRoles()
    {
        const string file = "roles.tsv";
        var roles = new List<RoleTerm>();
        using var reader = source.Open(file);
        foreach (var row in TsvFile.Read(file, reader, 4))
        {
            var personId = row.Required(0, "person id");
            if (!_actorsById.TryGetValue(personId, out var person) || person.Kind != ActorKind.Person)
            {
                throw row.Error($"unknown person '{personId}' (not in people.tsv)");
            }
            var role = row.Enum<RoleKind>(1, "role");
            var scope = row.Required(2, "scope");
            var from = row.Date(3, "start date");
            DateOnly? to = row.Optional(4) is null ? null : row.Date(4, "end date");
            if (to <= from)
            {
                throw row.Error(Invariant($"the term ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})"));
            }
            // A UN envoy's scope is the state he is sent to; he acts for the UN.
            var code = row.CameoCode(5) ?? (role == RoleKind.UnEnvoy ? "IGOUNO" : DefaultCode(row, scope));
            if (role is RoleKind.UnEnvoy or RoleKind.Envoy && !_countriesByIso3.ContainsKey(scope))
            {
                throw row.Error($"an envoy's scope must be a state, not '{scope}'");
            }
            // A state's envoy acts for the state that sends him, which the scope does not say.
            if (role == RoleKind.Envoy && row.Optional(5) is null)
            {
                throw row.Error("a state's envoy needs the code of the government that sends him");
            }
            roles.Add(new RoleTerm(personId, role, scope, from, to, code));
        }
        return roles;
    }

    private string DefaultCode(TsvRow row, string scope)
    {
        if (_countriesByIso3.ContainsKey(scope))
        {
            return scope + "GOV";
        }
        if (_actorsById.TryGetValue(scope, out var org) && org.Kind == ActorKind.Organization)
        {
            return org.Code ?? throw row.Error($"organization '{scope}' has no CAMEO code: give the role's code");
        }
        throw row.Error($"unknown scope '{scope}' (neither a state in countries.tsv nor an organization id)");
    }

    private List<Title> ReadTitles()
    {
        const string file = "titles.tsv";
        var titles = new List<Title>();
        using var reader = source.Open(file);
        foreach (var row in TsvFile.Read(file, reader, 3))
        {
            var scope = row.Optional(3);
            if (scope is not null && !_countriesByIso3.ContainsKey(scope) && !_actorsById.ContainsKey(scope))
            {
                throw row.Error($"unknown default scope '{scope}'");
            }
            var corefers = row[4] switch
            {
                "1" => true,
                "0" or "" => false,
                var other => throw row.Error($"corefers must be 1 or 0, not '{other}'"),
            };
            titles.Add(new Title(row.Required(0, "title"), row.Enum<RoleKind>(1, "role"), row.Enum<TitleComplement>(2, "complement"), scope, corefers));
        }
        return titles;
    }

    private List<Institution> ReadInstitutions()
    {
        const string file = "institutions.tsv";
        var institutions = new List<Institution>();
        using var reader = source.Open(file);
        foreach (var row in TsvFile.Read(file, reader, 3))
        {
            var role = row.Required(1, "CAMEO role");
            if (role.Length != 3 || !TsvRow.IsIso3(role))
            {
                throw row.Error($"'{role}' is not a CAMEO role code (three capital letters)");
            }
            var pattern = row.Required(2, "English name");
            if (!pattern.Contains("{0}", StringComparison.Ordinal))
            {
                throw row.Error("the English name needs {0} where the state's name goes");
            }
            institutions.Add(new Institution(row.Required(0, "noun"), role, pattern));
        }
        return institutions;
    }
}
