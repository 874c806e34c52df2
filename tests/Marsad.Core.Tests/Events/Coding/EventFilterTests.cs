using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

public sealed class EventFilterTests
{
    [Fact]
    public void Should_cover_the_types_it_was_trained_on_only()
    {
        // Given the embedded filter, trained on PROTEST and ASSAULT
        var filter = EventFilter.Default;

        // Then it covers those and no other type
        filter.Covers(PloverType.Protest).Should().BeTrue();
        filter.Covers(PloverType.Assault).Should().BeTrue();
        filter.Covers(PloverType.Consult).Should().BeFalse();
    }

    [Fact]
    public void Should_add_the_weights_of_the_features_it_knows()
    {
        // Given two weights
        var filter = EventFilter.Load(new StringReader("# weights\nASSAULT|bias\t-1.5\nASSAULT|src:state\t2\n"), "filter.tsv");

        // When a candidate has both features and an unknown one
        var score = filter.Score(["ASSAULT|bias", "ASSAULT|src:state", "ASSAULT|L:unknown"]);

        // Then the unknown one weighs nothing
        score.Should().BeApproximately(0.5, 1e-9);
    }

    [Theory]
    // not a number
    [InlineData("PROTEST|bias\tx")]
    // one field
    [InlineData("PROTEST|bias")]
    public void Should_reject_a_malformed_line(string line)
    {
        // Given a malformed weight line
        var load = () => EventFilter.Load(new StringReader(line + "\n"), "filter.tsv");

        // Then the error names file and line
        load.Should().Throw<EventResourceException>().WithMessage("filter.tsv:1:*");
    }

    [Fact]
    public void Should_split_records_the_same_way_every_time_and_about_in_half()
    {
        // Given many record ids
        var ids = Enumerable.Range(0, 2000).Select(i => $"record_{i}").ToList();

        // When split twice
        var first = ids.Select(EventFilter.IsTraining).ToList();
        var second = ids.Select(EventFilter.IsTraining).ToList();

        // Then the split is stable and neither half is tiny
        second.Should().Equal(first);
        first.Count(t => t).Should().BeInRange(800, 1200);
    }

    [Fact]
    public void Should_code_no_more_with_the_filter_than_without()
    {
        // Given a sentence with an attack
        const string Text = "قصفت الطائرات الروسية مواقع المعارضة السورية في إدلب.";

        // When coded with and without the filter
        var rules = EventCoder.Default.Code(Text, null);
        var filtered = EventCoder.Filtered.Code(Text, null);

        // Then the filter only removes events
        rules.Should().NotBeEmpty();
        filtered.Should().OnlyContain(e => rules.Contains(e));
    }
}
