using Marsad.Core.Events;
using Marsad.Core.Events.Coding;

namespace Marsad.Core.Tests.Events.Coding;

/// <summary>
/// Gold recall, session 13: a material act a coordinated verb tells with another CAMEO code is a second event; the group a
/// partitive (مئات من مقاتلي X) or a construct with a nisba (طلاب الجامعات الأمريكية) names. Our own sentences.
/// </summary>
public sealed class EventCoderSecondActTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static List<(string? Source, string? Target, PloverType Plover)> Code(string text) =>
        EventTriples.Triples(EventCoder.Default.Code(text, Published)).ToList();

    [Theory]
    [InlineData("اقتحمت قوات الاحتلال الإسرائيلي مدينة نابلس ودمرت عددا من المحال التجارية.", PloverType.Assault)]
    [InlineData("داهمت الشرطة المصرية مكتب الحزب في الإسكندرية وصادرت وثائق وأجهزة.", PloverType.Coerce)]
    public void Should_code_a_second_material_act_told_by_a_coordinated_verb(string sentence, PloverType plover)
    {
        // Given one actor doing two deeds of one type, the second verb opening a clause with و
        var events = Code(sentence);

        // Then each deed is an event
        events.Count(e => e.Plover == plover && e.Source != null).Should().Be(2);
    }

    [Fact]
    public void Should_keep_one_meeting_when_two_verbs_tell_it()
    {
        // Given a host receiving a guest and discussing with him (a verbal act told by two verbs)
        var events = Code("استقبل الرئيس التونسي وزير الخارجية الجزائري وبحث معه العلاقات الثنائية.");

        // Then the meeting is one event
        events.Count(e => e.Plover == PloverType.Consult && e.Source == "TUN").Should().Be(1);
    }

    [Fact]
    public void Should_not_code_again_an_attack_a_relative_verb_describes()
    {
        // Given strikes and a relative verb without a pronoun telling what they hit
        var events = Code("شنت طائرات التحالف غارات جوية استهدفت مواقع المسلحين في مأرب.");

        // Then the strikes are one event per (source, target, type)
        events.GroupBy(e => e).Should().OnlyContain(g => g.Count() == 1);
    }

    [Fact]
    public void Should_not_read_a_list_of_verbal_nouns_as_second_acts()
    {
        // Given a resolution listing measures as verbal nouns (بحظر … وتجميد … وفرض)
        var events = Code("وتنص العقوبات على حظر بيع الأسلحة لكوريا الشمالية وتجميد أموال شركات كورية شمالية وفرض قيود على السفر.");

        // Then no triple is coded twice
        events.GroupBy(e => e).Should().OnlyContain(g => g.Count() == 1);
    }

    [Fact]
    public void Should_code_the_fighters_a_partitive_names_as_their_organization()
    {
        // Given dozens "of the fighters of" a named group surrendering to an army
        var events = Code("استسلم عشرات من مسلحي حركة الشباب للجيش الصومالي في إقليم جوبا.");

        // Then the group, not the country's civilians, is the source
        events.Should().Contain(e => e.Plover == PloverType.Retreat && e.Source == "SOM" && e.Target == "SOM");
        events.Should().NotContain(e => e.Plover == PloverType.Retreat && e.Target == null);
    }

    [Fact]
    public void Should_give_a_group_the_country_of_the_nisba_of_its_construct()
    {
        // Given students of British universities demonstrating about a war elsewhere
        var events = Code("تظاهر طلاب الجامعات البريطانية في لندن احتجاجا على الحرب.");

        // Then the protesters are British, not of the war's country
        events.Should().Contain(e => e.Plover == PloverType.Protest && e.Source == "GBR");
    }

    [Fact]
    public void Should_keep_the_sector_of_a_group_from_a_place()
    {
        // Given gunmen "from" a city accused by a state
        var events = EventCoder.Default.Code("اتهمت السلطات المصرية مسلحين من غزة بتهريب الأسلحة.", Published);

        // Then the target is the place's state, as armed rebels
        events.Should().Contain(e => e.Plover == PloverType.Accuse && e.Target!.Code == "PSEREB");
    }

    [Fact]
    public void Should_take_a_group_at_home_as_the_counterpart_of_a_threat_its_preposition_governs()
    {
        // Given an army warning armed groups of its own country (their state only assumed from the army's)
        var events = Code("وجه الجيش النيجيري إنذارا إلى الجماعات المسلحة في الشمال لإلقاء السلاح خلال أسبوع.");

        // Then the groups are the warning's counterpart
        events.Should().Contain((("NGA", "NGA", PloverType.Threaten)));
    }

    [Fact]
    public void Should_not_take_a_group_at_home_as_the_counterpart_of_a_welcome()
    {
        // Given an authority welcoming teachers of its own country
        var events = Code("أعلنت وزارة التعليم السعودية ترحيبها بالمعلمين الجدد في المنطقة.");

        // Then no support event goes to the teachers
        events.Should().NotContain(e => e.Plover == PloverType.Support && e.Target == "SAU");
    }

    [Fact]
    public void Should_code_an_attack_whose_responsibility_is_laid_on_someone_without_an_author()
    {
        // Given a government holding a militia responsible for a shelling that hit a city of its own
        var events = Code("حملت الحكومة اليمنية ميليشيات الحوثي مسؤولية القصف الذي طال أحياء مدينة تعز.");

        // Then the accusation is coded, and the shelling too, with no author, toward the place's state
        events.Should().Contain(e => e.Plover == PloverType.Accuse && e.Source == "YEM");
        events.Should().Contain((null, "YEM", PloverType.Assault));
        events.Should().NotContain(e => e.Plover == PloverType.Assault && e.Source != null);
    }

    [Fact]
    public void Should_not_code_what_an_accusation_charges()
    {
        // Given an accusation of supplying weapons (the content of the charge, not a responsibility laid for an attack)
        var events = Code("اتهمت الحكومة اليمنية إيران بتزويد الحوثيين بالصواريخ.");

        // Then only the accusation is coded
        events.Should().OnlyContain(e => e.Plover == PloverType.Accuse);
    }
}
