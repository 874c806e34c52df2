using Marsad.Core.Entities;
using Marsad.Core.Entities.Knowledge;
using Marsad.Core.Entities.Matching;

namespace Marsad.Core.Tests.Entities.Matching;

/// <summary>A tagger's organization span that contains knowledge-base places replaces them; other overlaps keep the knowledge base.</summary>
public sealed class WiderTaggerSpanTests
{
    private static readonly EntityRecognizer Recognizer = new(KnowledgeBase.Default);

    private static IReadOnlyList<EntityMention> Recognize(string text, string span, EntityType type)
    {
        var start = text.IndexOf(span, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0);
        var candidate = new EntityMention(span, start, start + span.Length, type, null, null, null, null);
        return Recognizer.Recognize(text, GazetteerTokenizer.Tokenize(text), new DateOnly(2016, 1, 1), [candidate]);
    }

    [Fact]
    public void Should_let_an_organization_span_replace_the_city_it_contains()
    {
        var mentions = Recognize("نشرت صحيفة نيويورك تايمز تقريرا مطولا عن الانتخابات.", "نيويورك تايمز", EntityType.Org);

        mentions.Should().ContainSingle(m => m.Text == "نيويورك تايمز").Which.Type.Should().Be(EntityType.Org);
        mentions.Should().NotContain(m => m.Text == "نيويورك");
    }

    [Fact]
    public void Should_keep_the_city_when_the_wider_span_is_a_person()
    {
        var mentions = Recognize("نشرت صحيفة نيويورك تايمز تقريرا مطولا عن الانتخابات.", "نيويورك تايمز", EntityType.Person);

        mentions.Should().Contain(m => m.Text == "نيويورك" && m.Type == EntityType.Gpe);
        mentions.Should().NotContain(m => m.Text == "نيويورك تايمز");
    }

    [Fact]
    public void Should_keep_a_state_inside_an_organization_span()
    {
        // A state keeps its country and actor code, which the events stage needs.
        var mentions = Recognize("قال مسؤول في حكومة الأردن إن الحدود ستفتح غدا.", "حكومة الأردن", EntityType.Org);

        mentions.Should().Contain(m => m.Country == "JOR");
        mentions.Should().NotContain(m => m.Text == "حكومة الأردن" && m.Country == null);
    }

    [Fact]
    public void Should_keep_the_city_when_the_span_only_overlaps_it()
    {
        var mentions = Recognize("وصل الوفد إلى نيويورك أمس في زيارة قصيرة.", "يورك أمس", EntityType.Org);

        mentions.Should().Contain(m => m.Text == "نيويورك" && m.Type == EntityType.Gpe);
        mentions.Should().NotContain(m => m.Text == "يورك أمس");
    }
}
