using Marsad.Core.Entities;
using Marsad.Core.Entities.Quotes;

namespace Marsad.Core.Tests.Entities.Quotes;

/// <summary>Which actor a speaker's words name.</summary>
public sealed class SpeakerLinkerTests
{
    [Fact]
    public void Should_prefer_a_known_person_to_the_state_of_his_title()
    {
        var (quote, text) = Spoken("وزير الخارجية الأمريكي جون كيري");
        var entities = new[] { Gpe(text, "الأمريكي", "United States", "USA"), Person(text, "جون كيري", "John Kerry") };

        SpeakerLinker.Link(quote, entities).Speaker.Should().Be("John Kerry");
    }

    [Theory]
    // an official of a state speaks for it
    [InlineData("مسؤول أمريكي رفيع", "الأمريكي", "United States")]
    // so does a minister named first, his title after his name
    [InlineData("سامي الحربي وزير التخطيط المصري", "المصري", "Egypt")]
    // a head word behind a preposition
    [InlineData("المنسقية العامة لرئاسة الوزراء التركية", "التركية", "Türkiye")]
    // a state that opens the phrase is the speaker
    [InlineData("روسيا في بيان", "روسيا", "Russia")]
    public void Should_link_a_state_that_speaks(string phrase, string mention, string state)
    {
        var (quote, text) = Spoken(phrase);
        var entities = new List<EntityMention> { Gpe(text, mention, state, "XXX") };
        if (phrase.StartsWith("سامي", StringComparison.Ordinal))
        {
            entities.Insert(0, Person(text, "سامي الحربي", null));
        }

        SpeakerLinker.Link(quote, entities).Speaker.Should().Be(state);
    }

    [Theory]
    // a scholar, observers and a champion are not their state
    [InlineData("عالم الاجتماع الفرنسي", "الفرنسي")]
    [InlineData("المراقبون المصريون", "المصريون")]
    [InlineData("بطل السعودية", "السعودية")]
    public void Should_not_make_a_nisba_the_speaker(string phrase, string mention)
    {
        var (quote, text) = Spoken(phrase);

        SpeakerLinker.Link(quote, [Gpe(text, mention, "Somewhere", "XXX")]).Speaker.Should().BeNull();
    }

    [Fact]
    public void Should_not_make_a_city_the_speaker()
    {
        // Given an official of a city's office: the city has no CAMEO code
        var (quote, text) = Spoken("مدير التعليم بمحافظة ينبع");
        var city = new EntityMention("ينبع", text.IndexOf("ينبع", StringComparison.Ordinal), text.IndexOf("ينبع", StringComparison.Ordinal) + 4,
            EntityType.Gpe, "Yanbu", null, "SAU", null);

        SpeakerLinker.Link(quote, [city]).Speaker.Should().BeNull();
    }

    [Fact]
    public void Should_link_an_organization_named_inside_the_phrase()
    {
        var (quote, text) = Spoken("أجهزة الاستخبارات التركية");
        var start = text.IndexOf("الاستخبارات", StringComparison.Ordinal);
        var agency = new EntityMention("الاستخبارات التركية", start, start + "الاستخبارات التركية".Length, EntityType.Org,
            "Turkish intelligence", null, "TUR", "TURSPY");

        SpeakerLinker.Link(quote, [agency]).Speaker.Should().Be("Turkish intelligence");
    }

    [Fact]
    public void Should_leave_an_unknown_person_unlinked()
    {
        var (quote, text) = Spoken("الشاعرة العراقية ليلى الراوي");
        var entities = new[] { Gpe(text, "العراقية", "Iraq", "IRQ"), Person(text, "ليلى الراوي", null) };

        SpeakerLinker.Link(quote, entities).Speaker.Should().BeNull();
    }

    [Theory]
    // a head of state whose name the knowledge base does not hold on the day speaks for his state
    [InlineData("الرئيس الأوكراني", "UKR", "UKRGOV", "Ukraine")]
    // so does a commander of a state's army
    [InlineData("قائد الجيش الأوكراني", "UKR", "UKRMIL", "Ukraine")]
    public void Should_link_the_state_of_an_office_whose_holder_is_unknown(string phrase, string country, string code, string state)
    {
        var (quote, text) = Spoken(phrase);
        var office = new EntityMention(phrase, 5, 5 + phrase.Length, EntityType.Person, null, null, country, code);

        SpeakerLinker.Link(quote, [office]).Speaker.Should().Be(state);
    }

    [Fact]
    public void Should_not_link_a_private_person_of_a_state_or_prefer_an_office_to_a_named_person()
    {
        // A writer coded as a civilian of his state is nobody's spokesman
        var (writer, text) = Spoken("الكاتب الأوكراني");
        var civilian = new EntityMention("الكاتب الأوكراني", 5, 5 + "الكاتب الأوكراني".Length, EntityType.Person, null, null, "UKR", "UKRCVL");
        SpeakerLinker.Link(writer, [civilian]).Speaker.Should().BeNull();

        // A person the knowledge base knows, named after the office, is the speaker
        var (kerry, kerryText) = Spoken("الوزير الأمريكي جون كيري");
        var office = new EntityMention("الوزير الأمريكي", 5, 5 + "الوزير الأمريكي".Length, EntityType.Person, null, null, "USA", "USAGOV");
        SpeakerLinker.Link(kerry, [office, Person(kerryText, "جون كيري", "John Kerry")]).Speaker.Should().Be("John Kerry");
    }

    // A quote whose speaker phrase sits after «وقال » in a text, with the text.
    private static (Quote Quote, string Text) Spoken(string phrase)
    {
        var text = "وقال " + phrase + " إن الأمر انتهى.";
        var start = 5;
        var quote = new Quote(null, phrase, "الأمر انتهى", text.Length - 12, text.Length - 1)
        {
            SpeakerStart = start,
            SpeakerEnd = start + phrase.Length,
        };
        return (quote, text);
    }

    private static EntityMention Gpe(string text, string words, string name, string code)
    {
        var start = text.IndexOf(words, StringComparison.Ordinal);
        return new EntityMention(words, start, start + words.Length, EntityType.Gpe, name, null, code, code);
    }

    private static EntityMention Person(string text, string words, string? name)
    {
        var start = text.IndexOf(words, StringComparison.Ordinal);
        return new EntityMention(words, start, start + words.Length, EntityType.Person, name, null, null, null);
    }
}
