using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// Persons and officials the knowledge base does not know (a personal title before a name, an office noun heading an unknown
/// body) hold the subject's place and code nothing: the act gets no author rather than the nearest actor (roles.tsv kinds
/// honorific and officeholder; evunk30). Our own sentences.
/// </summary>
public sealed class EventCoderUnknownPersonTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static List<Event> Code(string text) => EventCoder.Default.Code(text, Published).ToList();

    [Theory]
    [InlineData("ورحب الدكتور الحربي بالوفد الكويتي في مقر الجمعية.", "KWT")]
    [InlineData("وأشاد مدير مرور محافظة الطائف بجهود الجيش المصري.", "EGY")]
    [InlineData("وأشاد الدكتور التركي بالدور المصري في المنطقة.", "EGY")]
    [InlineData("وأشاد اللواء سعد بن فهيد الأردني بجهود الشرطة الكويتية.", "KWT")]
    public void Should_not_take_the_praised_actor_for_an_unknown_speakers_act(string sentence, string praised)
    {
        // Given a praise whose subject is a titled person or an official the knowledge base does not know
        var events = Code(sentence);

        // Then the praised actor is not the author, and no state is read from a family name (التركي، الأردني)
        events.Should().NotContain(e => GoldScore.Country(e.Source) == praised);
        events.Should().NotContain(e => GoldScore.Country(e.Source) == "TUR" || GoldScore.Country(e.Source) == "JOR");
    }

    [Fact]
    public void Should_keep_a_linked_speakers_act()
    {
        // Given a praise whose subject the knowledge base links
        var events = Code("أشاد وزير الخارجية السعودي بالدور المصري في المنطقة.");

        // Then it is coded as before
        EventTriples.Triples(events).Should().Contain(("SAU", "EGY", PloverType.Support));
    }

    [Fact]
    public void Should_read_an_unknown_name_before_a_linked_title_as_that_titles_holder()
    {
        // Given a greeting to a person the knowledge base does not know, named with her title after her name
        var events = Code("هنأ الملك سلمان السيدة ماريا لوبيز رئيسة جمهورية تشيلي بذكرى الاستقلال.");

        // Then the title, not the unknown name, is the counterpart
        EventTriples.Triples(events).Should().Contain(("SAU", "CHL", PloverType.Support));
    }

    [Fact]
    public void Should_keep_a_named_addressee_before_an_unknown_office_in_the_content()
    {
        // Given an appeal to a named group whose content mentions an office of no known body
        var events = Code("ودعا وزير الخارجية المصري اللبنانيين إلى التوافق بشأن انتخاب رئيس الجمهورية.");

        // Then the group stays the addressee
        EventTriples.Triples(events).Should().Contain(("EGY", "LBN", PloverType.Request));
    }
}
