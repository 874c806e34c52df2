using Marsad.Core.Events;
using Marsad.Core.Reading;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// مقاطعة is a boycott or a province: before a place or a name the text links to no actor it is the province (roles.tsv kind
/// <c>region</c>); a word inside the name of a place the text links (تدمر، بعقوبة) is no trigger. Sentences written for these tests.
/// </summary>
public sealed class EventCoderRegionTests
{
    private static IReadOnlyList<Event> Code(string sentence) =>
        new Pipeline().Process(new RawPage
        {
            Origin = "region.txt",
            Content = "خبر\n" + sentence,
            Kind = ContentKind.Text,
            Date = new DateOnly(2015, 7, 21),
            IsArticle = true,
        }).Events;

    [Theory]
    [InlineData("وقال متحدث باسم شرطة مقاطعة يوركشاير البريطانية إن التحقيق مستمر.")]
    [InlineData("أعلن علماء صينيون بمقاطعة يونان اكتشاف نوع جديد من النباتات.")]
    [InlineData("وضم المعرض صورا لأمير مقاطعة أبها في الستينيات.")]
    public void Should_read_the_province_before_a_place_as_no_boycott(string sentence) =>
        Code(sentence).Should().NotContain(e => e.Plover == PloverType.Protest);

    [Theory]
    [InlineData("وأعلنت نقابات المهندسين الأردنية مقاطعة إسرائيل.")]
    [InlineData("وأعلنت أحزاب المعارضة المصرية مقاطعة الانتخابات البرلمانية.")]
    public void Should_keep_the_boycott_of_a_state_or_of_a_thing(string sentence) =>
        Code(sentence).Should().Contain(e => e.Plover == PloverType.Protest);
    [Theory]
    // تدمر is Palmyra, not "destroys"; بعقوبة is Baqubah, not ب + عقوبة "with a sanction"
    [InlineData("وتقع القرية على الطريق بين مدينة تدمر ومدينة حمص.", "تدمر")]
    [InlineData("وصل وفد من المحافظة إلى بعقوبة للقاء الأهالي.", "بعقوبة")]
    public void Should_read_no_trigger_inside_the_name_of_a_place(string sentence, string name) =>
        Code(sentence).Should().NotContain(e => e.Trigger == name);
}
