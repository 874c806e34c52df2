using System.Globalization;
using Marsad.Core.Entities.Knowledge;

namespace Marsad.Core.Tests.Entities.Knowledge;

/// <summary>
/// The dated roles of the built-in knowledge base against the scope of issue #5. The offices in scope are listed in
/// Fixtures/Knowledge/offices.tsv (heads of state and government, foreign and defence ministers of the Arab League
/// members, Iran, Turkey, Israel and the five permanent members; UN envoys; spokespersons), each from the day it is
/// checked. Every office has a holder on every day from then to today, except:
/// <list type="bullet">
/// <item>a hand-over gap of up to <see cref="HandOverDays"/> days (an acting holder between a departure and a swearing-in);</item>
/// <item>the gaps of Fixtures/Knowledge/role-gaps.tsv, each with its kind (no such office, vacancy, occupation, council, or
/// holders not entered yet) and its reason, and each found exactly as listed (a gap closed by new data must leave the list).</item>
/// </list>
/// No office held by one person at a time ever has two holders at once.
/// </summary>
public sealed class RoleCoverageTests
{
    private const int HandOverDays = 31;
    private static readonly string[] GapKinds = ["none", "vacancy", "occupation", "council", "missing"];
    private static readonly Lazy<IReadOnlyList<Office>> Offices = new(ReadOffices);
    private static readonly Lazy<IReadOnlyList<Gap>> Documented = new(ReadGaps);

    /// <summary>Offices in scope (scope, role).</summary>
    public static TheoryData<string, string> InScope()
    {
        var data = new TheoryData<string, string>();
        foreach (var office in Offices.Value)
        {
            data.Add(office.Scope, office.Role.ToString());
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(InScope))]
    public void Should_have_a_holder_on_every_day_but_the_documented_gaps(string scope, string role)
    {
        // Given the terms of one office in scope and its documented gaps
        var office = Offices.Value.Single(o => o.Scope == scope && o.Role.ToString() == role);
        var terms = KnowledgeBase.Default.Roles.Where(r => r.Role == office.Role && r.Scope == scope);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var documented = Adjoined(Documented.Value.Where(g => g.Scope == scope && g.Role == office.Role).Select(g => (g.From, g.To)));

        // When the days without a holder are collected
        var found = Gaps(terms, office.Since, today);

        // Then they are exactly the documented ones (printed as role-gaps.tsv lines to ease an update)
        found.Should().BeEquivalentTo(documented,
            $"{scope} {role} is in scope; gaps found: {string.Join(" ; ", found.Select(g => $"{scope}\t{role}\t{g.From:yyyy-MM-dd}\t{g.To:yyyy-MM-dd}"))}");
    }

    [Fact]
    public void Should_document_each_gap_with_a_kind_and_a_reason()
    {
        // Every documented gap names an office in scope, a known kind and says why
        var offices = Offices.Value.Select(o => $"{o.Scope} {o.Role}").ToHashSet();
        Documented.Value.Should().OnlyContain(g => offices.Contains(g.Scope + " " + g.Role) && GapKinds.Contains(g.Kind) && g.Why.Length > 5);
    }

