using Marsad.Core.Entities;
using Marsad.Core.Entities.Knowledge;

namespace Marsad.Core.Tests.Entities.Matching;

/// <summary>
/// A place name of several states goes to the state the article names nearest to it, else to the
/// larger town; and the towns and regions added in session 4 link.
/// </summary>
public sealed class PlaceChoiceTests
{
    private static readonly EntityRecognizer Recognizer = new(KnowledgeBase.Default);
    private static readonly DateOnly Date = new(2016, 5, 10);

    [Theory]
    [InlineData("أغلقت السلطات المصرية معبر رفح البري أمام المسافرين حتى إشعار آخر.", "EGY")]
    [InlineData("قصفت الطائرات الإسرائيلية منازل في رفح جنوب قطاع غزة.", "PSE")]
    [InlineData("وصلت قافلة المساعدات إلى رفح صباح اليوم.", "PSE")]
    [InlineData("اندلعت اشتباكات في طرابلس شمال لبنان بين مسلحين.", "LBN")]
    [InlineData("اندلعت اشتباكات في طرابلس بين ميليشيات متنافسة الليلة الماضية.", "LBY")]
    public void Should_choose_the_state_the_article_names_else_the_larger_town(string text, string iso3)
    {
        var mentions = Recognizer.Recognize(text, Date);

        var place = mentions.Should().ContainSingle(m => m.Text == "رفح" || m.Text == "طرابلس").Subject;
        place.Country.Should().Be(iso3);
        place.Code.Should().BeNull("a town is a place, not an actor");
    }

    [Theory]
    [InlineData("افتتح المعرض الدولي للكتاب في كوبنهاغن يوم الخميس.", "كوبنهاغن", "DNK")]
    [InlineData("فاز الفريق على منافسه في ليون بهدفين.", "ليون", "FRA")]
    [InlineData("عقد المؤتمر في لندن بمشاركة خبراء من كندا وأستراليا.", "لندن", "GBR")]
    public void Should_prefer_a_hand_written_place_or_a_capital_over_a_larger_namesake(string text, string surface, string iso3)
    {
        var mentions = Recognizer.Recognize(text, Date);

        mentions.Should().ContainSingle(m => m.Text == surface).Which.Country.Should().Be(iso3);
    }

    [Fact]
    public void Should_look_after_the_place_too_when_the_state_comes_later()
    {
        var mentions = Recognizer.Recognize("عاد الهدوء إلى رفح بعد أن أعلن الجيش المصري انتهاء العملية.", Date);

        mentions.Should().ContainSingle(m => m.Text == "رفح").Which.Country.Should().Be("EGY");
    }

    [Theory]
    [InlineData("سقطت قذيفة على حي سكني في منطقة جازان مساء أمس.", "جازان", "SAU")]
    [InlineData("تواصل القوات تقدمها في محافظة أبين جنوب البلاد.", "أبين", "YEM")]
    [InlineData("حاصرت القوات الروسية مدينة باخموت منذ أشهر.", "باخموت", "UKR")]
    [InlineData("سقطت أمطار غزيرة على مدينة بريدة ظهر اليوم.", "بريدة", "SAU")]
    [InlineData("يعيش آلاف اللاجئين في قطاع غزة ومدينة الخليل.", "الخليل", "PSE")]
    public void Should_link_the_added_towns(string text, string surface, string iso3)
    {
        var mentions = Recognizer.Recognize(text, Date);

        // The administrative word may belong to the name (منطقة جازان).
        var place = mentions.Should().ContainSingle(m => m.Text.EndsWith(surface, StringComparison.Ordinal)).Subject;
        place.Country.Should().Be(iso3);
        place.Type.Should().Be(EntityType.Gpe);
    }

    [Fact]
    public void Should_keep_jerusalem_without_a_state_as_places_tsv_writes_it()
    {
        var mentions = Recognizer.Recognize("وصل الوفد الفلسطيني إلى القدس أمس.", Date);

        mentions.Should().ContainSingle(m => m.Text == "القدس").Which.Country.Should().BeNull();
    }
}
