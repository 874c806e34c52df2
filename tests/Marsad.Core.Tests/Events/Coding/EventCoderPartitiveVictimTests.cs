using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// A group's members counted as killed (evname29): «قتل عنصران من X»، «قتل قيادي بارز من X في هجوم»، «N من X قتلوا وجرح M» make X
/// the victim, not the author, and not the author of the ambush they died in; a group that acts on an object after it
/// (قتل مسلحون من X عشرات القرويين) stays the author.
/// Sentences written for these tests.
/// </summary>
public sealed class EventCoderPartitiveVictimTests
{
    private static readonly DateOnly Published = new(2016, 3, 4);

    private static List<(string? Source, string? Target)> Assaults(string text) =>
        EventCoder.Default.Code(text, Published).Where(e => e.Plover == PloverType.Assault)
            .Select(e => (e.Source?.Code, e.Target?.Code)).ToList();

    [Theory]
    [InlineData("قتل عنصران من الشرطة التركية بالرصاص في مدينة أضنة.", "TURCOP")]
    [InlineData("قتل قيادي بارز من ميليشيات الحوثي في هجوم على موقعهم قرب الحدود.", "YEMREB")]
    [InlineData("قتل ضابط كبير من الشرطة العراقية وأصيب اثنان من مرافقيه.", "IRQCOP")]
    public void Should_make_the_group_of_a_killed_member_the_target(string sentence, string victim)
    {
        var assaults = Assaults(sentence);

        assaults.Should().Contain(a => a.Target == victim);
        assaults.Should().NotContain(a => a.Source == victim);
    }

    [Fact]
    public void Should_read_fighters_killed_and_others_wounded_as_the_victims()
    {
        var assaults = Assaults(
            "قال الجيش إن نحو 150 مقاتلا كرديا من حزب العمال الكردستاني قتلوا وجرح 90 آخرون في غارات تركية خلال عشرة أيام.");

        assaults.Should().Contain(a => a.Target == "TURREB");
        assaults.Should().NotContain(a => a.Source == "TURREB");
    }

    [Fact]
    public void Should_keep_a_group_that_kills_an_object_after_it_as_the_author()
    {
        var assaults = Assaults("قتل مسلحون من جماعة بوكو حرام عشرات القرويين في شمال نيجيريا.");

        assaults.Should().Contain(a => a.Source == "NGAREB");
    }

    [Fact]
    public void Should_keep_a_group_whose_object_follows_a_time_word_as_the_author()
    {
        var assaults = Assaults("خطف عناصر من جبهة النصرة مساء أمس قائدا عسكريا في ريف حلب.");

        assaults.Should().Contain(a => a.Source == "SYRREB");
    }

    [Fact]
    public void Should_not_make_those_killed_the_authors_of_the_ambush_they_died_in()
    {
        var assaults = Assaults("وقالت مصادر إن خمسة من عناصر الحوثيين قتلوا وأصيب ثمانية آخرون في كمين استهدف تعزيزاتهم قرب المدينة.");

        assaults.Should().Contain(a => a.Target == "YEMREB");
        assaults.Should().NotContain(a => a.Source == "YEMREB");
    }

    [Fact]
    public void Should_make_those_wounded_in_an_attack_its_victims()
    {
        var assaults = Assaults("وقال الجيش إن أربعة جنود أتراك أصيبوا في الهجوم على الموقع.");

        assaults.Should().Contain(a => a.Target == "TURMIL");
        assaults.Should().NotContain(a => a.Source == "TURMIL");
    }
}
