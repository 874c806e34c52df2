using Marsad.Core.Entities.Knowledge;

namespace Marsad.Core.Tests.Entities.Knowledge;

/// <summary>
/// The dated roles of the built-in knowledge base: every office listed as covered has a
/// holder on every day from 2000-01-01 to today, one at a time. The rules:
/// <list type="bullet">
/// <item>a hand-over gap of up to <see cref="HandOverDays"/> days is allowed (an acting holder between a departure and a swearing-in);</item>
/// <item>a longer gap must be one of the <see cref="Exceptions"/>, each a real vacancy or an office without a holder, with its reason;</item>
/// <item>two terms of the same office never overlap, in any office.</item>
/// </list>
/// The covered offices and the others are listed in docs/knowledge-base.md.
/// </summary>
public sealed class RoleCoverageTests
{
    private const int HandOverDays = 31;
    private static readonly DateOnly Start = new(2000, 1, 1);

    /// <summary>Offices whose holders are complete from 2000 (scope, role).</summary>
    public static TheoryData<string, string> Covered => new()
    {
        // Heads of state.
        { "ARE", "President" }, { "BHR", "Monarch" }, { "CHN", "President" }, { "DZA", "President" },
        { "EGY", "President" }, { "FRA", "President" }, { "GBR", "Monarch" }, { "IRN", "President" },
        { "IRN", "SupremeLeader" }, { "IRQ", "President" }, { "ISR", "President" }, { "JOR", "Monarch" },
        { "KWT", "Monarch" }, { "LBN", "President" }, { "MAR", "Monarch" }, { "OMN", "Monarch" },
        { "PSE", "President" }, { "QAT", "Monarch" }, { "RUS", "President" }, { "SAU", "Monarch" },
        { "SDN", "President" }, { "SYR", "President" }, { "TUN", "President" }, { "TUR", "President" },
        { "USA", "President" }, { "YEM", "President" },

        // Heads of government.
        { "ARE", "PrimeMinister" }, { "CHN", "PrimeMinister" }, { "EGY", "PrimeMinister" }, { "FRA", "PrimeMinister" },
        { "GBR", "PrimeMinister" }, { "IRQ", "PrimeMinister" }, { "ISR", "PrimeMinister" }, { "LBN", "PrimeMinister" },
        { "RUS", "PrimeMinister" }, { "SAU", "PrimeMinister" }, { "TUR", "PrimeMinister" },

        // Foreign and defence ministers.
        { "CHN", "ForeignMinister" }, { "EGY", "ForeignMinister" }, { "FRA", "ForeignMinister" }, { "GBR", "ForeignMinister" },
        { "IRN", "ForeignMinister" }, { "OMN", "ForeignMinister" }, { "QAT", "ForeignMinister" }, { "RUS", "ForeignMinister" },
        { "SAU", "ForeignMinister" }, { "SYR", "ForeignMinister" }, { "TUR", "ForeignMinister" }, { "USA", "ForeignMinister" },
        { "ISR", "ForeignMinister" },
        { "EGY", "DefenceMinister" }, { "IRN", "DefenceMinister" }, { "ISR", "DefenceMinister" }, { "RUS", "DefenceMinister" },
        { "SAU", "DefenceMinister" }, { "USA", "DefenceMinister" },

        // Organizations.
        { "UN", "SecretaryGeneral" },
    };

    /// <summary>Gaps longer than a hand-over that are facts, not missing data: (scope, role, from, to exclusive, why).</summary>
    private static readonly (string Scope, string Role, DateOnly From, DateOnly? To, string Why)[] Exceptions =
    [
        ("EGY", "President", new(2011, 2, 11), new(2012, 6, 30), "the military council (SCAF) governed; no president"),
        ("IRQ", "President", new(2003, 4, 9), new(2004, 6, 28), "occupation: Coalition Provisional Authority"),
        ("IRQ", "PrimeMinister", new(2003, 4, 9), new(2004, 6, 28), "occupation: Coalition Provisional Authority"),
        ("LBN", "President", new(2007, 11, 23), new(2008, 5, 25), "vacancy: parliament elected no president"),
        ("LBN", "President", new(2014, 5, 25), new(2016, 10, 31), "vacancy: parliament elected no president"),
        ("LBN", "President", new(2022, 10, 30), new(2025, 1, 9), "vacancy: parliament elected no president"),
        ("SDN", "President", new(2019, 4, 11), new(2019, 8, 21), "the Transitional Military Council governed; no president"),
        ("SYR", "President", new(2024, 12, 8), new(2025, 1, 29), "after the fall of Assad, before al-Sharaa was declared president"),
        ("TUR", "PrimeMinister", new(2018, 7, 9), null, "office abolished by the 2017 constitutional referendum"),
    ];

