using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// A person or body in the genitive right after زيارة is the visitor, not the object of whoever comments on, welcomes or protests
/// the visit earlier in the clause; the host is the visit's destination (evconj28).
/// </summary>
public sealed class EventCoderGenitiveVisitorTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static List<Event> Code(string text) => EventCoder.Default.Code(text, Published).ToList();

    [Theory]
    [InlineData("اهتمت الصحف الأردنية بزيارة ولي العهد السعودي إلى الأردن.", "SAUGOV", "JOR")]
    [InlineData("تظاهر مئات الطلاب في طهران احتجاجا على زيارة وزير الخارجية الفرنسي إلى إيران.", "FRAGOV", "IRN")]
    [InlineData("وتشمل زيارة وزير الدفاع الأمريكي ايضا الأردن.", "USAGOV", "JOR")]
    public void Should_make_the_genitive_the_visitor(string sentence, string visitor, string host)
    {
        // Given a visit named by its visitor in the genitive, after another actor of the clause
        var events = Code(sentence);

        // Then the visitor visits the host
        events.Should().Contain(e => e.Plover == PloverType.Consult && e.Source != null && e.Source.Code == visitor
            && e.Target != null && e.Target.Code == host);
        events.Should().NotContain(e => e.Plover == PloverType.Consult && e.Target != null && e.Target.Code == visitor);
    }

    [Fact]
    public void Should_keep_the_host_named_as_the_genitive_of_a_state()
    {
        // Given «the minister arrived on a visit to Egypt»: a state after زيارة is the host
        var events = Code("وصل وزير الخارجية الأمريكي إلى القاهرة في زيارة لمصر.");

        // Then the minister is the visitor
        events.Should().Contain(e => e.Plover == PloverType.Consult && e.Source != null && e.Source.Code == "USAGOV"
            && e.Target != null && e.Target.Country == "EGY");
    }
}
