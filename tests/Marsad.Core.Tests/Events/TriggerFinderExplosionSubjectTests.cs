using Marsad.Core.Events;

namespace Marsad.Core.Tests.Events;

/// <summary>
/// An explosion verb (intransitive) takes the bomb named before it as its subject, up to ten words back (سيارة مفخخة مركونة
/// قرب السوق المركزي انفجرت); a protest verb's subject companion is sought only three words back.
/// </summary>
public sealed class TriggerFinderExplosionSubjectTests
{
    [Theory]
    [InlineData("قال الشاهد إن سيارة مفخخة مركونة قرب بوابة السوق المركزي انفجرت ظهر اليوم.")]
    [InlineData("وذكرت الشرطة أن عبوة ناسفة مزروعة على جانب الطريق الرئيسي انفجرت لدى مرور حافلة.")]
    public void Should_find_an_explosion_whose_bomb_is_named_far_before_it(string sentence)
    {
        // Given a bomb word five to seven words before انفجرت, its place between
        var found = TriggerFinderTests.Find(sentence);

        // Then the verb itself is the assault
        found.Should().Contain(c => c.Plover == PloverType.Assault && c.Form == WordForm.Past && c.Cameo.StartsWith("183", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_find_no_explosion_without_a_bomb_word()
    {
        // Given a tyre that exploded (no bomb word in the sentence)
        var found = TriggerFinderTests.Find("قال السائق إن إطار الشاحنة الأمامي القديم انفجر على الطريق السريع.");

        // Then no assault is found
        found.Should().NotContain(c => c.Plover == PloverType.Assault);
    }
}