    [Theory]
    [MemberData(nameof(Covered))]
    public void Should_have_one_holder_on_every_day_since_2000(string scope, string role)
    {
        // Given the terms of one office, in order
        var kind = Enum.Parse<RoleKind>(role);
        var terms = KnowledgeBase.Default.Roles.Where(r => r.Role == kind && r.Scope == scope).OrderBy(r => r.From).ToList();
        var allowed = Exceptions.Where(e => e.Scope == scope && e.Role == role).ToList();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        // When the days not covered are collected
        var problems = new List<string>();
        terms.Should().NotBeEmpty();
        if (terms[0].From > Start)
        {
            problems.Add($"nobody before {terms[0].From} ({terms[0].PersonId})");
        }
        for (var i = 1; i < terms.Count; i++)
        {
            var (previous, next) = (terms[i - 1], terms[i]);
            if (previous.To is not { } end)
            {
                problems.Add($"{previous.PersonId} never left office, yet {next.PersonId} took it on {next.From}");
                continue;
            }
            if (next.From < end)
            {
                problems.Add($"{previous.PersonId} and {next.PersonId} overlap from {next.From} to {end}");
            }
            else if (next.From.DayNumber - end.DayNumber > HandOverDays && !allowed.Any(e => e.From == end && e.To == next.From))
            {
                problems.Add($"nobody from {end} to {next.From} ({previous.PersonId} → {next.PersonId})");
            }
        }
        if (terms[^1].To is { } last && last <= today && !allowed.Any(e => e.From == last && e.To is null))
        {
            problems.Add($"nobody since {last} ({terms[^1].PersonId})");
        }

        // Then there are none
        problems.Should().BeEmpty($"{scope} {role} is listed as covered from 2000 to today");
    }

    [Fact]
    public void Should_never_give_one_office_two_holders_at_once()
    {
        // Given every office of the knowledge base, covered or not (deputies and ambassadors are many at once)
        var offices = KnowledgeBase.Default.Roles
            .Where(r => r.Role is not (RoleKind.Deputy or RoleKind.Ambassador))
            .GroupBy(r => (r.Scope, r.Role));

        // When consecutive terms are compared
        var overlaps = offices.SelectMany(office =>
        {
            var terms = office.OrderBy(r => r.From).ToList();
            return terms.Zip(terms.Skip(1))
                .Where(p => p.First.To is not { } end || p.Second.From < end)
                .Select(p => $"{office.Key.Scope} {office.Key.Role}: {p.First.PersonId} / {p.Second.PersonId} from {p.Second.From}");
        }).ToList();

        // Then none overlap
        overlaps.Should().BeEmpty();
    }

    [Fact]
    public void Should_document_each_exception()
    {
        // Every allowed gap names a covered office and says why
        var covered = Covered.Select(row => $"{row[0]} {row[1]}").ToHashSet();
        Exceptions.Should().OnlyContain(e => covered.Contains(e.Scope + " " + e.Role) && e.Why.Length > 10);
    }

    [Theory]
    [InlineData("RUS", "2015-06-01", "putin")]
    [InlineData("IRN", "2022-06-01", "raisi")]
    [InlineData("TUR", "2000-03-01", "demirel")]
    [InlineData("TUN", "2011-06-01", "mebazaa")]
    public void Should_name_the_president_on_a_date(string scope, string date, string expected)
    {
        // When the president of a state is looked up on a date
        var holders = KnowledgeBase.Default.FindHolders(RoleKind.President, scope, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        // Then it is the one who held the office that day
        holders.Select(h => h.PersonId).Should().Equal(expected);
    }
}
