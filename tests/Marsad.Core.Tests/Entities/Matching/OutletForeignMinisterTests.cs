using Marsad.Core.Entities;
using Marsad.Core.Entities.Knowledge;

namespace Marsad.Core.Tests.Entities.Matching;

/// <summary>
/// A bare وزير الخارجية in an outlet of a known state: its own minister when the article named him, even after his
/// foreign counterpart (kb10); the counterpart when the title stands right after his name.
/// </summary>
public sealed class OutletForeignMinisterTests
{
    private static readonly EntityRecognizer Recognizer = new(KnowledgeBase.Default);

    private static readonly DateOnly Date = new(2015, 8, 7);

    [Fact]
    public void Should_read_a_bare_foreign_minister_title_as_the_outlets_own_after_a_counterpart_was_named()
    {
        // Given a Saudi outlet's report of the Saudi minister meeting the Italian one, then a bare title
        const string text = "أجرى عادل الجبير في روما مباحثات مع وزير الخارجية الإيطالي باولو جينتيلوني. "
            + "وقال وزير الخارجية إن المحادثات تناولت الأوضاع في اليمن.";
        var mentions = Recognizer.Recognize(text, Date, "SAU");

        // Then the bare title is the Saudi minister; in an outlet of no known state it stays the latest named
        mentions.Single(m => m.Text == "وزير الخارجية").Name.Should().Be("Adel al-Jubeir");
        Recognizer.Recognize(text, Date).Single(m => m.Text == "وزير الخارجية").Name.Should().Be("Paolo Gentiloni");
    }

    [Fact]
    public void Should_keep_a_title_in_apposition_to_the_counterpart()
    {
        // Given the Saudi minister named first, then the Egyptian one with his title right after his name
        const string text = "التقى عادل الجبير في القاهرة أمس سامح شكري وزير الخارجية وبحثا الأوضاع في ليبيا.";
        var mentions = Recognizer.Recognize(text, Date, "SAU");

        // Then the title is the Egyptian minister's
        mentions.Single(m => m.Text == "وزير الخارجية").Name.Should().Be("Sameh Shoukry");
    }
}
