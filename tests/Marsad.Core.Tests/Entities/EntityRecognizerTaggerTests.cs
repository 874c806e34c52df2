using Marsad.Core.Entities;
using Marsad.Core.Entities.Knowledge;

namespace Marsad.Core.Tests.Entities;

/// <summary>The statistical tagger's names inside <see cref="EntityRecognizer.Default"/>: unknown names added, unlinked, beside the knowledge base's.</summary>
public sealed class EntityRecognizerTaggerTests
{
    private static readonly DateOnly Date = new(2016, 1, 1);

    [Fact]
    public void Should_add_a_person_the_knowledge_base_does_not_know_unlinked()
    {
        const string text = "وقال المهندس سامر الخليفاوي مدير المشروع إن العمل سيبدأ الشهر المقبل.";

        var mentions = EntityRecognizer.Default.Recognize(text, Date);

        var person = mentions.Should().ContainSingle(m => m.Text == "سامر الخليفاوي").Subject;
        person.Type.Should().Be(EntityType.Person);
        person.Name.Should().BeNull();
        person.Id.Should().BeNull();
        text[person.Start..person.End].Should().Be(person.Text);
    }

    [Fact]
    public void Should_find_nothing_there_without_the_tagger()
    {
        var mentions = new EntityRecognizer(KnowledgeBase.Default)
            .Recognize("وقال المهندس سامر الخليفاوي مدير المشروع إن العمل سيبدأ الشهر المقبل.", Date);

        mentions.Should().BeEmpty();
    }

    [Fact]
    public void Should_give_an_unknown_name_after_a_title_with_a_nisba_that_state()
    {
        var mentions = EntityRecognizer.Default.Recognize("أعلن وزير الخارجية الموريتاني محمد ولد عبد الله أن بلاده ستستضيف القمة.", Date);

        var person = mentions.Should().ContainSingle(m => m.Type == EntityType.Person).Subject;
        person.Text.Should().Contain("ولد عبد الله");
        person.Country.Should().Be("MRT");
        person.Code.Should().Be("MRTGOV");
        person.Name.Should().BeNull();
    }

    [Fact]
    public void Should_keep_known_actors_linked_and_mentions_apart()
    {
        var mentions = EntityRecognizer.Default.Recognize("استقبل الرئيس الروسي فلاديمير بوتين في الكرملين رجل الأعمال كريم النجار.", Date);

        mentions.Should().Contain(m => m.Name == "Vladimir Putin" && m.Id != null);
        mentions.Should().Contain(m => m.Text == "كريم النجار" && m.Name == null && m.Type == EntityType.Person);
        for (var i = 1; i < mentions.Count; i++)
        {
            mentions[i].Start.Should().BeGreaterThanOrEqualTo(mentions[i - 1].End, "mentions do not overlap");
        }
    }
}