    [Fact]
    public void Should_never_give_one_office_two_holders_at_once()
    {
        // Given every office of the knowledge base held by one person at a time (deputies, ambassadors and states'
        // envoys are many at once, and so are the offices marked "several" in scope)
        var shared = Offices.Value.Where(o => o.Several).Select(o => (o.Scope, o.Role)).ToHashSet();
        var offices = KnowledgeBase.Default.Roles
            .Where(r => r.Role is not (RoleKind.Deputy or RoleKind.Ambassador or RoleKind.Envoy) && !shared.Contains((r.Scope, r.Role)))
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
    public void Should_join_documented_parts_of_one_gap()
    {
        // Given a stretch documented in two parts (missing, then none) and a separate later gap
        (DateOnly From, DateOnly? To)[] parts = [(new(2000, 1, 1), new DateOnly(2011, 5, 26)), (new(2011, 5, 26), null), (new(1995, 1, 1), new DateOnly(1996, 1, 1))];

        // When they are joined, then the two parts that touch are one gap and the other stays apart
        Adjoined(parts).Should().Equal((new DateOnly(1995, 1, 1), (DateOnly?)new DateOnly(1996, 1, 1)), (new DateOnly(2000, 1, 1), null));
    }

    [Fact]
    public void Should_find_the_gaps_of_an_office()
    {
        // Given terms with a short hand-over, a long vacancy and an end before today
        var since = new DateOnly(2000, 1, 1);
        RoleTerm[] terms =
        [
            new("a", RoleKind.President, "XXX", new(1990, 1, 1), new(2001, 1, 1), "XXXGOV"),
            new("b", RoleKind.President, "XXX", new(2001, 1, 20), new(2005, 1, 1), "XXXGOV"),
            new("c", RoleKind.President, "XXX", new(2006, 1, 1), new(2010, 1, 1), "XXXGOV"),
        ];

        // When the gaps are collected, then the hand-over is allowed and the rest is reported
        Gaps(terms, since, new(2020, 1, 1)).Should().Equal((new DateOnly(2005, 1, 1), (DateOnly?)new DateOnly(2006, 1, 1)), (new DateOnly(2010, 1, 1), null));
        Gaps([], since, new(2020, 1, 1)).Should().Equal((since, (DateOnly?)null));
        Gaps(terms.Append(new("d", RoleKind.President, "XXX", new(2010, 1, 5), null, "XXXGOV")), since, new(2020, 1, 1))
            .Should().Equal((new DateOnly(2005, 1, 1), (DateOnly?)new DateOnly(2006, 1, 1)));
    }

    [Theory]
    [InlineData("RUS", "2015-06-01", "putin")]
    [InlineData("IRN", "2022-06-01", "raisi")]
    [InlineData("TUR", "2000-03-01", "demirel")]
    [InlineData("TUN", "2011-06-01", "mebazaa")]
    public void Should_name_the_president_on_a_date(string scope, string date, string expected)
    {
        // When the president of a state is looked up on a date
        var holders = KnowledgeBase.Default.FindHolders(RoleKind.President, scope, DateOnly.Parse(date, CultureInfo.InvariantCulture));

        // Then it is the one who held the office that day
        holders.Select(h => h.PersonId).Should().Equal(expected);
    }

    /// <summary>
    /// Joins documented gaps that follow each other without a day between (one stretch with no holder documented in two
    /// parts, each of its own kind, e.g. `missing` then `none`), as <see cref="Gaps"/> finds them as one.
    /// </summary>
    private static List<(DateOnly From, DateOnly? To)> Adjoined(IEnumerable<(DateOnly From, DateOnly? To)> gaps)
    {
        var joined = new List<(DateOnly From, DateOnly? To)>();
        foreach (var gap in gaps.OrderBy(g => g.From))
        {
            if (joined.Count > 0 && joined[^1].To == gap.From)
                joined[^1] = (joined[^1].From, gap.To);
            else
                joined.Add(gap);
        }

        return joined;
    }

    /// <summary>The spans of at least <see cref="HandOverDays"/>+1 days from <paramref name="since"/> to today that no term covers.</summary>
    private static List<(DateOnly From, DateOnly? To)> Gaps(IEnumerable<RoleTerm> terms, DateOnly since, DateOnly today)
    {
        var gaps = new List<(DateOnly From, DateOnly? To)>();
        var covered = since; // the first day not yet known to have a holder
        foreach (var term in terms.OrderBy(t => t.From))
        {
            if (term.To is { } end && end <= covered)
            {
                continue;
            }
            if (term.From.DayNumber - covered.DayNumber > HandOverDays)
            {
                gaps.Add((covered, term.From));
            }
            if (term.To is not { } to)
            {
                return gaps;
            }
            covered = to > covered ? to : covered;
        }
        // An office whose last holder left has been empty since, however short the time.
        if (covered <= today)
        {
            gaps.Add((covered, null));
        }
        return gaps;
    }

    private static IEnumerable<string[]> Rows(string name) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Knowledge", name))
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'));

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<Office> ReadOffices() =>
        Rows("offices.tsv").Select(f => new Office(f[0], Enum.Parse<RoleKind>(f[1]), Day(f[2]), f[3] == "several")).ToList();

    private static List<Gap> ReadGaps() =>
        Rows("role-gaps.tsv").Select(f => new Gap(f[0], Enum.Parse<RoleKind>(f[1]), Day(f[2]), f[3].Length == 0 ? null : Day(f[3]), f[4], f[5])).ToList();

    private sealed record Office(string Scope, RoleKind Role, DateOnly Since, bool Several);

    private sealed record Gap(string Scope, RoleKind Role, DateOnly From, DateOnly? To, string Kind, string Why);
}
