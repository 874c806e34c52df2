using Marsad.Core.Events;
using Marsad.Core.Events.Coding;
using static Marsad.Core.Tests.Events.Coding.EventTriples;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// A named person followed by his chain of titles (ولي ولي العهد وزير الدفاع، بن عبدالعزيز خادم الحرمين الشريفين): the titles are the
/// same person, not a second actor that takes the counterpart's place (session 16, real news).
/// </summary>
public sealed class EventCoderTitleChainTests
{
    private static readonly DateOnly Published = new(2016, 3, 10);

    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, Published);

    [Theory]
    // a title with no holder named at the end of the chain (وزير الدفاع), the guest after the place and the date
    [InlineData("استقبل الأمير محمد بن سلمان ولي ولي العهد وزير الدفاع في الرياض أمس الرئيس الفرنسي فرانسوا هولاند.", "FRA")]
    // the same holder linked twice (الملك سلمان … خادم الحرمين الشريفين), the counterpart after مع
    [InlineData("بحث الملك سلمان بن عبدالعزيز خادم الحرمين الشريفين في جدة اليوم مع رئيس الوزراء البريطاني ديفيد كاميرون العلاقات الثنائية.", "GBR")]
    public void Should_read_the_titles_after_a_name_as_the_same_person(string sentence, string guest)
    {
        // Given a meeting whose host is named with his titles before the guest
        // When it is coded
        var meetings = Code(sentence).Where(e => e.Plover == PloverType.Consult).ToList();

        // Then the guest is the counterpart, not the host's own title
        meetings.Should().NotBeEmpty();
        Triples(meetings).Should().Contain(("SAU", guest, PloverType.Consult));
        Triples(meetings).Should().NotContain(("SAU", "SAU", PloverType.Consult));
    }

    [Fact]
    public void Should_keep_a_second_named_person_after_the_name_as_the_counterpart()
    {
        // Given a prince meeting another named minister of his state right after his name
        var events = Code("التقى الأمير محمد بن سلمان بن عبدالعزيز وزير الداخلية الأمير محمد بن نايف في مكتبه أمس.");

        // Then that minister stays the counterpart: a title that names another holder is no apposition
        Triples(events).Should().Contain(("SAU", "SAU", PloverType.Consult));
    }
}
