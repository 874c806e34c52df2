using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

public sealed class RoleWordsTests
{
    [Theory]
    // a relative pronoun opens a clause
    [InlineData("التي", RoleWordKind.Relative)]
    // the locative before a place
    [InlineData("في", RoleWordKind.Locative)]
    // hamza forms are normalized like the analyzer's bases (إثر → اثر)
    [InlineData("اثر", RoleWordKind.Background)]
    // a word that reports an act as alleged
    [InlineData("متهمين", RoleWordKind.Claim)]
    // a word may be of two kinds: ضد is background and a preposition
    [InlineData("ضد", RoleWordKind.Background)]
    [InlineData("ضد", RoleWordKind.Preposition)]
    // the closed lists the rules read: strike nouns, "next", day words, security fields
    [InlineData("غاره", RoleWordKind.Strike)]
    [InlineData("المقبله", RoleWordKind.Upcoming)]
    [InlineData("جمعه", RoleWordKind.Day)]
    [InlineData("قومي", RoleWordKind.SecurityField)]
    // the prepositions before a responsibility word and the past verbs of consequence (speed19: moved from EventCoder)
    [InlineData("الي", RoleWordKind.ClaimPreposition)]
    [InlineData("في", RoleWordKind.ClaimPreposition)]
    [InlineData("ادت", RoleWordKind.Led)]
    [InlineData("اسفر", RoleWordKind.Led)]
    // the prepositions the rules read (session 25: moved from code), normalized (بشأن → بشان، لدى → لدي)
    [InlineData("بشان", RoleWordKind.NoParty)]
    [InlineData("لدي", RoleWordKind.CounterpartOpener)]
    [InlineData("بين", RoleWordKind.CounterpartOpener)]
    [InlineData("سابقه", RoleWordKind.Earlier)]
    [InlineData("بعدما", RoleWordKind.Untold)]
    [InlineData("اثناء", RoleWordKind.Circumstance)]
    [InlineData("جراء", RoleWordKind.PassiveCause)]
    public void Should_classify_the_embedded_words(string word, RoleWordKind kind)
    {
        // Given the embedded list
        // When a normalized base is looked up
        // Then its kind is known
        RoleWords.Default.Is(word, kind).Should().BeTrue();
    }

    [Theory]
    [InlineData("تؤدي", RoleWordKind.Led)]
    [InlineData("مع", RoleWordKind.ClaimPreposition)]
    [InlineData("في", RoleWordKind.CounterpartOpener)]
    [InlineData("مع", RoleWordKind.NoParty)]
    [InlineData("بعد", RoleWordKind.PassiveCause)]
    public void Should_not_classify_a_word_the_list_leaves_out(string word, RoleWordKind kind)
    {
        // Given the embedded list: the present of a verb of consequence, a preposition the claim rule does not read
        // Then the word is not of that kind
        RoleWords.Default.Is(word, kind).Should().BeFalse();
    }

    [Fact]
    public void Should_look_up_a_word_held_in_a_span_as_a_string()
    {
        // Given the sector of a code, cut from it without a string (SAUEDU → edu, lowered)
        var code = "SAUEDU".AsSpan(3);
        Span<char> sector = stackalloc char[3];
        code.ToLowerInvariant(sector);

        // When it is looked up as a span
        // Then it answers as the string would, and a longer or other word is not of the kind
        RoleWords.Default.Is(sector, RoleWordKind.Everyday).Should().Be(RoleWords.Default.Is("edu", RoleWordKind.Everyday)).And.BeTrue();
        RoleWords.Default.Is("edux".AsSpan(), RoleWordKind.Everyday).Should().BeFalse();
        RoleWords.Default.Is(sector, RoleWordKind.Agent).Should().BeFalse();
    }

