using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// An actor right after the source with the very same code (state and sector) is the source's name or title in apposition
/// (رئيس مجلس النواب العراقي سليم الجبوري), not its counterpart: the counterpart is the next actor, and when there is none no
/// counterpart is taken from the sentence's places or implied (<c>ArgumentRoles.Apposition</c>; evrand30). Sentences written
/// for these tests.
/// </summary>
public sealed class EventCoderAppositionTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static List<Event> Code(string text) => EventCoder.Default.Code(text, Published).ToList();

    [Fact]
    public void Should_take_the_actor_after_the_name_of_the_speaker_as_the_counterpart()
    {
        // Given the head of a parliament, then his name, then the one he calls on
        var events = Code("دعا رئيس مجلس النواب العراقي سليم الجبوري اليوم رئيس الوزراء حيدر العبادي إلى تسريع الإصلاحات.");

        // Then the call goes to the prime minister, not to the speaker's own name
        events.Should().Contain(e => e.Plover == PloverType.Request && e.Target != null && e.Target.Name == "Haider al-Abadi");
        events.Should().NotContain(e => e.Source != null && e.Target != null && e.Source.Code == e.Target.Code);
    }

    [Fact]
    public void Should_take_a_foreign_guest_after_the_host_and_his_name()
    {
        // Given a speaker of parliament named after his title, then a place, then his guest
        var events = Code("التقى رئيس مجلس النواب اللبناني نبيه بري في بيروت أمس السفير الفرنسي.");

        // Then the meeting is with the French ambassador
        events.Should().Contain(e => e.Plover == PloverType.Consult && e.Source != null && e.Source.Country == "LBN"
            && e.Target != null && e.Target.Country == "FRA");
    }

    [Fact]
    public void Should_code_no_counterpart_when_only_the_name_follows()
    {
        // Given an approval whose only actor after the speaker's title is his own name
        var events = Code("وافق رئيس مجلس النواب اللبناني نبيه بري على اقتراح تأجيل الجلسة إلى الأسبوع المقبل.");

        // Then no agreement is coded toward the speaker himself or toward his state
        events.Should().NotContain(e => e.Plover == PloverType.Agree);
    }

    [Fact]
    public void Should_keep_a_minister_received_by_his_head_of_state()
    {
        // Given a president receiving his foreign minister (two men of one state, each with his own code)
        var events = Code("استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية سامح شكري.");

        // Then the reception is kept with the minister as its counterpart
        events.Should().Contain(e => e.Plover == PloverType.Consult && e.Source != null && e.Source.Code == "EGYGOV"
            && e.Target != null && e.Target.Name == "Sameh Shoukry");
    }
}
