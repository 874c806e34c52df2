using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// The dead of a noun of death (evnisba30): «مقتل X» makes X the victim, never the killer; the subject of a verb of telling
/// (أعلن، أكد، أفاد) before it is not the killer of its own dead (its soldiers, police, civilians, a pronoun pointing back to it),
/// and stays the author of enemies it tells of as killed. Sentences written for these tests.
/// </summary>
public sealed class EventCoderToldDeathTests
{
    private static readonly DateOnly Published = new(2016, 5, 9);

    private static List<(string? Source, string? Target)> Assaults(string text) =>
        EventCoder.Default.Code(text, Published).Where(e => e.Plover == PloverType.Assault)
            .Select(e => (e.Source?.Code, e.Target?.Code)).ToList();

    [Theory]
    [InlineData("وقال الوزير إن مقتل الأردني أثار غضبا واسعا في عمان.", "JOR")]
    [InlineData("وأثار مقتل السفير الأمريكي موجة من الغضب.", "USAGOV")]
    [InlineData("ولم تتبن أي جماعة حتى الآن مقتل السوداني.", "SDN")]
    public void Should_not_make_the_dead_the_killer(string sentence, string dead)
    {
        Assaults(sentence).Should().NotContain(a => a.Source == dead);
    }

    [Fact]
    public void Should_make_the_tellers_own_soldiers_the_victims_without_an_author()
    {
        var assaults = Assaults("أعلن الجيش التركي مقتل ثلاثة جنود أتراك في هجوم على قافلة عسكرية قرب الحدود.");

        assaults.Should().Contain(a => a.Source == null && a.Target == "TURMIL");
        assaults.Should().NotContain(a => a.Source == "TURMIL");
    }

    [Theory]
    [InlineData("أكدت وزارة الداخلية المصرية مقتل اثنين من رجالها في سيناء.", "EGYGOV")]
    [InlineData("أعلنت الشرطة المصرية مقتل 12 شخصا في حادث مروري على طريق الصعيد.", "EGYCOP")]
    [InlineData("وأفادت مصادر أمنية عراقية بمقتل 17 مدنيا في بعقوبة.", "IRQ")]
    public void Should_not_make_the_teller_the_killer_of_its_own(string sentence, string teller)
    {
        Assaults(sentence).Should().NotContain(a => a.Source == teller);
    }

    [Theory]
    [InlineData("أعلن الجيش العراقي مقتل 15 من عناصر تنظيم داعش في الأنبار.", "IRQMIL", "IMG")]
    [InlineData("أعلنت المعارضة السورية مقتل 20 من قوات النظام السوري في ريف حماة.", "SYROPP", "SYRGOV")]
    public void Should_keep_the_teller_as_the_killer_of_its_enemies(string sentence, string teller, string enemy)
    {
        Assaults(sentence).Should().Contain(a => a.Source == teller && a.Target == enemy);
    }

    [Fact]
    public void Should_not_take_a_party_after_the_dead_for_them()
    {
        Assaults("أفادت مصادر يمنية بمقتل ستة من الحوثيين في اشتباكات مع المقاومة الشعبية.")
            .Should().NotContain(a => a.Source == null && a.Target == "YEMMIL");
    }

    [Theory]
    [InlineData("واستنكر البرلمان استمرار اختطاف الإيطاليين في ليبيا منذ شهرين.", "ITA")]
    [InlineData("وتحدث التقرير عن قصف السوريين في الغوطة بالبراميل.", "SYR")]
    public void Should_read_a_nisba_standing_alone_after_an_act_noun_as_its_object(string sentence, string nationals)
    {
        EventCoder.Default.Code(sentence, Published).Should().NotContain(e => e.Source != null && e.Source.Code == nationals
            && (e.Plover == PloverType.Assault || e.Plover == PloverType.Coerce));
    }

    [Fact]
    public void Should_keep_a_group_with_a_sector_after_an_attack_noun_as_its_author()
    {
        Assaults("ووصفت المصادر هجوم الحوثيين على مأرب بأنه الأعنف.").Should().Contain(a => a.Source == "YEMREB");
    }

    [Fact]
    public void Should_take_the_author_named_after_the_tellers_own_dead()
    {
        Assaults("أعلن الجيش التركي مقتل ثلاثة جنود على أيدي مسلحين من حزب العمال الكردستاني.")
            .Should().Contain(a => a.Source == "TURREB" && a.Target == "TURMIL").And.NotContain(a => a.Source == "TURMIL");
    }
}
