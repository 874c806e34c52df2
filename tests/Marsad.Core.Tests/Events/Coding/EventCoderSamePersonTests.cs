using Marsad.Core.Events;
using Marsad.Core.Reading;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// A title in apposition to a name (سيرغي لافروف وزير الخارجية) is the same person, whom the resolver links twice: he is
/// never his own counterpart. And a title followed by the preposition على (normalized like the name علي) is the office
/// holder's, not a man named Ali's. Sentences written for these tests.
/// </summary>
public sealed class EventCoderSamePersonTests
{
    private static IReadOnlyList<Event> Code(string sentence) =>
        new Pipeline().Process(new RawPage
        {
            Origin = "person.txt",
            Content = "خبر\n" + sentence,
            Kind = ContentKind.Text,
            Date = new DateOnly(2016, 4, 1),
            IsArticle = true,
        }).Events;

    [Fact]
    public void Should_not_make_a_named_person_the_target_of_his_own_act_through_his_title()
    {
        var events = Code("وانتقد سيرغي لافروف وزير الخارجية الروسي تصريحات المسؤولين الأتراك.");

        events.Should().NotContain(e => e.Source != null && e.Target != null && e.Source.Name != null && e.Source.Name == e.Target.Name);
    }

    [Fact]
    public void Should_resolve_a_title_before_the_preposition_ala_to_the_office_holder()
    {
        var events = Code("وشدد وزير الخارجية الروسي على أهمية التعاون مع الحكومة الإيرانية في مكافحة الإرهاب.");

        events.Should().Contain(e => e.Source != null && e.Source.Name == "Sergey Lavrov");
    }
}
