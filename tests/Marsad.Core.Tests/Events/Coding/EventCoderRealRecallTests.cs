using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// Session 19 (evreal20) recall on real news: a group noun whose nisba stands after an adjective (طائرات حربية تركية), the
/// second party of بين after a counterpart, a title or an adjective (بين الوزير ونظيره الروسي). Sentences written for these tests.
/// </summary>
public sealed class EventCoderRealRecallTests
{
    private static readonly DateOnly Published = new(2024, 5, 2);

    private static IReadOnlyList<Event> Code(string text) => EventCoder.Default.Code(text, Published);

    private static string? From(Event e) => e.Source?.Country ?? e.Source?.Code?[..3];

    private static string? To(Event e) => e.Target?.Country ?? e.Target?.Code?[..3];

    [Theory]
    [InlineData("وقصفت طائرات حربية روسية مواقع لداعش قرب تدمر.", "RUS")]
    [InlineData("وهاجمت قوات برية تركية مواقع لحزب العمال الكردستاني.", "TUR")]
    public void Should_read_the_nisba_after_an_adjective_as_the_group_state(string sentence, string state)
    {
        // Given a group noun, an adjective and a nisba (forces of that state) before the verb's object
        var events = Code(sentence);

        // Then the group is the state's military, the source of the attack
        events.Should().Contain(e => e.Plover == PloverType.Assault && From(e) == state && e.Source!.Code!.EndsWith("MIL", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_keep_a_group_without_a_nisba_after_its_adjective()
    {
        // Given a group noun and an adjective with a state named later as a place, not a nisba
        var events = Code("وقصفت طائرات حربية مواقع للمسلحين في اليمن.");

        // Then no state of the place becomes the group's
        events.Should().NotContain(e => e.Source != null && e.Source.Code == "YEMMIL" && e.Source.Text.Contains("حربية", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وبدأت جولة مباحثات بين وزير الخارجية الأمريكي ونظيره الروسي في جنيف.", "USA", "RUS")]
    [InlineData("وتجري مباحثات بين وزير الخارجية الأمريكي جون كيري ووزراء الخارجية في مجلس التعاون الخليجي.", "USA", "IGO")]
    [InlineData("وجرت محادثات بين الحكومة الأردنية والجهات الحكومية المصرية في عمان.", "JOR", "EGY")]
    public void Should_read_both_parties_after_between(string sentence, string first, string second)
    {
        // Given a talk noun and بين with a second party behind a counterpart, members of a body or an adjective
        var events = Code(sentence);

        // Then the two parties meet, each way
        events.Should().Contain(e => From(e) == first && To(e) == second);
        events.Should().Contain(e => From(e) == second && To(e) == first);
    }

    [Fact]
    public void Should_not_take_a_later_clause_subject_as_the_second_party()
    {
        // Given بين with a second party that no actor names, and a later clause's subject
        var events = Code("وزار الوزير الألماني طهران بعد الاتفاق النووي بين إيران والقوى الكبرى الذي تعارضه إسرائيل.");

        // Then Israel is no party of a meeting
        events.Should().NotContain(e => e.Plover == PloverType.Consult && (From(e) == "ISR" || To(e) == "ISR"));
    }

    [Fact]
    public void Should_not_take_a_nisba_after_a_preposition_as_a_party()
    {
        // Given بين with a party no slot covers, then a preposition and a nisba
        var events = Code("وصل ولي العهد السعودي إلى القاهرة في زيارة لتعزيز التنسيق بين البلدين حول الملف اليمني.");

        // Then Yemen is no party
        events.Should().NotContain(e => To(e) == "YEM" || From(e) == "YEM");
    }

    [Theory]
    [InlineData("وأسفر الهجوم عن مقتل عشرين شخصا من بينهم نساء وأطفال وجندي عراقي.")]
    [InlineData("وأصابت الغارات أهدافا قرب مدن عدة بينها الموصل والفلوجة.")]
    public void Should_not_read_among_as_two_parties(string sentence)
    {
        // Given بين with a pronoun or after من: "among", a part of a whole
        var events = Code(sentence);

        // Then no event goes between the parts
        events.Should().NotContain(e => From(e) != null && From(e) == To(e));
    }

    [Fact]
    public void Should_not_skip_the_first_party_to_a_coordinated_state()
    {
        // Given a first party no slot covers, then states coordinated with it
        var events = Code("وقال القيادي إن المفاوضات بين ممثلي الحزب والولايات المتحدة وبريطانيا حققت تقدما.");

        // Then the two states are not each other's partners
        events.Should().NotContain(e => From(e) == "USA" && To(e) == "GBR");
        events.Should().NotContain(e => From(e) == "GBR" && To(e) == "USA");
    }
}
