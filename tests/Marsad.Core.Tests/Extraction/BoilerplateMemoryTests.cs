using Marsad.Core.Extraction;

namespace Marsad.Core.Tests.Extraction;

public sealed class BoilerplateMemoryTests
{
    [Fact]
    public void Should_count_pages_not_occurrences_and_keep_sites_apart()
    {
        // Given a line seen twice on one page and once on a page of another site
        var memory = new BoilerplateMemory(threshold: 2);
        memory.Observe("a.example", ["تابعونا على الشبكات", "تابعونا على الشبكات"]);
        memory.Observe("b.example", ["تابعونا على الشبكات"]);

        // Then it counts once for each site, and is not yet boilerplate anywhere
        memory.PagesWith("a.example", "تابعونا على الشبكات").Should().Be(1);
        memory.IsBoilerplate("a.example", "تابعونا على الشبكات").Should().BeFalse();

        // When a second page of the first site has it, written with other hamza and spacing
        memory.Observe("a.example", ["تابعونا  علی الشبكات"]);

        // Then it is boilerplate there only
        memory.IsBoilerplate("a.example", "تابعونا على الشبكات").Should().BeTrue();
        memory.IsBoilerplate("b.example", "تابعونا على الشبكات").Should().BeFalse();
    }

    [Fact]
    public void Should_count_correctly_from_many_threads()
    {
        var memory = new BoilerplateMemory();

        Parallel.For(0, 200, i => memory.Observe("s", ["سطر مشترك", $"سطر خاص {i}"]));

        memory.PagesWith("s", "سطر مشترك").Should().Be(200);
        memory.PagesWith("s", "سطر خاص 7").Should().Be(1);
    }

    [Fact]
    public void Should_reject_a_threshold_below_two()
    {
        var act = () => new BoilerplateMemory(threshold: 1);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
