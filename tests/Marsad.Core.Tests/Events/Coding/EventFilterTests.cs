using Marsad.Core.Entities;
using Marsad.Core.Events;
using Marsad.Core.Events.Coding;
using Marsad.Core.Language;

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

    [Fact]
    public void Should_add_a_shared_weight_to_every_type()
    {
        // Given a shared weight and one bias per type
        var filter = EventFilter.Load(new StringReader("PROTEST|bias\t-1\nASSAULT|bias\t-2\n*|year:True\t1.5\n"), "filter.tsv");

        // When each type's candidate has the shared feature
        var protest = filter.Score(["PROTEST|bias", "PROTEST|year:True"]);
        var assault = filter.Score(["ASSAULT|bias", "ASSAULT|year:True"]);

        // Then both read the shared weight beside their own bias
        protest.Should().BeApproximately(0.5, 1e-9);
        assault.Should().BeApproximately(-0.5, 1e-9);
    }

    [Fact]
    public void Should_load_the_embedded_word_classes()
    {
        // Given the embedded word classes of the filter
        using var reader = EventResources.Open(EventFeatures.WordsFileName);

        // When loaded
        var classes = EventFeatures.LoadClasses(reader, EventFeatures.WordsFileName);

        // Then a memory word and a reporting word are in their classes
        classes["ذكري"].Should().Be("memory");
        classes["قال"].Should().Be("report");
    }

    [Fact]
    public void Should_reject_a_word_in_two_classes()
    {
        // Given a word listed under two classes
        var load = () => EventFeatures.LoadClasses(new StringReader("memory\tذكري\nfear\tخوف ذكري\n"), "filter-words.tsv");

        // Then the error names the file, the line and the word
        load.Should().Throw<EventResourceException>().WithMessage("filter-words.tsv:2:*ذكري*");
    }

    [Fact]
    public void Should_read_a_memory_word_near_the_trigger()
    {
        // Given a protest told on an anniversary
        const string Text = "تظاهر المحتجون في ذكرى الانتفاضة أمام البرلمان.";
        var recorded = new List<List<string>>();

        // When its candidates' features are recorded
        EventCoder.Default.Code(ArabicAnalyzer.Default.Analyze(Text), EntityRecognizer.Default.Recognize(Text, null), null, (type, features) =>
        {
            if (type == PloverType.Protest)
            {
                recorded.Add(features);
            }
        });

        // Then the protest has the memory class after it and no toll
        recorded.Should().NotBeEmpty();
        recorded[0].Should().Contain("PROTEST|class:memory:after").And.Contain("PROTEST|victims:False");
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
