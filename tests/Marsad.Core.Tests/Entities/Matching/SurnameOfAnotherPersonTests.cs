using Marsad.Core.Entities;
using Marsad.Core.Entities.Matching;

namespace Marsad.Core.Tests.Entities.Matching;

/// <summary>A surname the knowledge base links alone, at the end of someone else's name, is not that person.</summary>
public sealed class SurnameOfAnotherPersonTests
{
    private static readonly DateOnly Date = new(2015, 8, 1);

    [Theory]
    // another given name before the surname: another man
    [InlineData("وقال جون هاموند رئيس جمعية الصيادين إن الموسم كان صعبا.", "جون هاموند")]
    [InlineData("وحضر اللقاء رئيس النادي هشام مرسي وأعضاء مجلس الإدارة.", "هشام مرسي")]
    public void Should_leave_the_longer_name_unlinked(string text, string name)
    {
        // Given the tagger's person span over the whole name
        var mentions = Recognize(text, name);

        // Then the surname is not linked to the famous bearer; the span stays, unlinked
        mentions.Should().ContainSingle(m => m.Type == EntityType.Person).Which.Should().Match<EntityMention>(m => m.Text == name && m.Name == null);
    }

    [Theory]
    // the bearer's own given name, with a patronymic between
    [InlineData("ووصل وزير الخارجية عادل بن أحمد الجبير إلى الدوحة.", "عادل بن أحمد الجبير", "الجبير", "Adel al-Jubeir")]
    // a word the tagger took in that is no given name
    [InlineData("وقال الوزير فإن هاموند سيزور المنطقة قريبا.", "فإن هاموند", "هاموند", "Philip Hammond")]
    public void Should_keep_the_link_when_the_name_is_the_bearers(string text, string span, string surname, string person)
    {
        var mentions = Recognize(text, span);

        mentions.Should().Contain(m => m.Text == surname && m.Name == person);
    }

    [Fact]
    public void Should_link_the_surname_alone_as_before()
    {
        var mentions = Recognize("وقال هاموند إن بلاده ستدعم الاتفاق.", null);

        mentions.Should().Contain(m => m.Text == "هاموند" && m.Name == "Philip Hammond");
    }

    // The knowledge base's mentions with one tagger person span over `span` (none when null).
    private static IReadOnlyList<EntityMention> Recognize(string text, string? span)
    {
        var candidates = new List<EntityMention>();
        if (span is not null)
        {
            var start = text.IndexOf(span, StringComparison.Ordinal);
            candidates.Add(new EntityMention(span, start, start + span.Length, EntityType.Person, null, null, null, null));
        }
        return EntityRecognizer.KnowledgeBaseOnly.Recognize(text, GazetteerTokenizer.Tokenize(text), Date, candidates);
    }
}
