using Marsad.Core.Entities;
using Marsad.Core.Entities.Knowledge;

namespace Marsad.Core.Tests.Entities.Matching;

/// <summary>المملكة alone names the outlet's own state when that state is a kingdom (own-state-words.tsv).</summary>
public sealed class OwnStateWordTests
{
    private static readonly EntityRecognizer Recognizer = new(KnowledgeBase.Default);
    private static readonly DateOnly Date = new(2016, 3, 2);

    [Theory]
    [InlineData("SAU", "Saudi Arabia")]
    [InlineData("JOR", "Jordan")]
    [InlineData("MAR", "Morocco")]
    [InlineData("BHR", "Bahrain")]
    public void Should_link_the_kingdom_alone_to_the_outlets_kingdom(string outlet, string name)
    {
        var mentions = Recognizer.Recognize("وقعت المملكة اتفاقية جديدة لاستيراد القمح هذا العام.", Date, outlet);

        var mention = mentions.Should().ContainSingle(m => m.Text == "المملكة").Subject;
        mention.Country.Should().Be(outlet);
        mention.Name.Should().Be(name);
        mention.Type.Should().Be(EntityType.Gpe);
        mention.Code.Should().Be(outlet);
    }

    [Theory]
    [InlineData("يصل الوفد إلى المملكة غدا في زيارة رسمية.", "المملكة")]
    [InlineData("قال إن للمملكة دورا كبيرا في المنطقة.", "مملكة")]
    [InlineData("ارتفعت درجات الحرارة بالمملكة خلال الأسبوع.", "المملكة")]
    public void Should_link_it_after_prepositions_and_clitics(string text, string surface)
    {
        var mentions = Recognizer.Recognize(text, Date, "SAU");

        mentions.Should().ContainSingle(m => m.Country == "SAU").Which.Text.Should().Be(surface);
    }

    [Theory]
    [InlineData("EGY")]
    [InlineData("LBN")]
    [InlineData(null)]
    public void Should_not_link_it_when_the_outlets_state_is_no_kingdom_or_unknown(string? outlet)
    {
        var mentions = Recognizer.Recognize("وقعت المملكة اتفاقية جديدة لاستيراد القمح هذا العام.", Date, outlet);

        mentions.Should().BeEmpty();
    }

    [Theory]
    [InlineData("زار الوزير المملكة المتحدة الأسبوع الماضي.", "GBR")]
    [InlineData("زار الوزير المملكة الأردنية الأسبوع الماضي.", "JOR")]
    public void Should_leave_a_kingdom_named_after_the_word_to_that_name(string text, string iso3)
    {
        var mentions = Recognizer.Recognize(text, Date, "SAU");

        mentions.Should().NotContain(m => m.Country == "SAU");
        mentions.Should().Contain(m => m.Country == iso3);
    }

    [Fact]
    public void Should_not_link_it_before_a_definite_adjective()
    {
        var mentions = Recognizer.Recognize("تضم المملكة الحيوانية آلاف الأنواع من الحشرات.", Date, "SAU");

        mentions.Should().NotContain(m => m.Country == "SAU");
    }
}