    [Fact]
    public void Should_keep_every_kind_of_one_word_apart_in_its_mask()
    {
        // Given one word listed under every kind that may share a word (all but those carrying a sector)
        var shared = Enum.GetValues<RoleWordKind>().Where(k => k is not (RoleWordKind.Agent or RoleWordKind.Anaphor or RoleWordKind.Theatre)).ToList();
        var text = string.Join("\n", shared.Select(k => $"{k.ToString().ToLowerInvariant()}\tكلمه\t-\tgloss"));

        // When the list is loaded
        var words = RoleWords.Load(new StringReader(text), "test.tsv");

        // Then the word is of each of those kinds and of no other: no two kinds share a bit of the mask
        shared.Should().OnlyContain(k => words.Is("كلمه", k));
        words.Is("كلمه", RoleWordKind.Agent).Should().BeFalse();
        words.Is("كلمه", RoleWordKind.Theatre).Should().BeFalse();
    }

    [Fact]
    public void Should_give_a_two_word_agent_its_sector_only_in_its_order()
    {
        // Given a list with a group noun and its adjective as one agent
        var roles = RoleWords.Load(new StringReader("agent\tجماعات مسلحة\tREB\tarmed groups\n"), "test.tsv");

        // Then the pair in its order has the sector; the pair reversed and the first word alone have none
        roles.SectorOf("جماعات", "مسلحه").Should().Be("REB");
        roles.SectorOf("مسلحه", "جماعات").Should().BeNull();
        roles.SectorOf("جماعات").Should().BeNull();
    }

    [Fact]
    public void Should_give_a_generic_agent_its_sector()
    {
        // Given the plural of "protesters" as the analyzer's base (article removed)
        // Then it is a civilian group, and a function word has no sector
        RoleWords.Default.SectorOf("متظاهرون").Should().Be("CVL");
        RoleWords.Default.SectorOf("في").Should().BeNull();
    }

    [Fact]
    public void Should_find_a_claim_verb_stem_at_the_start_of_a_base()
    {
        // Given the base of تبنته (the pronoun split off)
        // Then the stem تبن begins it, and a word that only contains it does not match
        RoleWords.Default.StartsWithAny("تبنت", RoleWordKind.ClaimVerb, out var length).Should().BeTrue();
        length.Should().Be(3);
        RoleWords.Default.StartsWithAny("استبنت", RoleWordKind.ClaimVerb, out _).Should().BeFalse();
    }

    [Theory]
    // the same word twice in one kind
    [InlineData("day\tسبت\t-\tSaturday\nday\tسبت\t-\tagain")]
    // an agent listed in another kind too (its sector would be ambiguous)
    [InlineData("agent\tجنود\tMIL\tsoldiers\nday\tجنود\t-\tnot a day")]
    public void Should_reject_a_word_listed_twice_naming_the_line_that_repeats_it(string lines)
    {
        // Given a file whose second and third lines list one word twice
        var text = "# comment\n" + lines + "\n";

        // When it is loaded
        var load = () => RoleWords.Load(new StringReader(text), "roles.tsv");

        // Then the error names file and the third line
        load.Should().Throw<EventResourceException>().WithMessage("*roles.tsv*3*");
    }

    [Theory]
    // wrong number of fields
    [InlineData("agent\tجنود\tMIL")]
    // unknown kind
    [InlineData("verb\tقال\t-\tsay")]
    // a number is no kind
    [InlineData("3\tقال\t-\tsay")]
    // an agent without a role code
    [InlineData("agent\tجنود\t-\tsoldiers")]
    // a function word with a role code
    [InlineData("relative\tالذي\tGOV\twho")]
    public void Should_reject_a_malformed_line_naming_file_and_line(string line)
    {
        // Given a file whose second line is malformed
        var text = "# comment\n" + line + "\n";

        // When it is loaded
        var load = () => RoleWords.Load(new StringReader(text), "roles.tsv");

        // Then the error names file and line
        load.Should().Throw<EventResourceException>().WithMessage("*roles.tsv*2*");
    }
}
