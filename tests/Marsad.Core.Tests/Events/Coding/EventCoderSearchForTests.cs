using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// بحث followed by عن with a pronoun (البحث عنه، البحث عنهم) is a search for someone named before, not a discussion (evrand32).
/// </summary>
public sealed class EventCoderSearchForTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    [Theory]
    [InlineData("وواصلت الشرطة المصرية البحث عنهم بالتعاون مع وزارة الداخلية الليبية.")]
    [InlineData("وتواصل الشرطة المصرية البحث عنها مع وزارة الداخلية الليبية منذ أيام.")]
    public void Should_read_a_search_as_no_discussion(string sentence)
    {
        // When the police search for someone together with another state's ministry
        var events = EventCoder.Default.Code(sentence, Published);

        // Then no discussion is coded
        events.Should().NotContain(e => e.Plover == PloverType.Consult);
    }
}
