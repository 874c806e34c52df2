using Marsad.Core.Entities.Tagging;

namespace Marsad.Core.Tests.Entities.Tagging;

/// <summary>The document-level pass that copies a found organization to its untagged repetitions nearby.</summary>
public sealed class NamePropagationTests
{
    private const int Org = 1 << (int)NameType.Organization;

    // Our own article: a company named once after شركة, then bare (once with a clitic), then far away.
    private static readonly IReadOnlyList<IReadOnlyList<string>> Article =
    [
        ["أعلنت", "شركة", "نوفاتك", "عن", "أرباحها", "."],
        ["وقالت", "نوفاتك", "إن", "مبيعاتها", "ارتفعت", "."],
        ["وارتفع", "سهم", "لنوفاتك", "أمس", "."],
    ];

    private static IReadOnlyList<IReadOnlyList<TaggedSpan>> FoundOnce(NameType type = NameType.Organization) =>
        [[new TaggedSpan(2, 3, type, 0.9)], [], []];

    [Fact]
    public void Should_copy_an_organization_to_its_bare_and_clitic_repetitions()
    {
        // When the pass runs over the article where only the first mention was tagged
        var result = NamePropagation.Apply(Article, FoundOnce(), window: 20, types: Org, minLength: 1);

        // Then the repetitions are organizations too, the clitic ل included in the token, with the mention's confidence
        result[1].Should().ContainSingle().Which.Should().Be(new TaggedSpan(1, 2, NameType.Organization, 0.9));
        result[2].Should().ContainSingle().Which.Should().Be(new TaggedSpan(2, 3, NameType.Organization, 0.9));
        result[0].Should().ContainSingle();
    }

    [Fact]
    public void Should_copy_only_the_chosen_types()
    {
        // When the mention is a person and only organizations are copied
        var result = NamePropagation.Apply(Article, FoundOnce(NameType.Person), window: 20, types: Org, minLength: 1);

        // Then nothing is added
        result[1].Should().BeEmpty();
        result[2].Should().BeEmpty();
    }

    [Fact]
    public void Should_copy_only_within_the_window()
    {
        // When the window is one sentence
        var result = NamePropagation.Apply(Article, FoundOnce(), window: 1, types: Org, minLength: 1);

        // Then the next sentence gets the name, the one two sentences away does not
        result[1].Should().ContainSingle();
        result[2].Should().BeEmpty();
    }

    [Fact]
    public void Should_not_copy_a_name_tagged_with_two_types_nor_over_a_tagged_token()
    {
        // Given نوفاتك tagged an organization in the first sentence and a place in the second
        IReadOnlyList<IReadOnlyList<TaggedSpan>> spans =
            [[new TaggedSpan(2, 3, NameType.Organization, 0.9)], [new TaggedSpan(1, 2, NameType.Location, 0.8)], []];

        // When the pass runs
        var result = NamePropagation.Apply(Article, spans, window: 20, types: Org | (1 << (int)NameType.Location), minLength: 1);

        // Then the ambiguous name is not copied, and the place keeps its type
        result[1].Should().ContainSingle().Which.Type.Should().Be(NameType.Location);
        result[2].Should().BeEmpty();
    }

    [Fact]
    public void Should_copy_the_longest_name_first_and_skip_short_stems()
    {
        // Given a two-word bank and a two-letter name, each tagged once
        IReadOnlyList<IReadOnlyList<string>> article =
        [
            ["قال", "البنك", "الوطني", "إن", "بي", "وافقت", "."],
            ["وأضاف", "البنك", "الوطني", "أن", "بي", "ستدفع", "."],
        ];
        IReadOnlyList<IReadOnlyList<TaggedSpan>> spans =
            [[new TaggedSpan(1, 3, NameType.Organization, 0.7), new TaggedSpan(4, 5, NameType.Organization, 0.6)], []];

        // When the pass runs with names of one word and more
        var result = NamePropagation.Apply(article, spans, window: 20, types: Org, minLength: 1);

        // Then the whole bank is copied, and the two-letter word is not (a stem under three letters is too ambiguous)
        result[1].Should().ContainSingle().Which.Should().Be(new TaggedSpan(1, 3, NameType.Organization, 0.7));
    }

    [Fact]
    public void Should_not_copy_a_name_the_tagger_left_untagged_in_most_of_its_occurrences()
    {
        // Given نوفاتك tagged in one of its three occurrences (a share of one third)
        // When the pass asks for a share of one half, then of one fifth
        var strict = NamePropagation.Apply(Article, FoundOnce(), window: 20, types: Org, minLength: 1, minShare: 0.5);
        var loose = NamePropagation.Apply(Article, FoundOnce(), window: 20, types: Org, minLength: 1, minShare: 0.2);

        // Then only the looser one copies it
        strict[1].Should().BeEmpty();
        strict[2].Should().BeEmpty();
        loose[1].Should().ContainSingle();
        loose[2].Should().ContainSingle();
    }

    [Fact]
    public void Should_leave_the_spans_as_they_are_when_nothing_is_copied()
    {
        // Given no organization at all
        IReadOnlyList<IReadOnlyList<TaggedSpan>> spans = [[], [], []];

        // When the pass runs / Then it returns the same lists
        NamePropagation.Apply(Article, spans, window: 20, types: Org, minLength: 1).Should().BeSameAs(spans);
    }
}
