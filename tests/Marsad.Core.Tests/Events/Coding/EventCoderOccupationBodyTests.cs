using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// The occupation's bodies named bare (قوات الاحتلال، سلطات الاحتلال، شرطة الاحتلال; roles.tsv two-word agents) are Israel's, not
/// bodies of the place's state; with a nisba (قوات الاحتلال الأمريكية) the nisba's state stays theirs (evrole27).
/// </summary>
public sealed class EventCoderOccupationBodyTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static List<Event> Code(string text) => EventCoder.Default.Code(text, Published).ToList();

    [Theory]
    [InlineData("اعتقلت قوات الاحتلال فجر اليوم أربعة شبان من مخيم في نابلس.", "ISRMIL")]
    [InlineData("أفاد شهود أن جنود الاحتلال أطلقوا النار على المزارعين قرب رام الله.", "ISRMIL")]
    [InlineData("قال مسؤول محلي إن سلطات الاحتلال هدمت منزلا في القدس.", "ISRGOV")]
    [InlineData("منعت شرطة الاحتلال المصلين من دخول المسجد في الخليل.", "ISRCOP")]
    public void Should_code_a_bare_occupation_body_as_Israels(string sentence, string code)
    {
        // Given an occupation body named without a nisba in a Palestinian place
        var events = Code(sentence);

        // Then it is the act's Israeli source, not a Palestinian body
        events.Should().Contain(e => e.Source != null && e.Source.Code == code);
        events.Should().NotContain(e => e.Source != null && e.Source.Code != null && e.Source.Code.StartsWith("PSE", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_keep_the_state_of_a_nisba_after_the_occupation_forces()
    {
        // Given occupation forces with another state's nisba
        var events = Code("هاجمت قوات الاحتلال الأمريكية مدينة الفلوجة.");

        // Then they are that state's forces
        events.Should().Contain(e => e.Source != null && e.Source.Code == "USAMIL");
    }
}
